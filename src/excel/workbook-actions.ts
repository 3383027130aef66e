/**
 * What the task pane and the ribbon commands call: คำนวณความก้าวหน้า (recalcWorkbook) and สร้างสรุปผล
 * (summarizeWorkbook). Read → engine → write; the adapter never decides a figure.
 */
import { summaryOptions } from '../core/summary/options';
import { summaryRendering } from '../core/summary/render-summary';
import type { EditList } from '../core/edit-list';
import type { EngineOptions, Report, Settings } from '../core/types';
import { applyEdits, type ApplyOutcome } from './apply-edits';
import { ExcelActionError } from './errors';
import { recalculateInSteps } from './engine-in-steps';
import { inSteps } from './in-steps';
import type { ExcelRun } from './excel-run';
import { readWorkbook, type WorkbookIndex } from './read-grid';
import { parseSettings } from '../core/settings';
import { writeSheetSpec } from './write-sheet-spec';

export type Progress = (done: number, total: number) => void;

export interface RecalcOutcome {
  report: Report;
  edits: EditList;
  applied: ApplyOutcome;
  index: WorkbookIndex;
  settings: Partial<Settings>;
}

/** A phase's own progress (done of total) as percents `from` to `from + width` of the whole action's. */
function span(onProgress: Progress | undefined, from: number, width: number): Progress {
  return (done, total) => onProgress?.(Math.round(from + (total > 0 ? (done / total) * width : width)), 100);
}

/** Progress as percent: reading is the first 55, computing the next 15, writing the rest. */
function phases(onProgress: Progress | undefined) {
  return { read: span(onProgress, 0, 55), compute: span(onProgress, 55, 15), write: span(onProgress, 70, 30) };
}

/**
 * Reads the workbook, runs the engine with the saved settings (overridden by `options.settings`), writes the
 * output cells. Everything the caller needs to show: report, edits, how they were applied.
 */
export async function recalcWorkbookDetailed(
  run: ExcelRun,
  options: EngineOptions = {},
  onProgress?: Progress,
): Promise<RecalcOutcome> {
  const p = phases(onProgress);
  const index = await readWorkbook(run, p.read);
  const saved = index.settingsChunks ? parseSettings(index.settingsChunks).settings : {};
  const settings: Partial<Settings> = { ...saved, ...options.settings };
  const { report, edits } = await recalculateInSteps(index.grid, { ...options, settings }, (f) => p.compute(f, 1));
  const applied = await applyEdits(run, edits, index.grid, p.write, index);
  onProgress?.(100, 100);
  return { report, edits, applied, index, settings };
}

/** คำนวณความก้าวหน้า: fills in totals, percentages, status words and flags; returns the engine's report. */
export async function recalcWorkbook(run: ExcelRun, options: EngineOptions = {}, onProgress?: Progress): Promise<Report> {
  return (await recalcWorkbookDetailed(run, options, onProgress)).report;
}

export interface SummaryOutcome {
  report: Report;
  /** The summary sheet's name as written. */
  sheetName: string;
  /** Our earlier summary sheets it replaced. */
  replaced: string[];
}

/**
 * สร้างสรุปผล: recalculates, then writes the summary sheet (replacing ours from before) and shows it. Progress:
 * recalculating is the first 45 percent, laying the summary out the next 10, writing it the rest (at 100,000
 * indicators the sheet is over 100 MB of requests on the web, the longest part).
 */
export async function summarizeWorkbook(
  run: ExcelRun,
  options: EngineOptions = {},
  onProgress?: Progress,
): Promise<SummaryOutcome> {
  const outcome = await recalcWorkbookDetailed(run, options, span(onProgress, 0, 45));
  const { report, index, settings } = outcome;
  // No sheet can be added to a protected structure: said before anything of the summary is written.
  if (index.structureProtected) throw new ExcelActionError('structure-protected', 'summary');
  const layout = span(onProgress, 45, 10);
  const spec = await inSteps(
    summaryRendering(
      report,
      summaryOptions(
        settings,
        index.sheetNames.filter((n) => !index.summaries.has(n)),
      ),
    ),
    (f) => layout(f, 1),
  );
  const written = await writeSheetSpec(run, spec, span(onProgress, 55, 45));
  onProgress?.(100, 100);
  return { report, sheetName: written.sheetName, replaced: written.replaced };
}
