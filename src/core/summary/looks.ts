/**
 * How the summary looks: status colours (Excel's Good / Neutral / Bad) and the cell styles its tables share.
 */
import type { Status } from '../types';
import { Builder, SIZE, THIN, type CellStyle } from './layout';
import * as P from './phrases';

const COLOURS: Record<Status, { fill?: string; color: string }> = {
  behind: { fill: 'FFC7CE', color: '9C0006' }, // Excel's "Bad"
  'on-plan': { fill: 'FFEB9C', color: '9C5700' }, // Excel's "Neutral"
  ahead: { fill: 'C6EFCE', color: '006100' }, // Excel's "Good"
  'not-due': { color: '595959' },
  'no-data': { fill: 'F2F2F2', color: '7F6000' },
};

/**
 * A look shared by every cell that has it: the adapters only read styles, and a summary of 100,000 indicators has
 * a million cells (an object or three per cell's style cost more in garbage collection than laying them out).
 */
const numberStyles = new Map<string, CellStyle>();
const orderStyles = new Map<string, CellStyle>();
const statusStyles = new Map<string, CellStyle>();

function shared(styles: Map<string, CellStyle>, key: string, make: () => CellStyle): CellStyle {
  let style = styles.get(key);
  if (style === undefined) styles.set(key, (style = make()));
  return style;
}

export function numberStyle(numberFormat: string): CellStyle {
  return shared(numberStyles, numberFormat, () => ({ numberFormat, border: THIN, alignment: { horizontal: 'right', vertical: 'top' } }));
}

/** The number in a table's ลำดับ column. */
export function orderStyle(numberFormat: string): CellStyle {
  return shared(orderStyles, numberFormat, () => ({ numberFormat, border: THIN, alignment: { horizontal: 'center', vertical: 'top' } }));
}

export function statusStyle(s: Status, horizontal: 'left' | 'center' = 'center'): CellStyle {
  return shared(statusStyles, horizontal === 'center' ? s : `${s} left`, () => {
    const c = COLOURS[s];
    const style: CellStyle = {
      font: { color: c.color, bold: s === 'behind' },
      border: THIN,
      alignment: { horizontal, vertical: 'top', wrap: true },
    };
    if (c.fill) style.fill = c.fill;
    return style;
  });
}

/** Lines of a status word in its column (five words, a million rows). */
const statusLineCounts = new Map<Status, number>();

export function statusLines(b: Builder, s: Status): number {
  let n = statusLineCounts.get(s);
  if (n === undefined) statusLineCounts.set(s, (n = b.linesIn(P.status(s), 6, 6, SIZE, s === 'behind')));
  return n;
}

export const BORDER_ONLY: CellStyle = { border: THIN };
export const NAME_STYLE: CellStyle = { text: true, border: THIN, alignment: { horizontal: 'left', vertical: 'top', wrap: true } };
export const NO_FIGURE_STYLE: CellStyle = { border: THIN, alignment: { horizontal: 'center', vertical: 'top' } };
