/**
 * The engine alone: parse + detect + compute + plan edits on in-memory grids (no file, no Excel). Each layout and
 * size runs in a fresh node process (bench/engine-child.ts), so one case's memory and caches never blur the next:
 * the median of several runs after a warm-up, CPU time beside wall time (the machine may be shared), the heap in
 * use after a run with the grid and the engine's answer alive, and the process's peak RSS.
 */
import { spawn } from 'child_process';
import path from 'path';
import { recalculate } from '../src/core/engine';
import type { Grid } from '../src/core/grid';
import { expectedFind, layoutGrid, mixedGrid, split, type BenchLayout } from './generate';
import { fullGc, heapUsedMB, median, progress, round } from './measure';

export type EngineLayout = BenchLayout | 'mixed';

export interface EngineRow {
  layout: EngineLayout;
  rows: number;
  /** Median wall time of one recalculate(). */
  ms: number;
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
  return rows >= 100_000 ? 3 : rows >= 20_000 ? 5 : 9;
}

export function gridFor(layout: EngineLayout, rows: number): Grid {
  return layout === 'mixed' ? mixedGrid(rows) : layoutGrid(layout, rows);
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
    cpuMs: round(median(cpu)),
    rowsPerSecond: Math.round((rows / ms) * 1000),
    heapMB: round(heapMB),
    gridMB: round(gridMB),
    peakRssMB: round(process.resourceUsage().maxRSS / 1024),
    runs,
    edits: result!.edits.length,
  };
}

function runChild(layout: EngineLayout, rows: number): Promise<EngineRow> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(__dirname, 'engine-child.ts'), layout, String(rows)], {
      cwd: path.resolve(__dirname, '..'),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`engine ${layout} × ${rows}: exit ${code}: ${Buffer.concat(err).toString().slice(0, 600)}`));
      resolve(JSON.parse(Buffer.concat(out).toString()) as EngineRow);
    });
  });
}

export async function benchEngine(sizes: number[], layouts: EngineLayout[], quiet = false): Promise<EngineRow[]> {
  const out: EngineRow[] = [];
  for (const rows of sizes) {
    for (const layout of layouts) {
      progress(quiet, `engine ${layout} × ${rows.toLocaleString('en-US')}`);
      out.push(await runChild(layout, rows));
    }
  }
  return out;
}
