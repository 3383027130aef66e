/**
 * What a sync keeps to roll itself back, and what Ctrl+Z takes back: copy-on-write, so a sync that changes a few
 * rows copies those rows, not the workbook. The sheet list, names and selection are small and always kept;
 * of a sheet, what the sync is about to change (its settings, merges and layout, and the rows it names).
 *
 * Whatever a record did not copy is taken from the workbook as it is when the record is restored: records are
 * restored newest first (and a failed sync's at once), so by then every later change has been taken back.
 */
import type { MemCell, MemName, MemSheet, MemWorkbook, MemXmlPart } from './state';

/** Rows `top`…`bottom`, 0-based inclusive. */
export interface RowSpan {
  top: number;
  bottom: number;
}

/** For a change to a sheet's settings, merges or layout that leaves its cells alone. */
export const NO_ROWS: RowSpan = { top: 0, bottom: -1 };

type Row = (MemCell | undefined)[];

interface SheetCopy {
  /** The sheet with no cells (`rows` empty), as it was. */
  meta: MemSheet;
  /** Rows as they were before their first change (undefined: there was none). Rows from `length` on are new. */
  rows: Map<number, Row | undefined>;
  length: number;
  /** Every row was copied (the sheet can be rebuilt from the copy: it was deleted). */
  whole: boolean;
}

export interface Saved {
  sheetIds: number[];
  sheets: Map<number, SheetCopy>;
  names: MemName[];
  /** Custom XML parts are kept whole (a part is replaced, never changed in place, so the list is copied, not them). */
  customXmlParts: MemXmlPart[];
  activeSheetId: number | null;
  selection: MemWorkbook['selection'];
  nextId: number;
}

export function saveWorkbook(wb: MemWorkbook): Saved {
  return {
    sheetIds: wb.sheets.map((s) => s.id),
    sheets: new Map(),
    names: wb.names.map((n) => ({ ...n })),
    customXmlParts: wb.customXmlParts.map((p) => ({ ...p })),
    activeSheetId: wb.activeSheetId,
    selection: wb.selection && { ...wb.selection },
    nextId: wb.nextId,
  };
}

/** Copies what `saved` lacks of the sheet before a change to it: its settings, and `rows` (all when absent). */
export function keepSheet(saved: Saved, sheet: MemSheet, rows?: RowSpan): void {
  // A sheet added since needs nothing: restoring the sheet list takes it away.
  if (!saved.sheetIds.includes(sheet.id)) return;
  let copy = saved.sheets.get(sheet.id);
  if (!copy) {
    // Merged areas are never changed in place (only added, or the list replaced): their list is copied, not them.
    const meta = { ...structuredClone({ ...sheet, rows: [], merges: [] }), merges: [...sheet.merges] };
    copy = { meta, rows: new Map(), length: sheet.rows.length, whole: false };
    saved.sheets.set(sheet.id, copy);
  }
  if (copy.whole) return;
  if (!rows) copy.whole = true;
  const top = Math.max(0, rows?.top ?? 0);
  const bottom = Math.min(rows?.bottom ?? Infinity, copy.length - 1);
  for (let r = top; r <= bottom; r++) {
    if (copy.rows.has(r)) continue;
    const row = sheet.rows[r];
    copy.rows.set(r, row && structuredClone(row));
  }
}

/** Puts the workbook back as saved; the copies go live (a record is restored once, then dropped). */
export function restoreWorkbook(wb: MemWorkbook, saved: Saved): void {
  const live = new Map(wb.sheets.map((s) => [s.id, s]));
  wb.sheets = saved.sheetIds.map((id) => {
    const copy = saved.sheets.get(id);
    const sheet = live.get(id);
    if (sheet && !copy) return sheet;
    // A sheet can be missing only when deleted later, and its deletion was restored first, with a whole copy.
    if (!copy || (!sheet && !copy.whole)) throw new Error(`in-memory Excel: nothing saved to restore sheet ${id}`);
    const into = sheet ?? copy.meta;
    if (sheet) {
      const fields = sheet as unknown as Record<string, unknown>;
      const meta = copy.meta as unknown as Record<string, unknown>;
      for (const key of Object.keys(fields)) if (key !== 'rows' && !(key in meta)) delete fields[key];
      for (const key of Object.keys(meta)) if (key !== 'rows') fields[key] = meta[key];
    }
    for (const [r, row] of copy.rows) {
      if (row) into.rows[r] = row;
      else delete into.rows[r];
    }
    into.rows.length = copy.length;
    return into;
  });
  wb.names = saved.names;
  wb.customXmlParts = saved.customXmlParts;
  wb.activeSheetId = saved.activeSheetId;
  wb.selection = saved.selection;
  wb.nextId = saved.nextId;
}
