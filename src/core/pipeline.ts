/**
 * The one way a workbook is processed, for the add-in and the command line alike: read → engine → edits →
 * summary. A host (Office.js in Excel, the .xlsx file patcher for the command line) offers the few operations of a
 * WorkbookPort; the order, the settings, the warnings and the summary's options are decided here, so the two
 * cannot drift. Pure: no Office.js, no files; the host does the I/O.
 */
import type { EditList } from './edit-list';
import { recalculation } from './engine';
import type { Grid } from './grid';
import { withoutLockedEdits } from './protected-cells';
import { completed, type Steps } from './steps';
import { summaryOptions } from './summary/options';
import { summaryRendering } from './summary/render-summary';
import type { SheetSpec } from './summary/sheet-spec';
import type { EngineOptions, Report, Settings, Warning } from './types';

/** How far a long operation is: `done` of `total`. */
export type Progress = (done: number, total: number) => void;

/** What the pipeline reads from a workbook. */
export interface WorkbookContents {
  /** The user's sheets as cells; our own sheets (settings, undo, summaries we made) left out. */
  grid: Grid;
  /** The user's sheet names, which a summary must not take (our earlier summaries are replaced, not avoided). */
  userSheets: string[];
  /** The settings saved with the workbook. */
  settings: Partial<Settings>;
  /** What could not be read (a sheet, a part), reported before the engine's own warnings. */
  warnings: Warning[];
}

export interface EditsApplied {
  /** Cells written. */
  written: number;
  /** Output cells the host could not write, and why. */
  warnings: Warning[];
}

export interface SummaryWritten {
  /** The summary sheet's name as written. */
  sheetName: string;
  /** Our earlier summary sheets it replaced. */
  replaced: string[];
}

/** Enough of a workbook to recalculate it. */
export interface RecalcPort<Applied extends EditsApplied = EditsApplied> {
  readGrid(onProgress?: Progress): Promise<WorkbookContents>;
  /** Writes the planned output cells (planned on `grid`, the grid readGrid gave); never an input cell. */
  applyEdits(edits: EditList, grid: Grid, onProgress?: Progress): Promise<Applied>;
  /** Runs core's long work giving the host a turn between steps (the task pane repaints); absent: all at once. */
  runSteps?<T>(steps: Steps<T>, onFraction: (fraction: number) => void): Promise<T>;
}

/** A workbook that also takes the summary sheet. */
export interface WorkbookPort<Applied extends EditsApplied = EditsApplied, Written extends SummaryWritten = SummaryWritten>
  extends RecalcPort<Applied> {
  /** Writes the summary sheet, replacing the summaries we made before; a user's sheet is never touched. */
  writeSummary(spec: SheetSpec, onProgress?: Progress): Promise<Written>;
}

export interface PipelineOptions extends EngineOptions {
  /** Called with the report before anything is written: may throw to stop (the command line with no table). */
  beforeWrite?: (report: Report) => void;
  /** Called when the summary's layout starts (the command line says so on a terminal). */
  beforeSummary?: () => void;
}

export interface Recalculated<Applied extends EditsApplied = EditsApplied> {
  report: Report;
  edits: EditList;
  applied: Applied;
  contents: WorkbookContents;
  /** The settings the run used: saved ones overridden by the caller's. */
  settings: Partial<Settings>;
}

/** A phase's own progress as percents `from` to `from + width` of the whole operation's. */
function span(onProgress: Progress | undefined, from: number, width: number): Progress {
  return (done, total) => onProgress?.(Math.round(from + (total > 0 ? (done / total) * width : width)), 100);
}

const whole = <T>(steps: Steps<T>): Promise<T> => Promise.resolve(completed(steps));

/**
 * คำนวณความก้าวหน้า: reads, runs the engine with the saved settings (overridden by `options.settings`), writes the
 * output cells. Progress in percent: reading the first 55, computing the next 15, writing the rest.
 */
export async function recalcWorkbook<Applied extends EditsApplied>(
  port: RecalcPort<Applied>,
  options: PipelineOptions = {},
  onProgress?: Progress,
): Promise<Recalculated<Applied>> {
  const contents = await port.readGrid(span(onProgress, 0, 55));
  const settings: Partial<Settings> = { ...contents.settings, ...options.settings };
  const { beforeWrite, beforeSummary: _, ...engine } = options;
  const compute = span(onProgress, 55, 15);
  const steps = recalculation(contents.grid, { ...engine, settings });
  const planned = await (port.runSteps ? port.runSteps(steps, (f) => compute(f, 1)) : whole(steps));
  const { report } = planned;
  const { edits, warnings: locked } = withoutLockedEdits(planned.edits, contents.grid);
  report.warnings.push(...locked);
  // What could not be read comes first, and before beforeWrite: a sheet that could not be read may be why no table was.
  report.warnings.unshift(...contents.warnings);
  beforeWrite?.(report);
  const applied = await port.applyEdits(edits, contents.grid, span(onProgress, 70, 30));
  report.warnings.push(...applied.warnings);
  onProgress?.(100, 100);
  return { report, edits, applied, contents, settings };
}

/**
 * สร้างสรุปผล: recalculates, lays the summary out with the same settings, writes it. Progress: recalculating the
 * first 45 percent, laying out the next 10, writing the rest (at 100,000 indicators the longest part on the web).
 */
export async function summarizeWorkbook<Applied extends EditsApplied, Written extends SummaryWritten>(
  port: WorkbookPort<Applied, Written>,
  options: PipelineOptions = {},
  onProgress?: Progress,
): Promise<Recalculated<Applied> & { summary: Written }> {
  const done = await recalcWorkbook(port, options, span(onProgress, 0, 45));
  options.beforeSummary?.();
  const layout = span(onProgress, 45, 10);
  const steps = summaryRendering(done.report, summaryOptions(done.settings, done.contents.userSheets));
  const spec = await (port.runSteps ? port.runSteps(steps, (f) => layout(f, 1)) : whole(steps));
  const summary = await port.writeSummary(spec, span(onProgress, 55, 45));
  onProgress?.(100, 100);
  return { ...done, summary };
}
