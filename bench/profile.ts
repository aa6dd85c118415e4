import { readFile } from 'node:fs/promises';
import path from 'node:path';

/** The parts of a V8 `.cpuprofile` (node --cpu-prof) the summary reads. */
interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
}

const ROOT = path.resolve(new URL('../..', import.meta.url).pathname);

/** Where a function lives: a package, the project's own code, node itself, or V8's own buckets. */
function ownerOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  if (url.startsWith('node:')) return 'node';
  const modules = url.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const [first, second] = url.slice(modules + 'node_modules/'.length).split('/');
    return first.startsWith('@') ? `${first}/${second}` : first;
  }
  const file = url.replace(/^file:\/\//, '');
  return file.startsWith(ROOT) ? `project ${path.relative(ROOT, file).replace(/^dist\//, '')}` : file;
}

const pct = (part: number, total: number) => `${((100 * part) / total).toFixed(1).padStart(5)} %`;

/**
 * Self time by owner (package or project file) and by function, busy time only (idle left out), so
 * the top of each list is what the server spends its CPU on.
 */
export async function summarizeProfile(file: string, top = 25): Promise<string> {
  const profile = JSON.parse(await readFile(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfTime = new Map<number, number>();
  profile.samples.forEach((id, i) => selfTime.set(id, (selfTime.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));

  const owners = new Map<string, number>();
  const functions = new Map<string, number>();
  let busy = 0;
  let idle = 0;
  for (const [id, micros] of selfTime) {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    if (functionName === '(idle)') {
      idle += micros;
      continue;
    }
    busy += micros;
    const owner = ownerOf(url, functionName);
    owners.set(owner, (owners.get(owner) ?? 0) + micros);
    const name = `${functionName || '(anonymous)'} ${owner}${url ? `:${lineNumber + 1}` : ''}`;
    functions.set(name, (functions.get(name) ?? 0) + micros);
  }
  const lines = [`profile ${path.basename(file)}: ${(busy / 1e6).toFixed(1)} s busy, ${(idle / 1e6).toFixed(1)} s idle`, '', 'self time by owner (busy time):'];
  for (const [owner, micros] of [...owners].sort((a, b) => b[1] - a[1]).slice(0, top)) lines.push(`  ${pct(micros, busy)}  ${owner}`);
  lines.push('', 'self time by function (busy time):');
  for (const [name, micros] of [...functions].sort((a, b) => b[1] - a[1]).slice(0, top)) lines.push(`  ${pct(micros, busy)}  ${name}`);
  return lines.join('\n');
}

// `node dist/bench/profile.js FILE.cpuprofile` summarizes a profile taken by hand.
if (import.meta.url === `file://${process.argv[1]}`) {
  const file = process.argv[2];
  if (!file) throw new Error('usage: node dist/bench/profile.js FILE.cpuprofile');
  console.log(await summarizeProfile(file, Number(process.argv[3] ?? 25)));
}
