/**
 * The Office operations the pane needs, passed to its components as props (STYLE.md): one set over Office.js,
 * the same set over the in-memory Excel in the preview, fakes in tests. The engine and the adapter are loaded on
 * first use, so the first screen stays small.
 */
import type { Progress } from '../core/pipeline';
import { DEFAULT_SETTINGS } from '../core/types';
import type { EngineOptions, Report, Settings } from '../core/types';
import type { ExcelRun } from '../excel/excel-run';
import { isNothingToUndo } from './errors';
import { addingSheetClearsUndo } from './host';

export interface PaneOperations {
  recalc(options: EngineOptions, onProgress: Progress): Promise<Report>;
  /** สร้างสรุปผล: recalculates, writes the summary sheet; answers the report and the sheet's name. */
  summarize(options: EngineOptions, onProgress: Progress): Promise<{ report: Report; sheetName: string }>;
  /** Restores the cells the last run changed. Resolves false when there was nothing to undo. */
  undo(onProgress: Progress): Promise<boolean>;
  loadSettings(): Promise<Settings>;
  saveSettings(settings: Settings): Promise<void>;
  /** Selects a cell or range ('F13', 'A12:J12') on a sheet, activating the sheet. */
  selectCell(sheet: string, address: string): Promise<void>;
  /** Our summary sheets that สร้างสรุปผล would replace (deleting them clears Excel's undo list). */
  summariesToReplace(): Promise<string[]>;
  /** True where adding the summary sheet clears Excel's undo list (host.ts addingSheetClearsUndo): the pane asks first. */
  summaryClearsUndo(): Promise<boolean>;
}

// The engine is prefetched (fetched while the browser is idle after the first screen): the first click computes at once.
const actions = () => import(/* webpackChunkName: "engine", webpackPrefetch: true */ '../excel/workbook-actions');
const undoSnapshot = () => import(/* webpackChunkName: "engine", webpackPrefetch: true */ '../excel/undo-snapshot');
const settingsStore = () => import(/* webpackChunkName: "settings-store" */ '../excel/settings-store');
const selection = () => import(/* webpackChunkName: "settings-store" */ '../excel/select-cell');
const summaries = () => import(/* webpackChunkName: "settings-store" */ '../excel/our-summaries');

/**
 * Starts fetching what every pane needs at once (the settings are read on the first render), beside office.js rather
 * than after it. A failure here is not reported: loadSettings fetches again, and reports its own failure.
 */
export function fetchEarly(): void {
  settingsStore().catch(() => undefined);
}

/**
 * The pane's operations before the host is known: each call waits for the real ones. `ready` answers null when the
 * pane will not run here (the preview replaces it): then the calls never settle.
 */
export function pendingOperations(ready: Promise<PaneOperations | null>): PaneOperations {
  const later = <T>(use: (ops: PaneOperations) => Promise<T>): Promise<T> =>
    ready.then((ops) => (ops ? use(ops) : new Promise<T>(() => undefined)));
  return {
    recalc: (options, onProgress) => later((ops) => ops.recalc(options, onProgress)),
    summarize: (options, onProgress) => later((ops) => ops.summarize(options, onProgress)),
    undo: (onProgress) => later((ops) => ops.undo(onProgress)),
    loadSettings: () => later((ops) => ops.loadSettings()),
    saveSettings: (settings) => later((ops) => ops.saveSettings(settings)),
    selectCell: (sheet, address) => later((ops) => ops.selectCell(sheet, address)),
    summariesToReplace: () => later((ops) => ops.summariesToReplace()),
    summaryClearsUndo: () => later((ops) => ops.summaryClearsUndo()),
  };
}

export function withDefaults(saved: Partial<Settings> | null | undefined): Settings {
  return {
    ...DEFAULT_SETTINGS,
    ...(saved ?? {}),
    overrides: { ...(saved?.overrides ?? {}) },
    cabinetTargets: [0, 1, 2, 3].map((i) => saved?.cabinetTargets?.[i] ?? null),
  };
}

/** `platform`: Office.context.platform (host.ts), null in the preview. */
export function excelOperations(run: ExcelRun, platform: string | null = null): PaneOperations {
  return {
    recalc: async (options, onProgress) => (await actions()).recalcWorkbook(run, options, onProgress),
    summarize: async (options, onProgress) => {
      const { report, sheetName } = await (await actions()).summarizeWorkbook(run, options, onProgress);
      return { report, sheetName };
    },
    undo: async (onProgress) => {
      try {
        const restored: unknown = await (await undoSnapshot()).restoreLastRun(run, onProgress);
        // The adapter may answer with a count, a flag or nothing; only an explicit "nothing" means nothing to undo.
        return !(restored === false || restored === 0 || restored === null);
      } catch (e) {
        if (isNothingToUndo(e)) return false;
        throw e;
      }
    },
    loadSettings: async () => withDefaults(await (await settingsStore()).loadSettings(run)),
    saveSettings: async (settings) => {
      await (await settingsStore()).saveSettings(run, settings);
    },
    selectCell: async (sheet, address) => {
      await (await selection()).selectCell(run, sheet, address);
    },
    summariesToReplace: async () => (await summaries()).ourSummaryNames(run),
    summaryClearsUndo: async () => addingSheetClearsUndo(platform),
  };
}
