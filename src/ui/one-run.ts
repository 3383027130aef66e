/**
 * One run at a time across the pane and the ribbon. The ribbon's functions run in their own runtime (the manifest's
 * FunctionFile page), beside the pane's: a shared runtime (`<Runtimes>`) would need a manifest the offline schema
 * (VersionOverrides 1.0) refuses. The two pages share an origin, so the lock is a record in `localStorage` (shared by
 * same-origin pages: "Persist add-in state and settings", Office Add-ins docs) kept alive by a heartbeat, and runs
 * are announced on a `BroadcastChannel` of that origin, so the pane hears a ribbon run start and end and shows its
 * lists. In one runtime (tests, the preview) the lock and listeners also live on `globalThis`.
 *
 * A second run while one is going is refused with a message (never queued): both would write the same cells and
 * the same undo snapshot. A record whose heartbeat stopped (its page closed mid-run) stops blocking after STALE_MS.
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
  channel: BroadcastChannel | null | undefined;
}

const KEY = Symbol.for('kpi-progress.one-run');
/** The lock record in localStorage, and the channel runs are announced on: one name for both runtimes. */
export const RUN_RECORD = 'kpi-progress.run';
const CHANNEL = 'kpi-progress.runs';
/**
 * A running side rewrites its record this often; a record not rewritten for STALE_MS is from a page that closed
 * mid-run. Two minutes, because a long calculation can hold the page's thread (and its heartbeat) for a while.
 */
const BEAT_MS = 5_000;
export const STALE_MS = 120_000;

interface RunRecord extends Run {
  id: string;
  beat: number;
}

function board(): RunBoard {
  const g = globalThis as { [KEY]?: RunBoard };
  return (g[KEY] ??= { current: null, listeners: new Set(), channel: undefined });
}

/** localStorage, or null where the host denies it (then the lock holds within this runtime only). */
function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch (e) {
    console.error('no localStorage: one run at a time holds in this runtime only', e);
    return null;
  }
}

function recordedRun(): RunRecord | null {
  const text = storage()?.getItem(RUN_RECORD);
  if (!text) return null;
  try {
    return JSON.parse(text) as RunRecord;
  } catch (e) {
    console.error('an unreadable run record is ignored', e);
    return null;
  }
}

/** The other page's run, unless its heartbeat stopped long ago. */
function storedRun(now = Date.now()): RunRecord | null {
  const r = recordedRun();
  return r && now - r.beat < STALE_MS ? r : null;
}

/** The channel to the other runtime's page; created once, answering into this runtime's listeners. */
function channel(): BroadcastChannel | null {
  const b = board();
  if (b.channel !== undefined) return b.channel;
  b.channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : null;
  if (b.channel) {
    b.channel.onmessage = (m: MessageEvent<RunEvent>) => deliver(m.data);
    (b.channel as { unref?: () => void }).unref?.(); // Node (tests): an idle channel does not keep the process alive
  }
  return b.channel;
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

/** The run going on now, in this runtime or the other page's, or null. */
export function currentRun(): Run | null {
  const here = board().current;
  if (here) return here;
  const there = storedRun();
  return there ? { source: there.source, action: there.action } : null;
}

/** Hears every run start and end, from either side; answers the function that stops listening. */
export function onRuns(listener: (e: RunEvent) => void): () => void {
  const b = board();
  channel();
  b.listeners.add(listener);
  return () => void b.listeners.delete(listener);
}

function deliver(e: RunEvent): void {
  for (const l of [...board().listeners]) {
    try {
      l(e);
    } catch (err) {
      console.error('a run listener failed', err); // one listener's failure never blocks the others or the run
    }
  }
}

function tell(e: RunEvent): void {
  deliver(e);
  const out = channel();
  if (!out) return;
  try {
    out.postMessage(e);
  } catch (err) {
    // A report the channel cannot copy: the other page still hears that the run ended, without its lists.
    console.error('a run could not be announced whole', err);
    out.postMessage({ ...e, report: null });
  }
}

/**
 * Runs `work` unless another run is going here or in the other page (then throws RunRefused at once, before
 * anything is read or written). `outcome` says what the run did, for the listeners.
 */
export async function oneRunAtATime<T>(
  run: Run,
  work: () => Promise<T>,
  outcome: (result: T) => { report: Report | null; sheetName?: string },
): Promise<T> {
  const b = board();
  const going = currentRun();
  if (going) throw new RunRefused(going);
  b.current = run;
  const store = storage();
  const id = `${Date.now()}-${Math.random().toString(36).slice(2)}`;
  const beat = () => store?.setItem(RUN_RECORD, JSON.stringify({ ...run, id, beat: Date.now() } satisfies RunRecord));
  beat();
  const heart = setInterval(beat, BEAT_MS);
  tell({ kind: 'started', run });
  let ended: { report: Report | null; sheetName?: string } = { report: null };
  try {
    const result = await work();
    ended = outcome(result);
    return result;
  } finally {
    clearInterval(heart);
    if (store && recordedRun()?.id === id) store.removeItem(RUN_RECORD);
    b.current = null;
    tell({ kind: 'ended', run, ...ended });
  }
}
