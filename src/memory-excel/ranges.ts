/** worksheet.getRanges of the in-memory Excel: many ranges as one object, for their format. */
import type { CellRange } from '../core/grid';
import { parseAreas } from '../core/address';
import { writable } from './base';
import type { MemoryContext } from './context';
import { MemoryOfficeError, type Tx } from './engine';
import { RangeProxy } from './range';
import { RANGES_ADDRESS } from './rules';
import type { MemSheet } from './state';
import type { WorksheetProxy } from './worksheet';

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
      writable(tx, sheet, rect, 'format');
      for (let r = rect.top; r <= rect.bottom; r++) for (let c = rect.left; c <= rect.right; c++) f(sheet, r, c);
    }
  }
}
