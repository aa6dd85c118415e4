import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The compiled server's main.js, built once for the e2e run. */
    e2eServerMain: string;
  }
}

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');

/**
 * Builds what `npm run build` builds, once per run, into a folder of the run's own: the server and,
 * beside it, the admin in `admin/dist` (where the compiled server looks for it). Neither the
 * compiled-server suite's rebuild of dist/ nor another run at the same time can swap files under a
 * running e2e server.
 */
export default async function build(project: TestProject) {
  const cache = path.join(root, 'node_modules/.cache');
  await mkdir(cache, { recursive: true });
  const outDir = await mkdtemp(path.join(cache, 'e2e-build-'));
  const started = Date.now();
  await Promise.all([
    run('npx', ['tsc', '-p', 'tsconfig.build.json', '--outDir', outDir], { cwd: root }),
    run('npx', ['vite', 'build', '--config', 'admin/vite.config.ts', '--logLevel', 'warn', '--outDir', path.join(outDir, 'admin/dist'), '--emptyOutDir'], { cwd: root }),
  ]);
  console.log(`e2e: built the server and the admin in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  project.provide('e2eServerMain', path.join(outDir, 'server/src/main.js'));
  return () => rm(outDir, { recursive: true, force: true });
}
