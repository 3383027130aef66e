/**
 * The in-memory Excel's request pipeline: commands queue on proxies until `sync`, then run in order against the
 * workbook. As in Excel, a batch that fails keeps what the commands before the failing one did (Excel does not roll
 * a batch back: "Excel JavaScript API error handling", https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-error-handling,
 * and the office-js issue tracker), and loads are delivered only after a batch succeeds.
 * Counts syncs and the JSON size of each request and response; can fail a chosen sync like Office does.
 * The rules where Excel is stricter than a lenient fake would be are in rules.ts, each with its source.
 */
import { keepSheet, restoreWorkbook, saveWorkbook, type RowSpan, type Saved } from './saved';
import type { MemSheet, MemWorkbook } from './state';
import { hostLimits, type Host } from './rules';
import { jsonBytes, requestBytes } from './request-bytes';

export class MemoryOfficeError extends Error {
  override name = 'RichApi.Error';
  readonly code: string;
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  constructor(code: string, message: string, errorLocation?: string) {
    super(message);
    this.code = code;
    this.debugInfo = { code, message, errorLocation };
  }
}

export interface MemoryStats {
  /** Excel.run calls. */
  runs: number;
  syncs: number;
  /** UTF-8 bytes of each sync's request (the JSON of its queued commands) and response (the JSON of what it loaded). */
  requestBytes: number[];
  responseBytes: number[];
  /** Syncs that changed the workbook, and of those, the ones that called suspendApiCalculationUntilNextSync. */
  writeSyncs: number;
  writeSyncsWithCalculationSuspended: number;
  /** Excel.run calls made with mergeUndoGroup. */
  mergedUndoRuns: number;
}

export function emptyStats(): MemoryStats {
  return {
    runs: 0,
    syncs: 0,
    requestBytes: [],
    responseBytes: [],
    writeSyncs: 0,
    writeSyncsWithCalculationSuspended: 0,
    mergedUndoRuns: 0,
  };
}

export interface Tx {
  readonly wb: MemWorkbook;
  /**
   * Call before changing the workbook, with the sheet about to change (none for the sheet list and names) and the
   * rows whose cells change (all when absent; NO_ROWS for its settings only): keeps what is needed to roll back
   * and undo (saved.ts), refuses a read-only workbook.
   */
  touch(sheet?: MemSheet, rows?: RowSpan): void;
  /** The command is one Excel cannot undo: the user's undo stack is cleared (rules.ts clearsUndo). */
  clearUndo(): void;
  /** The host this Excel plays (rules.ts). */
  readonly host: Host;
  /** Counts what a load returns toward the response size. */
  respond(data: unknown): void;
  suspendCalculation(): void;
}

export interface Action {
  json: unknown;
  exec(tx: Tx): void | (() => void);
}

/** An Excel.run's undo group: with mergeUndoGroup its first writing sync's record stands for the whole run. */
export interface UndoGroup {
  merged: boolean;
  recorded: boolean;
  record?: Saved;
}

export interface EngineOptions {
  /** Highest ExcelApi requirement set this Excel supports, e.g. '1.13' (default) or '1.20'. */
  apiVersion?: string;
  /** Excel on the web's payload limit for a request and for a response (default: the host's, rules.ts). */
  payloadLimit?: number;
  /** Which Excel: 'web' (default, 5 MB per request and response), 'windows' or 'mac' (no such limit). */
  host?: Host;
  /**
   * Whether the office.js client library passes `mergeUndoGroup` to Excel: the npm @microsoft/office-js 1.1.110
   * does not know the option (its excel-web-16.00 script never mentions it), so Excel never sees it (default true:
   * the CDN's office.js).
   */
  clientSendsUndoGroup?: boolean;
}

export class MemoryEngine {
  readonly stats: MemoryStats = emptyStats();
  apiVersion: string;
  payloadLimit: number;
  /** When true every sync fails as when the user is typing in a cell. */
  cellEditMode = false;
  /** When true every change fails as in a workbook opened read-only. */
  readOnly = false;
  private failures = new Map<number, { code: string; after: number }>();
  private undoStack: Saved[] = [];
  private listeners = new Set<() => void>();
  private nextObjectId = 1;

  readonly host: Host;
  readonly clientSendsUndoGroup: boolean;

  constructor(
    readonly wb: MemWorkbook,
    options: EngineOptions = {},
  ) {
    this.apiVersion = options.apiVersion ?? '1.13';
    this.host = options.host ?? (options.payloadLimit === Infinity ? 'windows' : 'web');
    this.payloadLimit = options.payloadLimit ?? hostLimits(this.host).payload;
    this.clientSendsUndoGroup = options.clientSendsUndoGroup ?? true;
  }

  /** Excel.run's mergeUndoGroup reaches Excel and Excel groups: ExcelApi 1.20 and a client that sends it. */
  groupsUndo(asked: boolean): boolean {
    return asked && this.clientSendsUndoGroup && this.supports('1.20');
  }

  /** How many steps Ctrl+Z can take back (what the user would lose when a call clears the stack). */
  get undoDepth(): number {
    return this.undoStack.length;
  }

  objectId(): number {
    return this.nextObjectId++;
  }

  supports(version: string): boolean {
    const [a, b] = version.split('.').map(Number);
    const [x, y] = this.apiVersion.split('.').map(Number);
    return x > a || (x === a && y >= b);
  }

  /**
   * The sync with this number (1-based, counted over the engine's life: stats.syncs + 1 is the next) fails, after
   * running its first `after` commands (kept, as Excel keeps them: no rollback).
   */
  failAtSync(n: number, code = 'GeneralException', after = 0): void {
    this.failures.set(n, { code, after });
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Ctrl+Z: takes back the last undo record (one per sync, or one per Excel.run with mergeUndoGroup). */
  undo(): boolean {
    const saved = this.undoStack.pop();
    if (!saved) return false;
    restoreWorkbook(this.wb, saved);
    this.notify();
    return true;
  }

  private notify(): void {
    for (const l of this.listeners) l();
  }

  /** Runs one batch of commands; `group` is the Excel.run's undo group when it asked for mergeUndoGroup. */
  execute(actions: Action[], group: UndoGroup): void {
    const stats = this.stats;
    stats.syncs++;
    const n = stats.syncs;
    const bytes = requestBytes(actions);
    stats.requestBytes.push(bytes);
    let responseBytes = 0;
    const fail = this.failures.get(n);
    this.failures.delete(n);
    if (fail && fail.after === 0) {
      stats.responseBytes.push(0);
      throw new MemoryOfficeError(fail.code, `Injected failure at sync ${n}.`);
    }
    if (this.cellEditMode) {
      stats.responseBytes.push(0);
      throw new MemoryOfficeError(
        'InvalidOperationInCellEditMode',
        'Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.',
      );
    }
    if (bytes > this.payloadLimit) {
      stats.responseBytes.push(0);
      throw new MemoryOfficeError('RequestPayloadSizeLimitExceeded', 'The request payload size has exceeded the limit.');
    }
    let saved: Saved | null = null;
    let suspended = false;
    let clearsUndo = false;
    // A merged run's record, already pushed: what this sync changes first in the run is added to it.
    const record = group.merged && group.recorded ? group.record : undefined;
    const tx: Tx = {
      wb: this.wb,
      touch: (sheet, rows) => {
        if (this.readOnly) throw new MemoryOfficeError('AccessDenied', 'You cannot perform the requested operation.');
        saved ??= saveWorkbook(this.wb);
        if (!sheet) return;
        keepSheet(saved, sheet, rows);
        // Copied apart: should this sync fail, its own copies go live again.
        if (record) keepSheet(record, sheet, rows);
      },
      clearUndo: () => {
        clearsUndo = true;
      },
      host: this.host,
      respond: (data) => {
        responseBytes += jsonBytes(data);
      },
      suspendCalculation: () => {
        suspended = true;
      },
    };
    const commits: (() => void)[] = [];
    let failure: unknown = null;
    try {
      actions.forEach((action, i) => {
        if (fail && i === fail.after) throw new MemoryOfficeError(fail.code, `Injected failure at sync ${n}, command ${i}.`);
        try {
          const commit = action.exec(tx);
          if (commit) commits.push(commit);
        } catch (e) {
          if (e instanceof MemoryOfficeError && !e.debugInfo.errorLocation) e.debugInfo.errorLocation = `command ${i}`;
          throw e;
        }
      });
      if (responseBytes > this.payloadLimit) {
        throw new MemoryOfficeError('ResponsePayloadSizeLimitExceeded', 'The response payload size has exceeded the limit.');
      }
    } catch (e) {
      // No rollback: what the commands before the failing one did stays (and is one undo step, as in Excel).
      failure = e;
    }
    stats.responseBytes.push(responseBytes);
    if (saved) {
      stats.writeSyncs++;
      if (suspended) stats.writeSyncsWithCalculationSuspended++;
      if (!group.merged || !group.recorded) {
        this.undoStack.push(saved);
        group.record = saved;
      }
      group.recorded = true;
      if (this.undoStack.length > 20) this.undoStack.shift();
    }
    if (clearsUndo) this.undoStack = [];
    if (saved) this.notify();
    if (failure) throw failure;
    for (const c of commits) c();
  }
}
