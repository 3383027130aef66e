/**
 * What the task pane and the ribbon commands call: คำนวณความก้าวหน้า (recalcWorkbook) and สร้างสรุปผล
 * (summarizeWorkbook). The steps are core's pipeline (core/pipeline.ts), the same the command line runs; this file
 * only offers it this workbook through Office.js. The adapter never decides a figure.
 */
import type { EditList } from '../core/edit-list';
import {
  recalcWorkbook as recalcThrough,
  summarizeWorkbook as summarizeThrough,
  type EditsApplied,
  type Progress,
  type SummaryWritten,
  type WorkbookPort,
} from '../core/pipeline';
import { storedSettings } from '../core/store-xml';
import type { EngineOptions, Report, Settings } from '../core/types';
import { applyEdits, type ApplyOutcome } from './apply-edits';
import { ExcelActionError, mapped } from './errors';
import type { ExcelRun } from './excel-run';
import { inSteps } from './in-steps';
import { readWorkbook, type WorkbookIndex } from './read-grid';
import { writeSheetSpec } from './write-sheet-spec';

export interface RecalcOutcome {
  report: Report;
  edits: EditList;
  applied: ApplyOutcome;
  index: WorkbookIndex;
  settings: Partial<Settings>;
}

type ExcelPort = WorkbookPort<ApplyOutcome & EditsApplied, SummaryWritten> & { index(): WorkbookIndex };

/**
 * This workbook as the pipeline's port. One per action: it keeps what it read (the sheets, which are protected,
 * our summaries) for the writes that follow.
 */
function excelWorkbook(run: ExcelRun): ExcelPort {
  let index: WorkbookIndex | undefined;
  const read = (): WorkbookIndex => {
    if (!index) throw new Error('the workbook is written before it is read');
    return index;
  };
  return {
    async readGrid(onProgress) {
      const i = (index = await readWorkbook(run, onProgress));
      return {
        grid: i.grid,
        userSheets: i.sheetNames.filter((n) => !i.summaries.has(n)),
        settings: storedSettings(i.settingsXml, i.settingsChunks).settings,
        warnings: [],
      };
    },
    async applyEdits(edits, grid, onProgress) {
      const applied = await applyEdits(run, edits, grid, onProgress, read());
      return { ...applied, written: applied.cells, warnings: [] };
    },
    writeSummary: async (spec, onProgress) => {
      // No sheet can be added to a protected structure: said before anything of the summary is written.
      if (read().structureProtected) throw new ExcelActionError('structure-protected', 'summary');
      try {
        return await writeSheetSpec(run, spec, onProgress);
      } catch (e) {
        // Protected since the read: Excel refuses the new sheet with AccessDenied, which alone reads as read-only.
        if (e instanceof ExcelActionError && e.code === 'read-only' && (await structureProtectedNow(run))) {
          throw new ExcelActionError('structure-protected', 'summary', e.officeCode, { cause: e });
        }
        throw e;
      }
    },
    runSteps: inSteps,
    index: read,
  };
}

/** [ExcelApi 1.7] Whether the workbook's structure is protected now (Review > Protect Workbook). */
async function structureProtectedNow(run: ExcelRun): Promise<boolean> {
  return mapped(() =>
    run(async (context) => {
      const protection = context.workbook.protection.load('protected');
      await context.sync();
      return protection.protected;
    }),
  );
}

/**
 * Reads the workbook, runs the engine with the saved settings (overridden by `options.settings`), writes the
 * output cells. Everything the caller needs to show: report, edits, how they were applied.
 */
export async function recalcWorkbookDetailed(run: ExcelRun, options: EngineOptions = {}, onProgress?: Progress): Promise<RecalcOutcome> {
  const port = excelWorkbook(run);
  const { report, edits, applied, settings } = await recalcThrough(port, options, onProgress);
  return { report, edits, applied, index: port.index(), settings };
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

/** สร้างสรุปผล: recalculates, then writes the summary sheet (replacing ours from before) and shows it. */
export async function summarizeWorkbook(run: ExcelRun, options: EngineOptions = {}, onProgress?: Progress): Promise<SummaryOutcome> {
  const { report, summary } = await summarizeThrough(excelWorkbook(run), options, onProgress);
  return { report, sheetName: summary.sheetName, replaced: summary.replaced };
}
