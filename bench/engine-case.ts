/**
 * One engine case, measured in the process that runs it (bench/engine-child.ts, bundled): the grid, the warm-up,
 * the runs. engine-bench.ts starts a fresh process per case.
 */
import { recalculate } from '../src/core/engine';
import type { Grid } from '../src/core/grid';
import { expectedFind, layoutGrid, mixedGrid, split, type BenchLayout } from './generate';
import { fullGc, heapUsedMB, median, round } from './measure';

export type EngineLayout = BenchLayout | 'mixed';

export interface EngineRow {
  layout: EngineLayout;
  rows: number;
  /** Median wall time of one recalculate(), the first run included. */
  ms: number;
  /**
   * The first run at this size, after a warm-up on 300 rows only: the JIT and the heap are still adapting to the
   * size, as on the first click of a session on a big workbook.
   */
  firstMs: number;
  /**
   * The fastest run: on a machine shared with other work, what the code itself takes (the median also carries
   * the other work's interference, which here moves it by a third from one minute to the next).
   */
  bestMs: number;
  /** Median CPU time (user + system) of one recalculate(), GC threads included. */
  cpuMs: number;
  rowsPerSecond: number;
  /** Heap in use after a run with the grid and the report + edits alive (after a full GC). */
  heapMB: number;
  /** Of which the grid itself (heap after building it, before the engine ran). */
  gridMB: number;
  /** Peak resident set size of the process (node itself ~45 MB, the grid, every run). */
  peakRssMB: number;
  runs: number;
  edits: number;
}

export function runsFor(rows: number): number {
  return rows >= 20_000 ? 5 : 9;
}

/**
 * The generated grid as an adapter hands it over: through JSON, as Office.js delivers cell values (exceljs's
 * strings are as flat). Texts the generator joins with templates are otherwise ropes that the first run flattens.
 */
export function gridFor(layout: EngineLayout, rows: number): Grid {
  return JSON.parse(JSON.stringify(layout === 'mixed' ? mixedGrid(rows) : layoutGrid(layout, rows))) as Grid;
}

/** Fails loudly when the engine did not find what the generator made: the bench must never time nothing. */
export function checkFound(layout: EngineLayout, rows: number, found: ReturnType<typeof recalculate>): void {
  const parts: [BenchLayout, number][] =
    layout === 'mixed' ? (['A', 'B', 'C', 'D'] as BenchLayout[]).map((l, i) => [l, split(rows, 4)[i]]) : [[layout, rows]];
  let indicators = 0;
  let budgetLines = 0;
  for (const [l, n] of parts) {
    const e = expectedFind(l, n);
    indicators += e.indicators;
    budgetLines += e.budgetLines;
  }
  const got = {
    indicators: found.report.tables.reduce((a, t) => a + t.indicators, 0),
    budgetLines: found.report.tables.reduce((a, t) => a + t.budgetLines, 0),
  };
  if (got.indicators !== indicators || got.budgetLines !== budgetLines || found.edits.length === 0) {
    throw new Error(
      `bench: layout ${layout} × ${rows}: the engine found ${got.indicators} indicators and ${got.budgetLines} budget lines ` +
        `(${found.edits.length} edits); expected ${indicators} and ${budgetLines}`,
    );
  }
}

/** One case, in this process (the child calls it). */
export function engineCase(layout: EngineLayout, rows: number, runs = runsFor(rows)): EngineRow {
  // Warm up the JIT on a small table, as a task pane has by its second click.
  recalculate(gridFor(layout, 300));
  fullGc();
  const base = heapUsedMB();
  const grid = gridFor(layout, rows);
  fullGc();
  const gridMB = heapUsedMB() - base;
  const times: number[] = [];
  const cpu: number[] = [];
  let result: ReturnType<typeof recalculate> | null = null;
  let heapMB = 0;
  for (let i = 0; i < runs; i++) {
    result = null;
    fullGc();
    const c = process.cpuUsage();
    const t = performance.now();
    result = recalculate(grid);
    times.push(performance.now() - t);
    const used = process.cpuUsage(c);
    cpu.push((used.user + used.system) / 1000);
    if (i === 0) {
      checkFound(layout, rows, result);
      fullGc();
      heapMB = heapUsedMB() - base;
    }
  }
  const ms = median(times);
  return {
    layout,
    rows,
    ms: round(ms),
    firstMs: round(times[0]),
    bestMs: round(Math.min(...times)),
    cpuMs: round(median(cpu)),
    rowsPerSecond: Math.round((rows / ms) * 1000),
    heapMB: round(heapMB),
    gridMB: round(gridMB),
    peakRssMB: round(process.resourceUsage().maxRSS / 1024),
    runs,
    edits: result!.edits.length,
  };
}

