/**
 * The Office.js adapter on the in-memory Excel (src/memory-excel): the syncs and request sizes each action needs —
 * คำนวณความก้าวหน้า (recalc), ย้อนกลับ (undo, right after the recalc) and สร้างสรุปผล (summary) — and the same actions
 * done by the naive adapter (bench/naive-adapter.ts, one sync per row) on a fresh copy of the same workbook.
 */
import fs from 'fs';
import path from 'path';
import type { Grid } from '../src/core/grid';
import type { EngineOptions, Report } from '../src/core/types';
import type { ExcelRun } from '../src/excel/excel-run';
import { expectedFind, mixedGrid, split, type BenchLayout } from './generate';
import { progress, round } from './measure';
import { naiveRecalc, naiveSummary, naiveUndo } from './naive-adapter';

export type AdapterAction = 'recalc' | 'summary' | 'undo';

export interface AdapterRow {
  rows: number;
  action: AdapterAction;
  syncs: number;
  requestBytesMax: number;
  requestBytesTotal: number;
  /** Largest answer Excel sends back in one sync (the 5 MB limit applies to it too). */
  responseBytesMax: number;
  /** The same action on Excel for Windows and Mac (no payload limit: the in-memory Excel without one). */
  desktopSyncs: number | null;
  /** null where the naive run was skipped (sizes above --naive-max). */
  naiveSyncs: number | null;
  naiveRequestBytesMax: number | null;
  /** Wall time of the real adapter's action on the in-memory Excel (the engine included; no network). */
  ms: number;
  /** Set when the action failed (the counters then say what it did up to the failure). */
  error?: string;
}

interface MemoryStatsLike {
  syncs: number;
  requestBytes: number[];
  responseBytes: number[];
}
interface MemoryExcelLike {
  run: ExcelRun;
  stats: MemoryStatsLike;
  resetStats(): void;
  engine: unknown;
}
interface Adapter {
  createMemoryExcel(grid: Grid, options?: { payloadLimit?: number }): MemoryExcelLike;
  recalcWorkbook(run: ExcelRun, options: EngineOptions, onProgress?: (done: number, total: number) => void): Promise<unknown>;
  summarizeWorkbook(run: ExcelRun, options: EngineOptions, onProgress?: (done: number, total: number) => void): Promise<unknown>;
  restoreLastRun(run: ExcelRun, onProgress?: (done: number, total: number) => void): Promise<unknown>;
}

const SRC = path.resolve(__dirname, '../src');
const MODULES = {
  createMemoryExcel: 'memory-excel/index.ts',
  recalcWorkbook: 'excel/workbook-actions.ts',
  summarizeWorkbook: 'excel/workbook-actions.ts',
  restoreLastRun: 'excel/undo-snapshot.ts',
} as const;

/** The adapter's entry points, or why they cannot be measured yet (a file or an export is missing). */
export async function loadAdapter(): Promise<Adapter | string> {
  const found: Record<string, unknown> = {};
  for (const [name, file] of Object.entries(MODULES)) {
    const full = path.join(SRC, file);
    if (!fs.existsSync(full)) return `src/${file} is not there yet`;
    const mod = (await import(full)) as Record<string, unknown>;
    if (typeof mod[name] !== 'function') return `src/${file} does not export ${name}() yet`;
    found[name] = mod[name];
  }
  return found as unknown as Adapter;
}

function counters(mem: MemoryExcelLike) {
  const s = mem.stats;
  // No Math.max(...list): the naive adapter's lists hold hundreds of thousands of syncs.
  const max = (xs: number[]) => xs.reduce((a, b) => (b > a ? b : a), 0);
  return {
    syncs: s.syncs,
    requestBytesMax: max(s.requestBytes),
    requestBytesTotal: s.requestBytes.reduce((a, b) => a + b, 0),
    responseBytesMax: max(s.responseBytes),
  };
}

function reportOf(x: unknown): Report | null {
  if (x && typeof x === 'object') {
    if ('indicators' in x && 'tables' in x) return x as Report;
    if ('report' in x) return reportOf((x as { report: unknown }).report);
  }
  return null;
}

function checkReport(rows: number, answer: unknown): void {
  const report = reportOf(answer);
  if (!report) return; // the action answers without a report: the edit count below still proves work was done
  const parts = split(rows, 4);
  const want = (['A', 'B', 'C', 'D'] as BenchLayout[]).reduce((a, l, i) => a + expectedFind(l, parts[i]).indicators, 0);
  if (report.indicators.length !== want) {
    throw new Error(`adapter: recalc over ${rows} rows found ${report.indicators.length} indicators; expected ${want}`);
  }
}

export async function benchAdapter(sizes: number[], naiveUpTo: number, quiet = false): Promise<AdapterRow[] | string> {
  const adapter = await loadAdapter();
  if (typeof adapter === 'string') return adapter;
  const out: AdapterRow[] = [];
  for (const rows of sizes) {
    const grid = mixedGrid(rows);
    const mem = adapter.createMemoryExcel(grid);
    const measured = new Map<AdapterAction, ReturnType<typeof counters> & { ms: number; error?: string }>();
    const measure = async (action: AdapterAction, work: () => Promise<unknown>) => {
      progress(quiet, `adapter ${action} × ${rows.toLocaleString('en-US')}`);
      mem.resetStats();
      const t = performance.now();
      try {
        const answer = await work();
        measured.set(action, { ...counters(mem), ms: performance.now() - t });
        return answer;
      } catch (e) {
        const code = (e as { code?: string }).code;
        const error = `${code ? `${code}: ` : ''}${(e as Error).message}`;
        measured.set(action, { ...counters(mem), ms: performance.now() - t, error });
        return null;
      }
    };
    checkReport(rows, await measure('recalc', () => adapter.recalcWorkbook(mem.run, {}, () => {})));
    await measure('undo', () => adapter.restoreLastRun(mem.run, () => {}));
    await measure('summary', () => adapter.summarizeWorkbook(mem.run, {}, () => {}));

    // The same three actions on Excel for Windows and Mac: syncs per action must not grow with the workbook there.
    progress(quiet, `adapter × ${rows.toLocaleString('en-US')} on Excel for Windows and Mac`);
    const desktop = adapter.createMemoryExcel(grid, { payloadLimit: Infinity });
    const desktopSyncs = new Map<AdapterAction, number>();
    const onDesktop = async (action: AdapterAction, work: () => Promise<unknown>) => {
      desktop.resetStats();
      await work();
      desktopSyncs.set(action, desktop.stats.syncs);
    };
    await onDesktop('recalc', () => adapter.recalcWorkbook(desktop.run, {}, () => {}));
    await onDesktop('undo', () => adapter.restoreLastRun(desktop.run, () => {}));
    await onDesktop('summary', () => adapter.summarizeWorkbook(desktop.run, {}, () => {}));

    const naive = new Map<AdapterAction, ReturnType<typeof counters>>();
    if (rows <= naiveUpTo) {
      const slow = adapter.createMemoryExcel(grid);
      const naiveMeasure = async <T>(action: AdapterAction, work: () => Promise<T>): Promise<T> => {
        progress(quiet, `naive adapter ${action} × ${rows.toLocaleString('en-US')}`);
        slow.resetStats();
        const answer = await work();
        naive.set(action, counters(slow));
        return answer;
      };
      const { edits, grid: read } = await naiveMeasure('recalc', () => naiveRecalc(slow.run));
      if (edits.length === 0) throw new Error(`naive adapter: no edits over ${rows} rows`);
      await naiveMeasure('undo', () => naiveUndo(slow.run, edits, read));
      await naiveMeasure('summary', () => naiveSummary(slow.run));
    }
    for (const action of ['recalc', 'summary', 'undo'] as AdapterAction[]) {
      const m = measured.get(action)!;
      const n = naive.get(action);
      out.push({
        rows,
        action,
        syncs: m.syncs,
        requestBytesMax: m.requestBytesMax,
        requestBytesTotal: m.requestBytesTotal,
        responseBytesMax: m.responseBytesMax,
        desktopSyncs: desktopSyncs.get(action) ?? null,
        naiveSyncs: n ? n.syncs : null,
        naiveRequestBytesMax: n ? n.requestBytesMax : null,
        ms: round(m.ms),
        ...(m.error ? { error: m.error } : {}),
      });
    }
  }
  return out;
}
