/**
 * @jest-environment jsdom
 *
 * One run at a time across the pane's page and the ribbon's page (commands.html): two runtimes of one origin that
 * share localStorage and a BroadcastChannel. The other page is played by writing its lock record and by a second
 * channel of the same name, as that page's own copy of ui/one-run.ts would.
 */
import { BroadcastChannel as NodeChannel } from 'worker_threads';
import { RUN_RECORD, RunRefused, STALE_MS, currentRun, oneRunAtATime, onRuns, type RunEvent } from '../../src/ui/one-run';

// jsdom has no BroadcastChannel of its own; a browser page has (Chromium, Edge WebView2, Safari 15.4+).
const g = globalThis as { BroadcastChannel?: unknown };
g.BroadcastChannel ??= NodeChannel;
jest.spyOn(console, 'error').mockImplementation(() => undefined);

const otherPage = (beat: number) =>
  localStorage.setItem(RUN_RECORD, JSON.stringify({ source: 'ribbon', action: 'recalc', id: 'other', beat }));
const noReport = () => ({ report: null });

afterEach(() => localStorage.clear());

test('a run going on the other page refuses a run here, before anything is done', async () => {
  otherPage(Date.now());
  const work = jest.fn(async () => 1);
  await expect(oneRunAtATime({ source: 'pane', action: 'recalc' }, work, noReport)).rejects.toBeInstanceOf(RunRefused);
  expect(work).not.toHaveBeenCalled();
  expect(currentRun()).toEqual({ source: 'ribbon', action: 'recalc' });
  await oneRunAtATime({ source: 'pane', action: 'recalc' }, work, noReport).catch((e: RunRefused) =>
    expect(e.message).toContain('ปุ่มบนริบบอน'),
  );
});

test("a page that closed mid-run blocks no longer than its heartbeat's time limit", async () => {
  otherPage(Date.now() - STALE_MS - 1_000);
  expect(currentRun()).toBeNull();
  await expect(oneRunAtATime({ source: 'pane', action: 'recalc' }, async () => 7, noReport)).resolves.toBe(7);
});

test('a run here is recorded for the other page while it goes, and the record is gone after it', async () => {
  let seen: string | null = null;
  await oneRunAtATime(
    { source: 'ribbon', action: 'summarize' },
    async () => {
      seen = localStorage.getItem(RUN_RECORD);
    },
    noReport,
  );
  expect(JSON.parse(seen!)).toMatchObject({ source: 'ribbon', action: 'summarize' });
  expect(localStorage.getItem(RUN_RECORD)).toBeNull();
  await expect(oneRunAtATime({ source: 'ribbon', action: 'summarize' }, async () => {
    throw new Error('failed part-way');
  }, noReport)).rejects.toThrow('failed part-way');
  expect(localStorage.getItem(RUN_RECORD)).toBeNull();
});

test("the pane hears the other page's runs start and end, and the other page hears this one's", async () => {
  const other = new NodeChannel('kpi-progress.runs');
  const heardHere: RunEvent[] = [];
  const stop = onRuns((e) => heardHere.push(e));
  const heardThere: RunEvent[] = [];
  other.onmessage = (m) => heardThere.push((m as { data: RunEvent }).data);
  const run = { source: 'ribbon', action: 'recalc' } as const;
  other.postMessage({ kind: 'started', run });
  other.postMessage({ kind: 'ended', run, report: null });
  await oneRunAtATime({ source: 'pane', action: 'undo' }, async () => undefined, noReport);
  await new Promise((r) => setTimeout(r, 200));
  stop();
  other.close();
  expect(heardHere.filter((e) => e.run.source === 'ribbon').map((e) => e.kind)).toEqual(['started', 'ended']);
  expect(heardThere.map((e) => [e.kind, e.run.action])).toEqual([
    ['started', 'undo'],
    ['ended', 'undo'],
  ]);
});
