/**
 * ย้อนกลับ (undo a run): before a run changes anything, the value, number format and fill of every cell it will
 * change are saved in the very hidden sheet `_kpi_progress_undo`, so the snapshot survives save and reopen and
 * works in every Excel (Ctrl+Z does not survive a reopen, and before ExcelApi 1.20 a run is many undo steps).
 *
 * Layout: A1 holds a header (JSON: id, time, number of chunks); A2… hold the snapshot's JSON in chunks of 30,000
 * characters (a cell holds at most 32,767), each starting with the run id, so a snapshot cut short by a failed
 * sync is recognised and never half-restored. The snapshot is written before (or in the same batch as) the
 * cells it protects, so after a failure at any sync the workbook is either unchanged or restorable.
 *
 * Version 2 stores the cells by column: one entry per sheet, column, changed aspects, number format and fill,
 * with the rows as steps from the one before and the values once when they are all the same (a first run's
 * outputs were all empty): a tenth of version 1's size at 100,000 rows. Version 1 snapshots (one entry per cell,
 * written by earlier versions of the add-in) are still restored.
 */
import type { CellValue } from '../core/grid';
import { packBySize, packWrites, planWrites, queueWrites, writeOpBytes, type CellChange, type WriteOp } from './cell-writes';
import { ExcelActionError, mapped } from './errors';
import type { ExcelRun } from './excel-run';
import { UNDO_SHEET } from './own-sheets';
import { utf8Bytes, WRITE_BUDGET } from '../core/office-plan/payload';
import { payloadBudget } from './requirements';

export const SNAPSHOT_KIND = 'kpi-progress-undo';
const CHUNK = 30_000;
/** A chunk's most bytes in a request or a response: 30,000 Thai letters, 3 bytes each, and escapes. */
const CHUNK_BYTES_MAX = 4 * CHUNK;

/**
 * One cell as it was; the run changed the aspects listed ('v' value, 'f' number format, 'b' background fill)
 * and only those are put back. The number format is kept in any case (a value goes back into a Text cell bare).
 */
export type SnapshotCell = [sheet: number, row: number, col: number, aspects: string, value: CellValue, numberFormat: string | null, fill: string | null];

/** The snapshot as the add-in works with it: one entry per cell. */
export interface Snapshot {
  kind: typeof SNAPSHOT_KIND;
  id: string;
  /** ISO time of the run. */
  at: string;
  sheets: string[];
  cells: SnapshotCell[];
}

/**
 * Cells of one sheet and column with the same aspects, number format and fill: `rows` holds the first row, then
 * each row's step from the one before; `values` one value per row, or one value for all (never an array).
 */
type SnapshotColumn = [sheet: number, col: number, aspects: string, numberFormat: string | null, fill: string | null, rows: number[], values: CellValue | CellValue[]];

/** What is stored: version 1 (cells) from earlier versions of the add-in, version 2 (columns). */
interface StoredSnapshot {
  kind: typeof SNAPSHOT_KIND;
  version: 1 | 2;
  id: string;
  at: string;
  sheets: string[];
  cells?: SnapshotCell[];
  columns?: SnapshotColumn[];
}

export interface SnapshotHeader {
  kind: typeof SNAPSHOT_KIND;
  version: 1 | 2;
  id: string;
  at: string;
  chunks: number;
  cells: number;
}

export function newRunId(): string {
  return `${Date.now().toString(36)}${Math.floor(Math.random() * 36 ** 4).toString(36)}`;
}

function byColumn(cells: SnapshotCell[]): SnapshotColumn[] {
  const sorted = [...cells].sort((a, b) => a[0] - b[0] || a[2] - b[2] || a[1] - b[1]);
  const columns = new Map<string, { column: SnapshotColumn; last: number; values: CellValue[] }>();
  for (const [sheet, row, col, aspects, value, numberFormat, fill] of sorted) {
    const key = JSON.stringify([sheet, col, aspects, numberFormat, fill]);
    let entry = columns.get(key);
    if (!entry) {
      entry = { column: [sheet, col, aspects, numberFormat, fill, [], null], last: 0, values: [] };
      columns.set(key, entry);
    }
    entry.column[5].push(row - entry.last);
    entry.last = row;
    entry.values.push(aspects.includes('v') ? value : null);
  }
  return [...columns.values()].map(({ column, values }) => {
    const first = JSON.stringify(values[0]);
    column[6] = values.every((v) => JSON.stringify(v) === first) ? values[0] : values;
    return column;
  });
}

function fromColumns(columns: SnapshotColumn[]): SnapshotCell[] {
  const cells: SnapshotCell[] = [];
  for (const [sheet, col, aspects, numberFormat, fill, steps, values] of columns) {
    if (!Array.isArray(steps) || (Array.isArray(values) && values.length !== steps.length)) throw new Error('mismatch');
    let row = 0;
    steps.forEach((step, i) => {
      row += step;
      cells.push([sheet, row, col, aspects, Array.isArray(values) ? values[i] : values, numberFormat, fill]);
    });
  }
  return cells;
}

/** The rows of column A: header first, then the chunks. Strings are written with an apostrophe (see cell-writes). */
export function snapshotRows(snapshot: Snapshot): string[] {
  const stored: StoredSnapshot = {
    kind: SNAPSHOT_KIND,
    version: 2,
    id: snapshot.id,
    at: snapshot.at,
    sheets: snapshot.sheets,
    columns: byColumn(snapshot.cells),
  };
  const json = JSON.stringify(stored);
  const chunks: string[] = [];
  for (let i = 0; i < json.length; i += CHUNK) chunks.push(`${snapshot.id}:${json.slice(i, i + CHUNK)}`);
  const header: SnapshotHeader = {
    kind: SNAPSHOT_KIND,
    version: 2,
    id: snapshot.id,
    at: snapshot.at,
    chunks: chunks.length,
    cells: snapshot.cells.length,
  };
  return [JSON.stringify(header), ...chunks];
}

/** The header in A1: null when there is no snapshot, an error when it is not one of ours. */
function parseHeader(first: unknown): SnapshotHeader | null {
  if (typeof first !== 'string' || first === '') return null;
  let header: SnapshotHeader;
  try {
    header = JSON.parse(first) as SnapshotHeader;
  } catch {
    throw new ExcelActionError('snapshot-damaged');
  }
  if (header.kind !== SNAPSHOT_KIND || (header.version !== 1 && header.version !== 2) || !(header.chunks >= 0)) {
    throw new ExcelActionError('snapshot-damaged');
  }
  return header;
}

/** Reads column A back; null when there is no snapshot, an error when one is there but incomplete. */
export function parseSnapshot(rows: unknown[]): Snapshot | null {
  const header = parseHeader(rows[0]);
  if (!header) return null;
  const prefix = `${header.id}:`;
  const parts = rows.slice(1, 1 + header.chunks);
  if (parts.length !== header.chunks || parts.some((p) => typeof p !== 'string' || !p.startsWith(prefix))) {
    throw new ExcelActionError('snapshot-damaged');
  }
  try {
    const stored = JSON.parse(parts.map((p) => (p as string).slice(prefix.length)).join('')) as StoredSnapshot;
    if (stored.id !== header.id || !Array.isArray(stored.sheets)) throw new Error('mismatch');
    const cells = Array.isArray(stored.cells) ? stored.cells : Array.isArray(stored.columns) ? fromColumns(stored.columns) : null;
    if (!cells) throw new Error('mismatch');
    return { kind: SNAPSHOT_KIND, id: stored.id, at: stored.at, sheets: stored.sheets, cells };
  } catch {
    throw new ExcelActionError('snapshot-damaged');
  }
}

/** Writes that put every cell of the snapshot back as it was. */
export function restoreChanges(snapshot: Snapshot): CellChange[] {
  return snapshot.cells.map(([s, row, col, aspects, value, numberFormat, fill]) => {
    const change: CellChange = { sheet: snapshot.sheets[s], row, col };
    if (aspects.includes('v')) change.value = value;
    if (aspects.includes('f')) change.numberFormat = numberFormat;
    if (aspects.includes('b')) change.fill = fill;
    if (numberFormat === '@') change.textFormat = true;
    return change;
  });
}

/** What goes in one sync: snapshot rows (chunks from row `start`, the header at row 0 when `header`) and writes. */
export interface SnapshotSync {
  /** Chunks, from row `start` (1 for the first chunk). */
  start: number;
  chunks: string[];
  /** The header goes in this sync, after the chunks: it marks the snapshot whole. */
  header: string | null;
  writes: WriteOp[];
}

/**
 * The snapshot's rows, then the writes, packed in order into syncs under the budget: every chunk goes before or
 * with the header, the header before or with the first write. The header goes last, so a snapshot cut short is
 * never taken for a whole one; a write never goes before the snapshot that can undo it.
 */
export function packSnapshot(snapshot: Snapshot, writes: WriteOp[], budget = WRITE_BUDGET): SnapshotSync[] {
  const [header, ...chunks] = snapshotRows(snapshot);
  type Item = { chunk: string; row: number } | { header: string } | { write: WriteOp };
  const items: Item[] = [...chunks.map((chunk, i) => ({ chunk, row: i + 1 })), { header }, ...writes.map((write) => ({ write }))];
  const bytes = (item: Item) => ('write' in item ? writeOpBytes(item.write) : utf8Bytes('chunk' in item ? item.chunk : item.header) + 16);
  return packBySize(items, bytes, budget).map((sync) => {
    const out: SnapshotSync = { start: 0, chunks: [], header: null, writes: [] };
    for (const item of sync) {
      if ('chunk' in item) {
        if (!out.chunks.length) out.start = item.row;
        out.chunks.push(item.chunk);
      } else if ('header' in item) out.header = item.header;
      else out.writes.push(item.write);
    }
    return out;
  });
}

/**
 * Queues one sync's snapshot rows: the first sync creates or empties the very hidden sheet, in the same batch as
 * its first rows. A whole snapshot in one sync is one range, header first (written whole or not at all);
 * otherwise the header goes after the chunks.
 */
export function queueSnapshotRows(context: Excel.RequestContext, sync: SnapshotSync, prepare: 'create' | 'clear' | null): void {
  if (prepare === null && sync.header === null && !sync.chunks.length) return; // a sync of cell writes only
  let ws: Excel.Worksheet;
  if (prepare === 'create') {
    ws = context.workbook.worksheets.add(UNDO_SHEET);
    ws.visibility = 'VeryHidden';
  } else {
    ws = context.workbook.worksheets.getItem(UNDO_SHEET);
    if (prepare === 'clear') ws.getRange('A:A').clear('Contents');
  }
  const column = (rows: string[]) => rows.map((r) => [`'${r}`]);
  if (sync.header !== null && prepare !== null) {
    const rows = [sync.header, ...sync.chunks];
    ws.getRangeByIndexes(0, 0, rows.length, 1).values = column(rows);
    return;
  }
  if (sync.chunks.length) ws.getRangeByIndexes(sync.start, 0, sync.chunks.length, 1).values = column(sync.chunks);
  if (sync.header !== null) ws.getRangeByIndexes(0, 0, 1, 1).values = column([sync.header]);
}

export interface RestoreOutcome {
  /** Cells put back. */
  cells: number;
  /** Sheets of the snapshot that are gone (deleted or renamed since): left alone. */
  missingSheets: string[];
}

/**
 * ย้อนกลับ: puts back every cell the last run changed (value, number format, fill) exactly as it was, then
 * clears the snapshot, in one batch when it fits (else the snapshot is cleared with the last piece, so a failure
 * part-way leaves it there to run again). Syncs: 2 reads + 1 write (more only past 4 MB: the snapshot is read in
 * pieces under the budget, as many chunks as surely fit).
 */
export function restoreLastRun(run: ExcelRun, onProgress?: (done: number, total: number) => void): Promise<RestoreOutcome> {
  let protectedSheet: string | null = null;
  return mapped(
    () =>
      run(async (context) => {
        const undo = context.workbook.worksheets.getItemOrNullObject(UNDO_SHEET);
        const sheets = context.workbook.worksheets.load('items/name');
        await context.sync();
        if (undo.isNullObject) throw new ExcelActionError('no-snapshot');
        const budget = payloadBudget(context);
        const perSync = Math.max(1, Math.floor(budget / CHUNK_BYTES_MAX));
        const first = undo.getRangeByIndexes(0, 0, 1 + perSync, 1).load('values');
        const protection = sheets.items.map((ws) => ({ name: ws.name, p: ws.protection.load('protected') }));
        await context.sync();
        const column = first.values.map((row) => row[0]);
        const header = parseHeader(column[0]);
        if (!header) throw new ExcelActionError('no-snapshot');
        while (column.length < 1 + header.chunks) {
          const piece = undo.getRangeByIndexes(column.length, 0, Math.min(perSync, 1 + header.chunks - column.length), 1).load('values');
          // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per 4 MB piece, not per row
          await context.sync();
          for (const row of piece.values) column.push(row[0]);
        }
        const snapshot = parseSnapshot(column.slice(0, 1 + header.chunks));
        if (!snapshot) throw new ExcelActionError('no-snapshot');

        const present = new Set(sheets.items.map((ws) => ws.name));
        const missingSheets = snapshot.sheets.filter((s) => !present.has(s));
        const changes = restoreChanges(snapshot).filter((c) => present.has(c.sheet));
        const locked = protection.find((x) => x.p.protected && changes.some((c) => c.sheet === x.name));
        if (locked) {
          protectedSheet = locked.name;
          throw new ExcelActionError('sheet-protected', locked.name);
        }
        const syncs = packWrites(planWrites(changes), budget);
        if (!syncs.length) syncs.push([]);
        const wsCache = new Map<string, Excel.Worksheet>();
        for (let i = 0; i < syncs.length; i++) {
          context.application.suspendApiCalculationUntilNextSync();
          queueWrites(context, syncs[i], wsCache);
          if (i === syncs.length - 1) context.workbook.worksheets.getItem(UNDO_SHEET).getRange('A:A').clear('Contents');
          // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per 4 MB piece, not per row
          await context.sync();
          onProgress?.(i + 1, syncs.length);
        }
        return { cells: changes.length, missingSheets };
      }),
    () => protectedSheet,
  );
}
