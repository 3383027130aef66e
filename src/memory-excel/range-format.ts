/** RangeFormat and RangeFill of the in-memory Excel: fills, fonts, borders, alignment, widths and heights. */
import type { CellRange } from '../core/grid';
import { checkEnum } from './rules';
import { FormatProtectionProxy } from './protection';
import { ClientObject, notLoaded, writable } from './base';
import type { MemoryContext } from './context';
import { MemoryOfficeError, type Tx } from './engine';
import type { RangeProxy } from './range';
import { NO_ROWS } from './saved';
import { cellAt, type MemSheet, type MemStyle } from './state';

export class RangeFormatProxy extends ClientObject {
  protected readonly _type = 'RangeFormat';
  override _reach(): number[] {
    return [...this.range._reach(), this._id];
  }
  override _pathArgs(): unknown {
    return this.range._pathArgs();
  }
  readonly fill: RangeFillProxy;
  readonly protection: FormatProtectionProxy;
  readonly font: Record<string, unknown>;
  readonly borders: { getItem(edge: string): Record<string, unknown> };

  constructor(
    context: MemoryContext,
    private readonly range: RangeProxy,
  ) {
    super(context);
    this.fill = new RangeFillProxy(context, range, (path, value, apply) => this._style(path, value, apply));
    this.protection = new FormatProtectionProxy(context, range, this._id);
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
      writable(tx, sheet, this.range.kind === 'sheet' ? NO_ROWS : rect, 'format');
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
      writable(tx, sheet, NO_ROWS, 'format');
      sheet.sheetFont = { ...sheet.sheetFont, [key]: value };
    });
  }

  private _cells(prop: string, value: unknown, apply: (sheet: MemSheet, rect: CellRange) => void): void {
    this._command({ set: prop, value }, (tx) => {
      const { sheet, rects } = this.range._rects(tx);
      // Widths, heights: the sheet's settings, not its cells ("Format columns", "Format rows" on a protected sheet).
      writable(tx, sheet, NO_ROWS, prop === 'columnWidth' ? 'columns' : 'rows');
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
