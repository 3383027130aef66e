/**
 * One run at a time across the pane and the ribbon. The manifest gives both one JavaScript runtime (SharedRuntime
 * 1.1, `<Runtimes>`: "Configure your Office Add-in to use a shared runtime"), so a lock in memory serves both. The
 * pane and the ribbon are separate bundles on that one page (each has its own copy of this module), so the lock and
 * its listeners live on `globalThis` under one registered symbol, not in a module variable.
 *
 * A second run while one is going is refused with a message (never queued): both would write the same cells and
 * the same undo snapshot. When a run ends, the listeners hear what it did, so the pane shows a ribbon run's lists.
 */
import type { Report } from '../core/types';

export type RunSource = 'pane' | 'ribbon';
export type RunAction = 'recalc' | 'summarize' | 'undo';

export interface Run {
  source: RunSource;
  action: RunAction;
}

export type RunEvent =
  | { kind: 'started'; run: Run }
  /** `report` is null after an undo or a failure; `sheetName` is the summary written. */
  | { kind: 'ended'; run: Run; report: Report | null; sheetName?: string };

interface RunBoard {
  current: Run | null;
  listeners: Set<(e: RunEvent) => void>;
}

const KEY = Symbol.for('kpi-progress.one-run');

function board(): RunBoard {
  const g = globalThis as { [KEY]?: RunBoard };
  return (g[KEY] ??= { current: null, listeners: new Set() });
}

const WHO = {
  pane: { th: 'แผงติดตามผล', en: 'the pane' },
  ribbon: { th: 'ปุ่มบนริบบอน', en: 'a ribbon button' },
} as const;

/**
 * Refused: another run is going. Shaped like the adapter's errors (`message` in Thai, `english`), so the pane's and
 * the ribbon's error texts show its advice as it is.
 */
export class RunRefused extends Error {
  readonly code = 'busy';
  readonly english: string;
  constructor(readonly running: Run) {
    super(`มีการทำงานจาก${WHO[running.source].th}อยู่แล้ว: รอให้เสร็จก่อน แล้วลองอีกครั้ง (ไม่ได้เปลี่ยนแปลงสมุดงาน)`);
    this.name = 'RunRefused';
    this.english = `A run started from ${WHO[running.source].en} is still going: wait for it to finish, then try again (nothing was changed).`;
  }
}

/** The run going on now, or null. */
export function currentRun(): Run | null {
  return board().current;
}

/** Hears every run start and end, from either side; answers the function that stops listening. */
export function onRuns(listener: (e: RunEvent) => void): () => void {
  const b = board();
  b.listeners.add(listener);
  return () => void b.listeners.delete(listener);
}

function tell(e: RunEvent): void {
  for (const l of [...board().listeners]) {
    try {
      l(e);
    } catch (err) {
      console.error('a run listener failed', err); // one listener's failure never blocks the others or the run
    }
  }
}

/**
 * Runs `work` unless another run is going (then throws RunRefused at once, before anything is read or written).
 * `outcome` says what the run did, for the listeners.
 */
export async function oneRunAtATime<T>(
  run: Run,
  work: () => Promise<T>,
  outcome: (result: T) => { report: Report | null; sheetName?: string },
): Promise<T> {
  const b = board();
  if (b.current) throw new RunRefused(b.current);
  b.current = run;
  tell({ kind: 'started', run });
  let ended: { report: Report | null; sheetName?: string } = { report: null };
  try {
    const result = await work();
    ended = outcome(result);
    return result;
  } finally {
    b.current = null;
    tell({ kind: 'ended', run, ...ended });
  }
}
