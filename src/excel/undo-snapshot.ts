/**
 * ย้อนกลับ (undo a run): before a run changes anything, the value, number format and fill of every cell it will
 * change are saved in the very hidden sheet `_kpi_progress_undo`, so the snapshot survives save and reopen and
 * works in every Excel (Ctrl+Z does not survive a reopen, and before ExcelApi 1.20 a run is many undo steps).
 *
 * Layout: A1 holds a header (JSON: id, time, number of chunks); A2… hold the snapshot's JSON in chunks of 30,000
 * characters (a cell holds at most 32,767), each starting with the run id, so a snapshot cut short by a failed
 * sync is recognised and never half-restored. The snapshot is written before (or in the same batch as) the
 * cells it protects, so after a failure at any sync the workbook is either unchanged or restorable.
 */
import type { CellValue } from '../core/grid';
import { planWrites, packWrites, queueWrites, type CellChange } from './cell-writes';
import { ExcelActionError, mapped } from './errors';
import type { ExcelRun } from './excel-run';
import { UNDO_SHEET } from './own-sheets';
import { utf8Bytes, WRITE_BUDGET } from './payload';
import { payloadBudget } from './requirements';

export const SNAPSHOT_KIND = 'kpi-progress-undo';
const CHUNK = 30_000;

/**
 * One cell as it was; the run changed the aspects listed ('v' value, 'f' number format, 'b' background fill)
 * and only those are put back. The number format is kept in any case (a value goes back into a Text cell bare).
 */
export type SnapshotCell = [sheet: number, row: number, col: number, aspects: string, value: CellValue, numberFormat: string | null, fill: string | null];

export interface Snapshot {
  kind: typeof SNAPSHOT_KIND;
  version: 1;
  id: string;
  /** ISO time of the run. */
  at: string;
  sheets: string[];
  cells: SnapshotCell[];
}

export interface SnapshotHeader {
  kind: typeof SNAPSHOT_KIND;
  version: 1;
  id: string;
  at: string;
  chunks: number;
  cells: number;
}

export function newRunId(): string {
  return `${Date.now().toString(36)}${Math.floor(Math.random() * 36 ** 4).toString(36)}`;
}

/** The rows of column A: header first, then the chunks. Strings are written with an apostrophe (see cell-writes). */
export function snapshotRows(snapshot: Snapshot): string[] {
  const json = JSON.stringify(snapshot);
  const chunks: string[] = [];
  for (let i = 0; i < json.length; i += CHUNK) chunks.push(`${snapshot.id}:${json.slice(i, i + CHUNK)}`);
  const header: SnapshotHeader = {
    kind: SNAPSHOT_KIND,
    version: 1,
    id: snapshot.id,
    at: snapshot.at,
    chunks: chunks.length,
    cells: snapshot.cells.length,
  };
  return [JSON.stringify(header), ...chunks];
}

/** Reads column A back; null when there is no snapshot, an error when one is there but incomplete. */
export function parseSnapshot(rows: unknown[]): Snapshot | null {
  const first = rows[0];
  if (typeof first !== 'string' || first === '') return null;
  let header: SnapshotHeader;
  try {
    header = JSON.parse(first) as SnapshotHeader;
  } catch {
    throw new ExcelActionError('snapshot-damaged');
  }
  if (header.kind !== SNAPSHOT_KIND || header.version !== 1) throw new ExcelActionError('snapshot-damaged');
  const prefix = `${header.id}:`;
  const parts = rows.slice(1, 1 + header.chunks);
  if (parts.length !== header.chunks || parts.some((p) => typeof p !== 'string' || !p.startsWith(prefix))) {
    throw new ExcelActionError('snapshot-damaged');
  }
  try {
    const snapshot = JSON.parse(parts.map((p) => (p as string).slice(prefix.length)).join('')) as Snapshot;
    if (snapshot.id !== header.id || !Array.isArray(snapshot.cells)) throw new Error('mismatch');
    return snapshot;
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

/**
 * Snapshot writes split so each fits a sync: the header goes in the last piece, so a snapshot cut short is never
 * taken for a whole one.
 */
export function snapshotPieces(snapshot: Snapshot, budget = WRITE_BUDGET): { start: number; rows: string[] }[] {
  const [header, ...chunks] = snapshotRows(snapshot);
  // All in one write when it fits: one range, header first, written whole or not at all.
  if (utf8Bytes(chunks) + utf8Bytes(header) + 64 <= budget) return [{ start: 0, rows: [header, ...chunks] }];
  const pieces: { start: number; rows: string[] }[] = [];
  let current: string[] = [];
  let start = 1;
  let size = 0;
  for (const chunk of chunks) {
    const bytes = utf8Bytes(chunk) + 8;
    if (current.length && size + bytes > budget) {
      pieces.push({ start, rows: current });
      start += current.length;
      current = [];
      size = 0;
    }
    current.push(chunk);
    size += bytes;
  }
  if (current.length) pieces.push({ start, rows: current });
  pieces.push({ start: 0, rows: [header] });
  return pieces;
}

/**
 * Queues the first piece's preparation (create or empty the very hidden sheet) and a piece's rows. The sheet is
 * emptied only with the first piece, in the same batch as its first rows.
 */
export function queueSnapshotPiece(
  context: Excel.RequestContext,
  piece: { start: number; rows: string[] },
  prepare: 'create' | 'clear' | null,
): void {
  let ws: Excel.Worksheet;
  if (prepare === 'create') {
    ws = context.workbook.worksheets.add(UNDO_SHEET);
    ws.visibility = 'VeryHidden';
  } else {
    ws = context.workbook.worksheets.getItem(UNDO_SHEET);
    if (prepare === 'clear') ws.getRange('A:A').clear('Contents');
  }
  ws.getRangeByIndexes(piece.start, 0, piece.rows.length, 1).values = piece.rows.map((r) => [`'${r}`]);
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
 * part-way leaves it there to run again). Syncs: 2 reads + 1 write (more only past 4 MB).
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
        const used = undo.getUsedRange(true).load('values');
        const protection = sheets.items.map((ws) => ({ name: ws.name, p: ws.protection.load('protected') }));
        await context.sync();
        const snapshot = parseSnapshot(used.values.map((row) => row[0]));
        if (!snapshot) throw new ExcelActionError('no-snapshot');

        const present = new Set(sheets.items.map((ws) => ws.name));
        const missingSheets = snapshot.sheets.filter((s) => !present.has(s));
        const changes = restoreChanges(snapshot).filter((c) => present.has(c.sheet));
        const locked = protection.find((x) => x.p.protected && changes.some((c) => c.sheet === x.name));
        if (locked) {
          protectedSheet = locked.name;
          throw new ExcelActionError('sheet-protected', locked.name);
        }
        const syncs = packWrites(planWrites(changes), payloadBudget(context));
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
