/** Range, RangeAreas, RangeFormat and RangeFill of the in-memory Excel: the part of the API the adapter uses. */
import { checkEnum, MERGED_AREAS, RANGES_ADDRESS, READ_CELLS, tooManyMergedAreas } from './rules';
import { inRange } from '../core/grid';
import type { CellRange } from '../core/grid';
import { a1, MAX_COLS, parseAreas, sheetA1 } from '../core/address';
import { ClientObject, itemNotFound, notLoaded, writable } from './base';
import type { MemoryContext } from './context';
import { MemoryOfficeError, type Tx } from './engine';
import { NO_ROWS } from './saved';
import { cellAt, intersects, mergesMeeting, readFormula, readValue, writeNumberFormat, writeValue, type MemSheet, type MemStyle } from './state';
import type { WorksheetProxy } from './workbook';

type RectResolver = (tx: Tx) => CellRange | null;

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
      case 'values':
        return grid((r, c) => readValue(cellAt(sheet, r, c)));
      case 'formulas':
        return grid((r, c) => readFormula(cellAt(sheet, r, c)));
      case 'numberFormat':
        return grid((r, c) => cellAt(sheet, r, c)?.numberFormat ?? 'General');
      case 'text':
        return grid((r, c) => String(readValue(cellAt(sheet, r, c))));
      default:
        throw new MemoryOfficeError('InvalidArgument', `Range.${prop} is not modelled`);
    }
  }

  get address(): string {
    return this._get('address');
  }
  get rowCount(): number {
    return this._get('rowCount');
  }
  get columnCount(): number {
    return this._get('columnCount');
  }
  get rowIndex(): number {
    return this._get('rowIndex');
  }
  get columnIndex(): number {
    return this._get('columnIndex');
  }
  get values(): unknown[][] {
    return this._get('values');
  }
  set values(value: unknown[][]) {
    this._setCells('values', value, writeValue);
  }
  get numberFormat(): unknown[][] {
    return this._get('numberFormat');
  }
  set numberFormat(value: unknown[][]) {
    this._setCells('numberFormat', value, writeNumberFormat);
  }
  get formulas(): unknown[][] {
    return this._get('formulas');
  }
  set formulas(value: unknown[][]) {
    this._setCells('formulas', value, writeValue);
  }
  get text(): string[][] {
    return this._get('text');
  }
  set columnHidden(value: boolean) {
    this._command({ set: 'columnHidden', value }, (tx) => {
      const { sheet, rect } = this._range(tx);
      writable(tx, sheet, NO_ROWS);
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
      writable(tx, sheet, rect);
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
    writable(tx, sheet, this.kind === 'sheet' ? NO_ROWS : rect);
    if (this.kind === 'sheet') return;
    for (let r = rect.top; r <= rect.bottom; r++) for (let c = rect.left; c <= rect.right; c++) f(sheet, r, c);
  }

  merge(across = false): void {
    this._command({ call: 'merge', args: [across] }, (tx) => {
      const { sheet, rect } = this._range(tx);
      writable(tx, sheet, rect);
      const parts = across
        ? Array.from({ length: rect.bottom - rect.top + 1 }, (_, i) => ({ ...rect, top: rect.top + i, bottom: rect.top + i }))
        : [rect];
      for (const part of parts) {
        if (mergesMeeting(sheet, part).length) {
          throw new MemoryOfficeError('InvalidOperation', 'Cannot merge cells that overlap a merged area.');
        }
        for (let r = part.top; r <= part.bottom; r++) {
          for (let c = part.left; c <= part.right; c++) {
            if (r === part.top && c === part.left) continue;
            const cell = cellAt(sheet, r, c);
            if (cell) {
              cell.value = null;
              delete cell.formula;
            }
          }
        }
        sheet.merges.push({ ...part });
      }
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
      writable(tx, sheet, rect);
      for (let r = rect.top; r <= Math.min(rect.bottom, sheet.rows.length - 1); r++) {
        const row = sheet.rows[r];
        if (!row) continue;
        for (let c = rect.left; c <= Math.min(rect.right, row.length - 1); c++) {
          const cell = row[c];
          if (!cell) continue;
          if (applyTo === 'All' || applyTo === 'Contents') {
            cell.value = null;
            delete cell.formula;
          }
          if (applyTo === 'All' || applyTo === 'Formats') {
            delete cell.numberFormat;
            delete cell.style;
          }
        }
      }
      if (applyTo === 'All' || applyTo === 'Formats') sheet.merges = sheet.merges.filter((m) => !intersects(m, rect));
    });
  }

  /** [ExcelApi 1.9] Only format.fill.color is modelled: '#RRGGBB', '#FFFFFF' for a cell with no fill (as Excel). */
  getCellProperties(options: { format?: { fill?: { color?: boolean } } }): ClientResultProxy<unknown[][]> {
    const result = new ClientResultProxy<unknown[][]>();
    this.context.enqueue({
      json: { on: this._id, call: 'getCellProperties', args: [options] },
      exec: (tx) => {
        const { sheet, rect } = this._range(tx);
        const out: unknown[][] = [];
        for (let r = rect.top; r <= rect.bottom; r++) {
          const row: unknown[] = [];
          for (let c = rect.left; c <= rect.right; c++) {
            const fill = cellAt(sheet, r, c)?.style?.fill;
            row.push(options.format?.fill?.color ? { format: { fill: { color: `#${fill ?? 'FFFFFF'}` } } } : {});
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
      const areas: CellRange[] = [];
      for (let r = rect.top; r <= Math.min(rect.bottom, sheet.rows.length - 1); r++) {
        const row = sheet.rows[r];
        if (!row) continue;
        let start = -1;
        for (let c = rect.left; c <= Math.min(rect.right, row.length - 1) + 1; c++) {
          const isFormula = c <= rect.right && row[c]?.formula !== undefined;
          if (isFormula && start < 0) start = c;
          if (!isFormula && start >= 0) {
            areas.push({ top: r, bottom: r, left: start, right: c - 1 });
            start = -1;
          }
        }
      }
      return areas.length ? { sheet, areas } : null;
    });
  }
}

export class RangeAreasProxy extends ClientObject {
  protected readonly _type = 'RangeAreas';
  private _resolved: { sheet: MemSheet; areas: CellRange[] } | null | undefined;
  constructor(
    context: MemoryContext,
    readonly range: RangeProxy,
    private readonly resolver: (tx: Tx) => { sheet: MemSheet; areas: CellRange[] } | null,
  ) {
    super(context);
    this._watchNull((tx) => this._areas(tx));
  }
  _areas(tx: Tx): { sheet: MemSheet; areas: CellRange[] } | null {
    if (this._resolved === undefined) this._resolved = this.resolver(tx);
    return this._resolved;
  }
  protected _read(tx: Tx, prop: string): unknown {
    const found = this._areas(tx);
    if (!found) return null; // a null object loads nothing; read isNullObject first
    if (prop === 'address') return found.areas.map((a) => sheetA1(found.sheet.name, a)).join(',');
    if (prop === 'areaCount') return found.areas.length;
    throw new MemoryOfficeError('InvalidArgument', `RangeAreas.${prop} is not modelled`);
  }
  get address(): string {
    return this._get('address');
  }
  get areaCount(): number {
    return this._get('areaCount');
  }
}

/**
 * worksheet.getRanges(address): many ranges as one object, to format them in one command. Its format's fill, font,
 * alignment, row heights and column widths are modelled; anything else (values, borders, merges) throws. Excel
 * refuses address lists of about 8,000 characters and more (OfficeDev/office-js#5198: 8,207 failed), so the
 * in-memory Excel refuses them from 8,000.
 */
export class AreasRangeProxy extends RangeProxy {
  private readonly areas: CellRange[];

  constructor(
    context: MemoryContext,
    sheet: WorksheetProxy,
    private readonly areasAddress: string,
  ) {
    super(context, sheet, () => null);
    this.areas = parseAreas(areasAddress);
  }

  override _pathArgs(): unknown {
    return this.areasAddress;
  }

  override _range(): never {
    throw new MemoryOfficeError('InvalidArgument', 'Of worksheet.getRanges only the format (fill, font, alignment, row heights, column widths) is modelled');
  }

  override _rects(tx: Tx): { sheet: MemSheet; rects: CellRange[] } {
    if (this.areasAddress.length >= RANGES_ADDRESS) {
      throw new MemoryOfficeError('InvalidArgument', 'The argument is invalid or missing or has an incorrect format.');
    }
    return { sheet: this.sheet._sheet(tx), rects: this.areas };
  }

  override _eachCell(tx: Tx, f: (sheet: MemSheet, r: number, c: number) => void): void {
    const { sheet, rects } = this._rects(tx);
    for (const rect of rects) {
      writable(tx, sheet, rect);
      for (let r = rect.top; r <= rect.bottom; r++) for (let c = rect.left; c <= rect.right; c++) f(sheet, r, c);
    }
  }
}

export class ClientResultProxy<T> {
  private _value: T | undefined;
  private _done = false;
  _set(value: T): void {
    this._value = value;
    this._done = true;
  }
  get value(): T {
    if (!this._done) throw notLoaded('value', 'ClientResult');
    return this._value as T;
  }
}

// ---------------------------------------------------------------------------------------------------------------

export class RangeFormatProxy extends ClientObject {
  protected readonly _type = 'RangeFormat';
  override _reach(): number[] {
    return [...this.range._reach(), this._id];
  }
  override _pathArgs(): unknown {
    return this.range._pathArgs();
  }
  readonly fill: RangeFillProxy;
  readonly font: Record<string, unknown>;
  readonly borders: { getItem(edge: string): Record<string, unknown> };

  constructor(
    context: MemoryContext,
    private readonly range: RangeProxy,
  ) {
    super(context);
    this.fill = new RangeFillProxy(context, range, (path, value, apply) => this._style(path, value, apply));
    const font: Record<string, unknown> = {};
    for (const key of ['name', 'size', 'bold', 'italic', 'underline', 'color'] as const) {
      Object.defineProperty(font, key, {
        get: () => {
          throw notLoaded(key, 'RangeFont');
        },
        set: (value: unknown) => {
          if (this.range.kind === 'sheet') {
            this._sheetFont(key, value);
            return;
          }
          this._style(`font.${key}`, value, (s) => {
            if (key === 'underline') checkEnum('underline', value);
            s.font = { ...s.font, [key]: key === 'color' ? String(value).replace('#', '').toUpperCase() : value };
          });
        },
      });
    }
    this.font = font;
    this.borders = {
      getItem: (edge: string) => {
        const border: Record<string, unknown> = {};
        for (const key of ['style', 'color', 'weight'] as const) {
          Object.defineProperty(border, key, { set: (value: unknown) => this._border(edge, key, value) });
        }
        return border;
      },
    };
  }

  protected _read(): unknown {
    throw new MemoryOfficeError('InvalidArgument', 'RangeFormat loads are not modelled');
  }

  _style(path: string, value: unknown, apply: (s: MemStyle) => void): void {
    this._command({ set: path, value }, (tx) =>
      this.range._eachCell(tx, (sheet, r, c) => {
        const cell = cellAt(sheet, r, c, true);
        apply((cell.style ??= {}));
        if (Object.keys(cell.style).length === 0) delete cell.style;
      }),
    );
  }

  /**
   * A border of the range, kept on each cell it runs along as Excel shows it: EdgeTop on the top row's cells,
   * InsideHorizontal as the bottom edge of every row but the last and the top edge of every row but the first.
   */
  private _border(edge: string, key: string, value: unknown): void {
    this._command({ set: `borders.${edge}.${key}`, value }, (tx) => {
      if (key !== 'color') checkEnum(`border.${key}`, value);
      const { sheet, rect } = this.range._range(tx);
      writable(tx, sheet, this.range.kind === 'sheet' ? NO_ROWS : rect);
      if (this.range.kind === 'sheet') return; // whole-sheet borders are not modelled
      const set = (r: number, c: number, stored: string) => {
        const s = (cellAt(sheet, r, c, true).style ??= {});
        s.borders = { ...s.borders, [stored]: { ...s.borders?.[stored], [key]: value } };
      };
      const { top, left, bottom, right } = rect;
      for (let r = top; r <= bottom; r++) {
        for (let c = left; c <= right; c++) {
          if (edge === 'InsideHorizontal') {
            if (r > top) set(r, c, 'EdgeTop');
            if (r < bottom) set(r, c, 'EdgeBottom');
          } else if (edge === 'InsideVertical') {
            if (c > left) set(r, c, 'EdgeLeft');
            if (c < right) set(r, c, 'EdgeRight');
          } else if (
            (edge === 'EdgeTop' && r === top) ||
            (edge === 'EdgeBottom' && r === bottom) ||
            (edge === 'EdgeLeft' && c === left) ||
            (edge === 'EdgeRight' && c === right) ||
            edge.startsWith('Diagonal')
          ) {
            set(r, c, edge);
          }
        }
      }
    });
  }

  private _sheetFont(key: string, value: unknown): void {
    this._command({ set: `font.${key}`, value }, (tx) => {
      const { sheet } = this.range._range(tx);
      writable(tx, sheet, NO_ROWS);
      sheet.sheetFont = { ...sheet.sheetFont, [key]: value };
    });
  }

  private _cells(prop: string, value: unknown, apply: (sheet: MemSheet, rect: CellRange) => void): void {
    this._command({ set: prop, value }, (tx) => {
      const { sheet, rects } = this.range._rects(tx);
      writable(tx, sheet, NO_ROWS); // widths, heights: the sheet's settings, not its cells
      for (const rect of rects) apply(sheet, rect);
    });
  }

  set horizontalAlignment(value: string) {
    this._style('horizontalAlignment', value, (s) => {
      checkEnum('horizontalAlignment', value);
      s.horizontalAlignment = value;
    });
  }
  set verticalAlignment(value: string) {
    this._style('verticalAlignment', value, (s) => {
      checkEnum('verticalAlignment', value);
      s.verticalAlignment = value;
    });
  }
  set wrapText(value: boolean) {
    this._style('wrapText', value, (s) => (s.wrapText = value));
  }
  set indentLevel(value: number) {
    this._style('indentLevel', value, (s) => (s.indentLevel = value));
  }
  set columnWidth(value: number) {
    this._cells('columnWidth', value, (sheet, rect) => {
      for (let c = rect.left; c <= rect.right; c++) sheet.columnWidths[c] = value;
    });
  }
  set rowHeight(value: number) {
    this._cells('rowHeight', value, (sheet, rect) => {
      // Excel's row height is 0 to 409 points (Range.format.rowHeight; Excel's own limit).
      if (!(value >= 0 && value <= 409)) throw new MemoryOfficeError('InvalidArgument', `rowHeight ${value} is not 0 to 409 points.`);
      for (let r = rect.top; r <= rect.bottom; r++) sheet.rowHeights[r] = value;
    });
  }
  autofitRows(): void {
    this._cells('autofitRows', null, () => undefined);
  }
}

/** Range.format.fill: color (the one colour of every cell, null when they differ; '#FFFFFF' when none), clear(). */
export class RangeFillProxy extends ClientObject {
  protected readonly _type = 'RangeFill';
  override _reach(): number[] {
    return [...this.range._reach(), this.range.format._id, this._id];
  }
  override _pathArgs(): unknown {
    return this.range._pathArgs();
  }
  constructor(
    context: MemoryContext,
    private readonly range: RangeProxy,
    private readonly style: (path: string, value: unknown, apply: (s: MemStyle) => void) => void,
  ) {
    super(context);
  }
  protected override _loadable(): string[] {
    return ['color'];
  }
  protected _read(tx: Tx, prop: string): unknown {
    if (prop !== 'color') throw new MemoryOfficeError('InvalidArgument', `RangeFill.${prop} is not modelled`);
    const { sheet, rect } = this.range._range(tx);
    let colour: string | undefined;
    for (let r = rect.top; r <= rect.bottom; r++) {
      for (let c = rect.left; c <= rect.right; c++) {
        const here = `#${cellAt(sheet, r, c)?.style?.fill ?? 'FFFFFF'}`;
        if (colour === undefined) colour = here;
        else if (colour !== here) return null;
      }
    }
    return colour ?? '#FFFFFF';
  }
  get color(): string {
    return this._get('color');
  }
  set color(value: string) {
    this.style('fill.color', value, (s) => (s.fill = value.replace('#', '').toUpperCase()));
  }
  clear(): void {
    this.style('fill.clear', null, (s) => delete s.fill);
  }
}
