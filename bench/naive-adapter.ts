/**
 * The deliberately naive Office.js adapter, kept in the bench only: the way an add-in is often first written, one
 * sync per row read and one sync per row written. It does the same work as src/excel (reads values, number
 * formats, formulas, fills and merges; writes the engine's edits; writes the summary sheet's cells; puts the
 * changed cells back), so its syncs and request sizes, measured on the same in-memory Excel in the same run,
 * give the ratio the real adapter is judged by. Never used by the add-in.
 */
import { recalculate } from '../src/core/engine';
import { cellFill, cellFormat, cellValue, type CellValue, type Grid, type SheetGrid } from '../src/core/grid';
import { renderSummary } from '../src/core/summary/render-summary';
import type { EditList } from '../src/core/edit-list';
import type { Edit, EngineOptions } from '../src/core/types';
import type { ExcelRun } from '../src/excel/excel-run';

const ERROR_TEXT = /^#(DIV\/0!|N\/A|NAME\?|NULL!|NUM!|REF!|VALUE!|SPILL!|CALC!|GETTING_DATA)$/;

function fromOffice(v: unknown): CellValue {
  if (v === '' || v === null || v === undefined) return null;
  if (typeof v === 'string' && ERROR_TEXT.test(v)) return { error: v };
  return v as CellValue;
}

function parseA1Areas(address: string): { top: number; left: number; bottom: number; right: number }[] {
  return address.split(',').map((part) => {
    const a1 = part.includes('!') ? part.slice(part.lastIndexOf('!') + 1) : part;
    const [from, to = from] = a1.replace(/\$/g, '').split(':');
    const p = cell(from);
    const q = cell(to);
    return { top: p.row, left: p.col, bottom: q.row, right: q.col };
  });
}
function cell(a: string): { row: number; col: number } {
  const m = /^([A-Z]+)(\d+)$/i.exec(a)!;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + ch.charCodeAt(0) - 64;
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/** Reads every sheet one row per sync. */
export async function naiveReadGrid(run: ExcelRun, skip: (name: string) => boolean = () => false): Promise<Grid> {
  return run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load('items/name');
    await context.sync();
    const out: SheetGrid[] = [];
    for (const ws of sheets.items) {
      if (skip(ws.name)) continue;
      const used = ws.getUsedRangeOrNullObject();
      used.load(['rowIndex', 'columnIndex', 'rowCount', 'columnCount']);
      await context.sync();
      const sheet: SheetGrid = { name: ws.name, values: [], formats: [], formulas: [], fills: [], merges: [] };
      out.push(sheet);
      if (used.isNullObject) continue;
      const merged = used.getMergedAreasOrNullObject();
      merged.load('address');
      await context.sync();
      if (!merged.isNullObject) sheet.merges = parseA1Areas(merged.address);
      const bottom = used.rowIndex + used.rowCount;
      const right = used.columnIndex + used.columnCount;
      for (let r = 0; r < bottom; r++) {
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- the point of this adapter
        const range = ws.getRangeByIndexes(r, 0, 1, right);
        range.load(['values', 'numberFormat', 'formulas']);
        const props = range.getCellProperties({ format: { fill: { color: true } } });
        await context.sync();
        const values = range.values[0];
        const formats = range.numberFormat[0];
        const formulas = range.formulas[0];
        const fills = props.value[0];
        sheet.values[r] = values.map(fromOffice);
        sheet.formats![r] = formats.map((f) => (f === 'General' ? undefined : String(f)));
        sheet.formulas![r] = formulas.map((f) => (typeof f === 'string' && f.startsWith('=') ? true : undefined));
        sheet.fills![r] = fills.map((p) => {
          const color = (p as { format?: { fill?: { color?: string } } }).format?.fill?.color;
          return color && color.toUpperCase() !== '#FFFFFF' ? color.slice(1).toUpperCase() : undefined;
        });
      }
    }
    return { sheets: out };
  });
}

/** Groups cell writes by sheet and row; one sync per row. */
async function writeRows(
  run: ExcelRun,
  cells: { sheet: string; row: number; col: number; value?: string | number | null; numberFormat?: string | null; fill?: string | null }[],
): Promise<void> {
  const rows = new Map<string, typeof cells>();
  for (const c of cells) {
    const k = `${c.sheet}\u0000${c.row}`;
    const list = rows.get(k);
    if (list) list.push(c);
    else rows.set(k, [c]);
  }
  await run(async (context) => {
    for (const list of rows.values()) {
      const ws = context.workbook.worksheets.getItem(list[0].sheet);
      for (const c of list) {
        const range = ws.getRangeByIndexes(c.row, c.col, 1, 1);
        if (c.numberFormat !== undefined) range.numberFormat = [[c.numberFormat ?? 'General']];
        else if (typeof c.value === 'string') range.numberFormat = [['@']];
        if (c.value !== undefined) range.values = [[c.value ?? '']];
        if (c.fill) range.format.fill.color = `#${c.fill}`;
        else if (c.fill === null) range.format.fill.clear();
      }
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- the point of this adapter
      await context.sync();
    }
  });
}

function editCells(edits: Iterable<Edit>) {
  return [...edits].map((e) => ({ sheet: e.sheet, row: e.row, col: e.col, value: e.value, numberFormat: e.numberFormat, fill: e.fill }));
}

export interface NaiveRun {
  edits: EditList;
  /** The grid the edits were planned on (what ย้อนกลับ puts back). */
  grid: Grid;
}

/** คำนวณความก้าวหน้า, naively: read row by row, compute, write row by row. */
export async function naiveRecalc(run: ExcelRun, options: EngineOptions = {}): Promise<NaiveRun> {
  const grid = await naiveReadGrid(run, (n) => n.startsWith('_kpi') || n.startsWith('สรุปผล'));
  const { edits } = recalculate(grid, options);
  await writeRows(run, editCells(edits));
  return { edits, grid };
}

/** สร้างสรุปผล, naively: read, compute, then the summary sheet's cells one row per sync. */
export async function naiveSummary(run: ExcelRun, options: EngineOptions = {}): Promise<void> {
  const grid = await naiveReadGrid(run, (n) => n.startsWith('_kpi') || n.startsWith('สรุปผล'));
  const { report } = recalculate(grid, options);
  const spec = renderSummary(report);
  await run(async (context) => {
    context.workbook.worksheets.add(spec.name);
    await context.sync();
  });
  await writeRows(
    run,
    spec.cells.map((c) => ({ sheet: spec.name, row: c.row, col: c.col, value: c.value, numberFormat: c.numberFormat ?? (c.text ? '@' : undefined) })),
  );
}

/** ย้อนกลับ, naively: every changed cell put back, one sync per row. */
export async function naiveUndo(run: ExcelRun, edits: Iterable<Edit>, grid: Grid): Promise<void> {
  const sheetOf = (name: string) => grid.sheets.find((s) => s.name === name)!;
  await writeRows(
    run,
    [...edits].map((e) => {
      const sheet = sheetOf(e.sheet);
      const before = cellValue(sheet, e.row, e.col);
      return {
        sheet: e.sheet,
        row: e.row,
        col: e.col,
        value: e.value === undefined ? undefined : isErr(before) ? null : (before as string | number | null),
        numberFormat: e.numberFormat === undefined ? undefined : cellFormat(sheet, e.row, e.col),
        fill: e.fill === undefined ? undefined : cellFill(sheet, e.row, e.col),
      };
    }),
  );
}

function isErr(v: CellValue): boolean {
  return typeof v === 'object' && v !== null;
}
