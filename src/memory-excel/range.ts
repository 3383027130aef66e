/**
 * Range of the in-memory Excel: the part of the API the adapter uses. Its RangeAreas are in range-areas.ts, its
 * RangeFormat and RangeFill in range-format.ts, worksheet.getRanges in ranges.ts.
 */
import { MERGED_AREAS, READ_CELLS, tooManyMergedAreas } from './rules';
import { inRange } from '../core/grid';
import type { CellRange } from '../core/grid';
import { a1, MAX_COLS, sheetA1 } from '../core/address';
import { ClientObject, itemNotFound, writable } from './base';
import type { MemoryContext } from './context';
import { MemoryOfficeError, type Tx } from './engine';
import { NO_ROWS } from './saved';
import { clearCells, formulaAreas, mergeCells } from './range-cells';
import { ClientResultProxy, RangeAreasProxy } from './range-areas';
import { RangeFormatProxy } from './range-format';
import { isLocked } from './rules';
import { intersects, mergesMeeting } from './merged-areas';
import { cellAt, readFormula, readValue, writeNumberFormat, writeValue, type MemCell, type MemSheet } from './state';
import type { WorksheetProxy } from './worksheet';

type RectResolver = (tx: Tx) => CellRange | null;

/** The properties read and set cell by cell: what each reads from a cell, and how a value set is written into one. */
const CELL_PROPERTIES: Record<string, { read: (cell: MemCell | undefined) => unknown; write?: (s: MemSheet, r: number, c: number, v: unknown) => void }> = {
  values: { read: readValue, write: writeValue },
  formulas: { read: readFormula, write: writeValue },
  numberFormat: { read: (cell) => cell?.numberFormat ?? 'General', write: writeNumberFormat },
  text: { read: (cell) => String(readValue(cell)) },
};

export class RangeProxy extends ClientObject {
  protected readonly _type = 'Range';
  private _rect: CellRange | null | undefined;
  readonly format: RangeFormatProxy;

  constructor(
    context: MemoryContext,
    readonly sheet: WorksheetProxy,
    private readonly resolveRect: RectResolver,
    readonly kind: 'range' | 'sheet' = 'range',
    nullable = false,
  ) {
    super(context);
    if (nullable) this._watchNull((tx) => this._range(tx, true));
    this.format = new RangeFormatProxy(context, this);
  }

  _range(tx: Tx, nullable: true): { sheet: MemSheet; rect: CellRange } | null;
  _range(tx: Tx, nullable?: false): { sheet: MemSheet; rect: CellRange };
  _range(tx: Tx, nullable = false): { sheet: MemSheet; rect: CellRange } | null {
    const sheet = this.sheet._sheet(tx);
    if (this._rect === undefined) this._rect = this.resolveRect(tx);
    if (!this._rect) {
      if (nullable) return null;
      throw itemNotFound('range');
    }
    return { sheet, rect: this._rect };
  }

  protected override _loadable(): string[] {
    return ['address', 'values', 'numberFormat', 'formulas', 'rowCount', 'columnCount', 'rowIndex', 'columnIndex'];
  }

  protected _read(tx: Tx, prop: string): unknown {
    const { sheet, rect } = this._range(tx);
    const grid = <T>(f: (r: number, c: number) => T): T[][] | null => {
      // Over 5,000,000 cells Excel answers null, no error (rules.ts READ_CELLS).
      if ((rect.bottom - rect.top + 1) * (rect.right - rect.left + 1) > READ_CELLS) return null;
      const out: T[][] = [];
      for (let r = rect.top; r <= rect.bottom; r++) {
        const row: T[] = [];
        for (let c = rect.left; c <= rect.right; c++) row.push(f(r, c));
        out.push(row);
      }
      return out;
    };
    switch (prop) {
      case 'address':
        return sheetA1(sheet.name, rect);
      case 'rowCount':
        return rect.bottom - rect.top + 1;
      case 'columnCount':
        return rect.right - rect.left + 1;
      case 'rowIndex':
        return rect.top;
      case 'columnIndex':
        return rect.left;
      default: {
        const cells = CELL_PROPERTIES[prop];
        if (!cells) throw new MemoryOfficeError('InvalidArgument', `Range.${prop} is not modelled`);
        return grid((r, c) => cells.read(cellAt(sheet, r, c)));
      }
    }
  }

  declare readonly address: string;
  declare readonly rowCount: number;
  declare readonly columnCount: number;
  declare readonly rowIndex: number;
  declare readonly columnIndex: number;
  declare values: unknown[][];
  declare numberFormat: unknown[][];
  declare formulas: unknown[][];
  declare readonly text: string[][];
  static {
    ClientObject.loadedProperties(RangeProxy, ['address', 'rowCount', 'columnCount', 'rowIndex', 'columnIndex', ...Object.keys(CELL_PROPERTIES)]);
    for (const [prop, { write }] of Object.entries(CELL_PROPERTIES)) {
      if (!write) continue;
      const get = Object.getOwnPropertyDescriptor(RangeProxy.prototype, prop)?.get;
      Object.defineProperty(RangeProxy.prototype, prop, {
        configurable: true,
        get,
        set(this: RangeProxy, value: unknown[][]) {
          this._setCells(prop, value, write);
        },
      });
    }
  }
  set columnHidden(value: boolean) {
    this._command({ set: 'columnHidden', value }, (tx) => {
      const { sheet, rect } = this._range(tx);
      writable(tx, sheet, NO_ROWS, 'columns');
      const hidden = new Set((sheet.layout.hiddenColumns as number[] | undefined) ?? []);
      for (let c = rect.left; c <= rect.right; c++) {
        if (value) hidden.add(c);
        else hidden.delete(c);
      }
      sheet.layout.hiddenColumns = [...hidden].sort((a, b) => a - b);
    });
  }

  private _setCells(prop: string, value: unknown[][], write: (s: MemSheet, r: number, c: number, v: unknown) => void): void {
    this._command({ set: prop, value }, (tx) => {
      const { sheet, rect } = this._range(tx);
      writable(tx, sheet, rect, prop === 'numberFormat' ? 'format' : 'contents');
      const rows = rect.bottom - rect.top + 1;
      const cols = rect.right - rect.left + 1;
      const single = !Array.isArray(value);
      if (!single && (value.length !== rows || value.some((row) => !Array.isArray(row) || row.length !== cols))) {
        throw new MemoryOfficeError(
          'InvalidArgument',
          `The number of rows or columns in the input array doesn't match the size or dimensions of the range.`,
        );
      }
      // Cells inside a merged area other than its top-left one: Excel refuses a value there.
      const covered = new Set<number>();
      if (prop !== 'numberFormat') {
        for (const m of mergesMeeting(sheet, rect)) {
          for (let r = m.top; r <= m.bottom; r++)
            for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) covered.add(r * MAX_COLS + c);
        }
      }
      for (let r = 0; r < rows; r++) {
        for (let c = 0; c < cols; c++) {
          const v = single ? value : value[r][c];
          if (v !== null && v !== undefined && v !== '' && covered.has((rect.top + r) * MAX_COLS + rect.left + c)) {
            throw new MemoryOfficeError('InvalidOperation', 'Cannot change part of a merged cell.');
          }
          write(sheet, rect.top + r, rect.left + c, v);
        }
      }
    });
  }

  /** The rectangles the range covers: one (a RangeAreas has several). */
  _rects(tx: Tx): { sheet: MemSheet; rects: CellRange[] } {
    const { sheet, rect } = this._range(tx);
    return { sheet, rects: [rect] };
  }

  _eachCell(tx: Tx, f: (sheet: MemSheet, r: number, c: number) => void): void {
    const { sheet, rect } = this._range(tx);
    // Whole-sheet formats are kept on the sheet, see RangeFormatProxy.
    writable(tx, sheet, this.kind === 'sheet' ? NO_ROWS : rect, 'format');
    if (this.kind === 'sheet') return;
    for (let r = rect.top; r <= rect.bottom; r++) for (let c = rect.left; c <= rect.right; c++) f(sheet, r, c);
  }

  merge(across = false): void {
    this._command({ call: 'merge', args: [across] }, (tx) => {
      const { sheet, rect } = this._range(tx);
      writable(tx, sheet, rect);
      mergeCells(sheet, rect, across);
    });
  }

  unmerge(): void {
    this._command({ call: 'unmerge' }, (tx) => {
      const { sheet, rect } = this._range(tx);
      writable(tx, sheet, NO_ROWS);
      sheet.merges = sheet.merges.filter((m) => !intersects(m, rect));
    });
  }

  select(): void {
    this._command({ call: 'select' }, (tx) => {
      const { sheet, rect } = this._range(tx);
      if (sheet.visibility !== 'Visible') throw new MemoryOfficeError('InvalidOperation', 'Cannot select on a hidden sheet.');
      tx.wb.activeSheetId = sheet.id;
      tx.wb.selection = { sheetId: sheet.id, address: a1(rect) };
    });
  }

  clear(applyTo = 'All'): void {
    this._command({ call: 'clear', args: [applyTo] }, (tx) => {
      const { sheet, rect } = this._range(tx);
      if (applyTo !== 'Formats') writable(tx, sheet, rect, 'contents');
      if (applyTo !== 'Contents') writable(tx, sheet, rect, 'format');
      clearCells(sheet, rect, applyTo);
      if (applyTo === 'All' || applyTo === 'Formats') sheet.merges = sheet.merges.filter((m) => !intersects(m, rect));
    });
  }

  /**
   * [ExcelApi 1.9] Only format.fill.color ('#RRGGBB', '#FFFFFF' for a cell with no fill, as Excel) and
   * format.protection (locked; formulaHidden is always false here) are modelled.
   */
  getCellProperties(options: { format?: { fill?: { color?: boolean }; protection?: boolean } }): ClientResultProxy<unknown[][]> {
    const result = new ClientResultProxy<unknown[][]>();
    this.context.enqueue({
      json: { on: this._id, call: 'getCellProperties', args: [options] },
      exec: (tx) => {
        const { sheet, rect } = this._range(tx);
        const out: unknown[][] = [];
        for (let r = rect.top; r <= rect.bottom; r++) {
          const row: unknown[] = [];
          for (let c = rect.left; c <= rect.right; c++) {
            const cell = cellAt(sheet, r, c);
            const format: Record<string, unknown> = {};
            if (options.format?.fill?.color) format.fill = { color: `#${cell?.style?.fill ?? 'FFFFFF'}` };
            if (options.format?.protection) format.protection = { locked: isLocked(cell), formulaHidden: false };
            row.push(Object.keys(format).length ? { format } : {});
          }
          out.push(row);
        }
        tx.respond(out);
        return () => result._set(out);
      },
    });
    return result;
  }

  /** [ExcelApi 1.13] */
  getMergedAreasOrNullObject(): RangeAreasProxy {
    return new RangeAreasProxy(this.context, this, (tx) => {
      const { sheet, rect } = this._range(tx);
      // Only the areas whose top-left cell is in the range; more than 512 fails (rules.ts MERGED_AREAS).
      const areas = sheet.merges.filter((m) => inRange(rect, m.top, m.left));
      if (areas.length > MERGED_AREAS) throw tooManyMergedAreas(areas.length);
      return areas.length ? { sheet, areas } : null;
    });
  }

  /** [ExcelApi 1.9] Only 'Formulas' (with no value type) is modelled. */
  getSpecialCellsOrNullObject(cellType: string): RangeAreasProxy {
    return new RangeAreasProxy(this.context, this, (tx) => {
      if (cellType !== 'Formulas') throw new MemoryOfficeError('InvalidArgument', `special cells ${cellType} not modelled`);
      const { sheet, rect } = this._range(tx);
      const areas = formulaAreas(sheet, rect);
      return areas.length ? { sheet, areas } : null;
    });
  }
}
