/**
 * The ย้อนกลับ snapshot as data: which cells a run changes and what each held before, stored by column, and the
 * writes that put them back. Pure: the adapter (src/excel/undo-snapshot.ts) only moves it in and out of Excel.
 *
 * Version 2 stores the cells by column: one entry per sheet, column, changed aspects, number format and fill,
 * with the rows as steps from the one before and the values once when they are all the same (a first run's
 * outputs were all empty): a tenth of version 1's size at 100,000 rows. Version 1 snapshots (one entry per cell,
 * written by earlier versions of the add-in) are still restored.
 */
import { cellFill, cellFormat, cellValue, type CellValue, type Grid, type SheetGrid } from '../grid';
import type { Edit } from '../types';

export const SNAPSHOT_KIND = 'kpi-progress-undo';

/** A cell to change: what Office.js writes. The snapshot's restore is a list of these too. */
export interface CellChange {
  sheet: string;
  row: number;
  col: number;
  /** Absent: leave the value. null: empty the cell. A string is always written as text. */
  value?: CellValue;
  /** Absent: leave the format. null: General. */
  numberFormat?: string | null;
  /** Absent: leave the fill. null: no fill. 'RRGGBB': solid fill. */
  fill?: string | null;
  /** The cell's number format is Text ('@') once written: text goes in as it is (see cell-writes officeValue). */
  textFormat?: boolean;
}

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

/** A snapshot that is there but cannot be read whole: nothing is restored from it. */
export class SnapshotDamaged extends Error {
  constructor(why: string) {
    super(`the undo snapshot is damaged: ${why}`);
  }
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
    if (!Array.isArray(steps) || (Array.isArray(values) && values.length !== steps.length)) throw new SnapshotDamaged('a column does not match its rows');
    let row = 0;
    steps.forEach((step, i) => {
      row += step;
      cells.push([sheet, row, col, aspects, Array.isArray(values) ? values[i] : values, numberFormat, fill]);
    });
  }
  return cells;
}

/** The snapshot as stored: version 2's JSON. */
export function snapshotJson(snapshot: Snapshot): string {
  const stored: StoredSnapshot = { kind: SNAPSHOT_KIND, version: 2, id: snapshot.id, at: snapshot.at, sheets: snapshot.sheets, columns: byColumn(snapshot.cells) };
  return JSON.stringify(stored);
}

/** Reads a stored snapshot (version 1 or 2) back; `id` is the id its store says it has. */
export function snapshotFromJson(json: string, id: string): Snapshot {
  let stored: StoredSnapshot;
  try {
    stored = JSON.parse(json) as StoredSnapshot;
  } catch {
    throw new SnapshotDamaged('not JSON');
  }
  if (!stored || stored.kind !== SNAPSHOT_KIND || stored.id !== id || !Array.isArray(stored.sheets)) throw new SnapshotDamaged('not this snapshot');
  const cells = Array.isArray(stored.cells) ? stored.cells : Array.isArray(stored.columns) ? fromColumns(stored.columns) : null;
  if (!cells) throw new SnapshotDamaged('no cells');
  return { kind: SNAPSHOT_KIND, id: stored.id, at: stored.at, sheets: stored.sheets, cells };
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
 * Merges the edits of one cell (value, format, fill may come in separate edits) and keeps what each aspect held
 * before, as read in `grid`, the grid the edits were planned on: the changes to write and the snapshot that undoes
 * them (without its id and time).
 */
export function changesOf(edits: Iterable<Edit>, grid: Grid): { changes: CellChange[]; snapshot: Omit<Snapshot, 'id' | 'at'> } {
  const byCell = new Map<string, { change: CellChange; before: SnapshotCell; sheet: SheetGrid }>();
  const sheets: string[] = [];
  const grids: SheetGrid[] = [];
  for (const e of edits) {
    let s = sheets.indexOf(e.sheet);
    if (s < 0) {
      const sheet = grid.sheets.find((g) => g.name === e.sheet);
      if (!sheet) throw new Error(`an edit for sheet ${e.sheet}, which the grid read does not have`);
      grids.push(sheet);
      s = sheets.push(e.sheet) - 1;
    }
    const key = `${s}!${e.row}!${e.col}`;
    let entry = byCell.get(key);
    if (!entry) {
      // The format is kept even when the run does not change it: restoring a value into a Text cell needs it.
      entry = { change: { sheet: e.sheet, row: e.row, col: e.col }, before: [s, e.row, e.col, '', null, cellFormat(grids[s], e.row, e.col), null], sheet: grids[s] };
      byCell.set(key, entry);
    }
    const { change, before, sheet } = entry;
    if (e.value !== undefined) {
      change.value = e.value;
      if (!before[3].includes('v')) {
        before[3] += 'v';
        before[4] = cellValue(sheet, e.row, e.col);
      }
    }
    if (e.numberFormat !== undefined) {
      change.numberFormat = e.numberFormat;
      if (!before[3].includes('f')) before[3] += 'f'; // what it held is already there
    }
    if (e.fill !== undefined) {
      change.fill = e.fill;
      if (!before[3].includes('b')) {
        before[3] += 'b';
        before[6] = cellFill(sheet, e.row, e.col);
      }
    }
  }
  const entries = [...byCell.values()].filter((x) => x.before[3] !== '');
  for (const { change, before } of entries) {
    const format = change.numberFormat !== undefined ? change.numberFormat : before[5];
    if (format === '@') change.textFormat = true;
  }
  return { changes: entries.map((x) => x.change), snapshot: { kind: SNAPSHOT_KIND, sheets, cells: entries.map((x) => x.before) } };
}

/**
 * A snapshot left by an earlier version of the add-in in its very hidden sheet `_kpi_progress_undo`, column A:
 * a header (JSON: kind, version, id, number of chunks), then the JSON in chunks each starting with the id. Null
 * when there is none (A1 empty).
 */
export function legacySnapshot(rows: unknown[]): Snapshot | null {
  const first = rows[0];
  if (typeof first !== 'string' || first === '') return null;
  let header: { kind?: string; version?: number; id?: string; chunks?: number };
  try {
    header = JSON.parse(first) as typeof header;
  } catch {
    throw new SnapshotDamaged('the header is not JSON');
  }
  if (header.kind !== SNAPSHOT_KIND || (header.version !== 1 && header.version !== 2) || !(Number(header.chunks) >= 0) || typeof header.id !== 'string') {
    throw new SnapshotDamaged('not our header');
  }
  const prefix = `${header.id}:`;
  const parts = rows.slice(1, 1 + Number(header.chunks));
  if (parts.length !== header.chunks || parts.some((p) => typeof p !== 'string' || !p.startsWith(prefix))) throw new SnapshotDamaged('a chunk is missing');
  return snapshotFromJson(parts.map((p) => (p as string).slice(prefix.length)).join(''), header.id);
}

/** How many rows of the legacy sheet hold the snapshot (header and chunks), from its header; 0 when none. */
export function legacyRows(first: unknown): number {
  if (typeof first !== 'string' || first === '') return 0;
  try {
    const chunks = Number((JSON.parse(first) as { chunks?: number }).chunks);
    return Number.isFinite(chunks) && chunks >= 0 ? 1 + chunks : 1;
  } catch {
    return 1;
  }
}
