import { readdirSync, readFileSync } from 'node:fs';

/**
 * CPU time of processes from /proc (Linux), so the bench can tell the CPU each server and PostgreSQL
 * spend per request: unlike req/s, that figure stays meaningful on a machine other work shares.
 */
const TICK_MS = 10; // USER_HZ is 100 on Linux

interface Stat {
  parent: number;
  cpuMs: number;
}

function statOf(pid: number): Stat | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name sits in parentheses and may hold spaces; the fields after it are fixed.
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return { parent: Number(fields[1]), cpuMs: (Number(fields[11]) + Number(fields[12])) * TICK_MS };
  } catch {
    return undefined; // gone
  }
}

/** CPU milliseconds a process has used so far (user + system). */
export function processCpuMs(pid: number): number {
  return statOf(pid)?.cpuMs ?? 0;
}

/** CPU milliseconds of each child of a process (PostgreSQL's backends are the postmaster's children). */
export function childrenCpuMs(parent: number): Map<number, number> {
  const children = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = statOf(Number(entry));
    if (stat?.parent === parent) children.set(Number(entry), stat.cpuMs);
  }
  return children;
}

/** CPU used between two snapshots of children: those gone in between count nothing after the first. */
export function cpuBetween(before: Map<number, number>, after: Map<number, number>): number {
  let total = 0;
  for (const [pid, ms] of after) total += ms - (before.get(pid) ?? 0);
  return total;
}
