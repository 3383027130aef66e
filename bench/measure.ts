/** Small measuring helpers shared by the runners. */
import v8 from 'v8';
import vm from 'vm';

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export const round = (x: number, decimals = 1): number => {
  const f = 10 ** decimals;
  return Math.round(x * f) / f;
};

export const MB = 1024 * 1024;

let gcFn: (() => void) | null = null;
/** A full garbage collection, whether or not node was started with --expose-gc. */
export function fullGc(): void {
  if (!gcFn) {
    const g = (globalThis as { gc?: () => void }).gc;
    if (g) gcFn = g;
    else {
      v8.setFlagsFromString('--expose-gc');
      gcFn = vm.runInNewContext('gc') as () => void;
    }
  }
  gcFn();
  gcFn();
}

export function heapUsedMB(): number {
  return process.memoryUsage().heapUsed / MB;
}

/** Stderr progress line, so a long run shows it is alive; never part of the output that --json prints. */
export function progress(quiet: boolean, text: string): void {
  if (!quiet) process.stderr.write(`  … ${text}\n`);
}
