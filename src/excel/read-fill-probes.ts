/**
 * The column fill probes of readWorkbook (read-grid.ts): which sheets a sync probes, the probes it queues (each
 * column run's one colour, null when mixed), and what their answers store.
 */
import { fillColumns } from '../core/office-plan/read-store';
import { addRun, MAX_PROBES, MAX_PROBES_PER_SYNC, PROBE_BYTES, probeRuns, type Block, type SheetPlan } from '../core/office-plan/read-plan';

/** Which of the sheets of unknown fill this sync probes, in how many runs each, and the request bytes that takes. */
export function chooseProbes(unknown: SheetPlan[], budget: number): { probed: SheetPlan[]; runsPerSheet: number; probeBytes: number } {
  // Many sheets: as many as MAX_PROBES_PER_SYNC probes take (one sheet at least), the others in later syncs.
  // Probes take at most a quarter of the request (under a small limit a sheet is probed in fewer, wider runs).
  const most = Math.max(1, Math.min(MAX_PROBES_PER_SYNC, Math.floor(budget / 4 / PROBE_BYTES)));
  const runsPerSheet = Math.min(MAX_PROBES, most);
  let count = 0;
  const probed = unknown.filter((p, i) => (count += probeRuns(p, runsPerSheet).length) <= most || i === 0);
  const probeBytes = probed.reduce((n, p) => n + probeRuns(p, runsPerSheet).length, 0) * PROBE_BYTES;
  return { probed, runsPerSheet, probeBytes };
}

export type Probes = ReturnType<typeof queueProbes>;

/** Queues each probed sheet's column runs' fill colour. */
export function queueProbes(context: Excel.RequestContext, probed: SheetPlan[], runsPerSheet: number) {
  return probed.map((plan) => {
    const ws = context.workbook.worksheets.getItem(plan.name);
    return {
      plan,
      runs: probeRuns(plan, runsPerSheet).map((run) => ({
        run,
        fill: ws.getRangeByIndexes(plan.top, plan.left + run.from, plan.rows, run.count).format.fill.load('color'),
      })),
    };
  });
}

/** Stores the probes' answers; returns the fill-only blocks of the rows read before them that need their mixed columns. */
export function storeProbes(probes: Probes): Block[] {
  const fillsOnly: Block[] = [];
  for (const { plan, runs } of probes) {
    plan.fills = 'columns';
    for (const { run, fill } of runs) {
      if (fill.color === null) addRun(plan.mixed, run);
      else fillColumns(plan, run, fill.color);
    }
    // The rows read before the probe answered still need their mixed columns' fills.
    if (plan.mixed.length) for (const u of plan.unfilled) fillsOnly.push({ plan, ...u, cells: false });
    plan.unfilled = [];
  }
  return fillsOnly;
}
