/**
 * What each server the bench starts does besides serving: tells the bench its port, reports its
 * memory when asked (after a full collection when started with --expose-gc), and stops on SIGTERM
 * through process.exit, so that a `--cpu-prof` profile is written.
 */

export interface Ready {
  type: 'ready';
  port: number;
}

export interface MemorySample {
  type: 'memory';
  rss: number;
  heapUsed: number;
  heapTotal: number;
  external: number;
}

export type ChildMessage = Ready | MemorySample;

export function reportReady(port: number): void {
  process.send?.({ type: 'ready', port } satisfies Ready);
}

export function serveMemorySamples(): void {
  process.on('message', (message) => {
    if (message !== 'memory') return;
    gc?.();
    const { rss, heapUsed, heapTotal, external } = process.memoryUsage();
    process.send?.({ type: 'memory', rss, heapUsed, heapTotal, external } satisfies MemorySample);
  });
}

export function stopOnSignal(stop: () => Promise<void>): void {
  let stopping = false;
  const handler = () => {
    if (stopping) return;
    stopping = true;
    stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', handler);
  process.on('SIGINT', handler);
  // The bench went away without stopping us: go too.
  process.on('disconnect', handler);
}
