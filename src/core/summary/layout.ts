/**
 * The summary sheet's layout: columns, fonts, borders, and the Builder that writes it row by row, sizing each
 * row for its text and breaking the pages itself (a table goes on under its own header on the next page).
 */
import { THAI_INTEGER_FORMAT, THAI_NUMBER_FORMAT, formatNumber } from '../thai-digits';
import type { DigitStyle } from '../types';
import * as P from './phrases';
import type { AlignmentSpec, BorderSpec, CellSpec, FontSpec, SheetSpec } from './sheet-spec';
import { columnPx, rowHeightFor, wrapLines, wrapSpans } from './text-size';
import { widestScale } from './fonts';

export const SIZE = 16;
export const COLS = 7;
/**
 * Columns A … G in Excel character units. Indicator table: ลำดับ | ตัวชี้วัด (B:C) | เป้าหมาย | ผลสะสม | ร้อยละ |
 * สถานะ; budget table: ลำดับ | แผนงาน | ได้รับ | เบิกจ่าย | ร้อยละ | แผนสะสม | สถานะ; paragraphs span A:G (a numbered
 * list's B:G). A status word takes two lines (ก้าวหน้า / กว่าแผน) as a two-line name beside it does: the width this
 * leaves went to the names (fewer cut, budget lines a line shorter).
 */
export const WIDTHS = [8.5, 34, 15.5, 15.5, 13, 14, 18.5];
/** Excel's limit for a row is 409 points; longer paragraphs continue on the next row. */
const MAX_LINES_PER_ROW = 12;
export const MARGINS = { left: 0.5, right: 0.5, top: 0.5, bottom: 0.5, header: 0.25, footer: 0.25 };

export const HEADER_FILL = 'DDEBF7';
export const TOTAL_FILL = 'F2F2F2';
export const THIN: BorderSpec = {
  top: { style: 'thin' },
  bottom: { style: 'thin' },
  left: { style: 'thin' },
  right: { style: 'thin' },
};

/** A cell's look, without its place and value. */
export type CellStyle = Omit<CellSpec, 'row' | 'col' | 'value'>;

export interface ParagraphOptions {
  text: boolean;
  font?: FontSpec;
  alignment?: AlignmentSpec;
}

export class Builder {
  cells: CellSpec[] = [];
  merges: SheetSpec['merges'] = [];
  heights: SheetSpec['rowHeights'] = [];
  /** Rows that start a printed page (manual page breaks). */
  breaks: number[] = [];
  row = 0;
  readonly intFormat: string;
  readonly decFormat: string;
  readonly amountFormat: string;
  /** Points of rows that fit on one printed page. */
  readonly capacity: number;
  private pageUsed = 0;
  /** Writes the header of the table being written again, at the top of a new page. */
  private repeatHeader: (() => void) | null = null;

  constructor(
    readonly digits: DigitStyle,
    readonly font: string,
  ) {
    const thai = digits === 'thai';
    this.intFormat = thai ? THAI_INTEGER_FORMAT : '#,##0';
    this.decFormat = thai ? THAI_NUMBER_FORMAT : '#,##0.00';
    this.amountFormat = thai ? '[$-D01041E]#,##0.0000' : '#,##0.0000';
    this.capacity = pageCapacity();
  }

  /** Digits of our own phrase in the sheet's style. */
  ours(s: string): string {
    return P.digitsIn(s, this.digits);
  }

  num(n: number, decimals?: number): string {
    return formatNumber(n, this.digits, decimals === undefined ? {} : { decimals });
  }

  pct(n: number): string {
    return formatNumber(n, this.digits, { decimals: 2 });
  }

  /** A year or quarter number: no thousands separator. */
  plain(n: number): string {
    return formatNumber(n, this.digits, { grouping: false });
  }

  put(col: number, value: string | number, style: CellStyle = {}): void {
    this.cells.push({ row: this.row, col, value, ...style });
  }

  merge(left: number, right: number): void {
    if (right > left) this.merges.push({ top: this.row, left, bottom: this.row, right });
  }

  /**
   * Starts a row `h` points high, on a new page when it does not fit on this one together with `keep` points
   * of what must follow it (a heading with its first lines, a table header with its first row).
   */
  begin(h: number, keep = 0): void {
    if (this.pageUsed > 0 && this.pageUsed + h + keep > this.capacity) this.newPage();
    this.pageUsed += h;
    this.heights.push({ row: this.row, height: h });
  }

  end(): void {
    this.row++;
  }

  newPage(): void {
    this.breaks.push(this.row);
    this.pageUsed = 0;
    if (this.repeatHeader) this.repeatHeader();
  }

  /** Room left on this page, in points. */
  room(): number {
    return this.capacity - this.pageUsed;
  }

  skip(): void {
    if (this.pageUsed === 0) return; // no blank line at the top of a page
    this.begin(rowHeightFor(1, SIZE) / 2);
    this.end();
  }

  /** A line across the page (title, period). */
  line(text: string, style: { font?: FontSpec; alignment?: AlignmentSpec }, keep = 0): void {
    const size = style.font?.size ?? SIZE;
    this.begin(rowHeightFor(this.linesIn(text, 0, COLS - 1, size, !!style.font?.bold), size), keep);
    const cell: CellStyle = { alignment: { vertical: 'middle', wrap: true, ...style.alignment } };
    if (style.font) cell.font = style.font;
    this.put(0, text, cell);
    this.merge(0, COLS - 1);
    this.end();
  }

  /** A section heading, kept with what follows it (`keep` points: by default about two rows of two lines). */
  heading(text: string, keep = KEEP_WITH_HEADING): void {
    this.line(this.ours(text), { font: { bold: true }, alignment: { horizontal: 'left' } }, keep);
  }

  /** Points of a heading row across the page (a subheading's, a group row's). */
  headingHeight(text: string, bold = true): number {
    return rowHeightFor(this.linesIn(text, 0, COLS - 1, SIZE, bold), SIZE);
  }

  /**
   * A table's title above its paragraphs, bold underlined, kept with the first two lines of the paragraph below (the
   * least a paragraph starts a page with).
   */
  subheading(text: string): void {
    this.begin(this.headingHeight(text), KEEP_WITH_TEXT);
    this.put(0, text, { text: true, font: { bold: true, underline: true }, alignment: { vertical: 'top', wrap: true } });
    this.merge(0, COLS - 1);
    this.end();
  }

  /**
   * A paragraph across B:G (A:G with `first` 0). It flows like text in a document: it fills the rest of the page and
   * goes on in the next row on the next page, never more than MAX_LINES_PER_ROW lines a row (Excel's 409-point limit).
   */
  paragraph(text: string, o: ParagraphOptions, numberLabel?: string, first = 1): void {
    const lines = wrapSpans(text, this.widthPx(first, COLS - 1) / widestScale(!!o.font?.bold), SIZE);
    const linePt = rowHeightFor(2, SIZE) - rowHeightFor(1, SIZE);
    const style = paragraphStyle(o);
    let i = 0;
    while (i < lines.length) {
      const left = lines.length - i;
      let fit = Math.floor((this.room() - rowHeightFor(1, SIZE) + linePt) / linePt);
      if (fit < Math.min(2, left) && this.pageUsed > 0) {
        this.newPage();
        continue;
      }
      let n = Math.max(1, Math.min(fit, MAX_LINES_PER_ROW, left));
      if (left - n === 1 && n > 2) n -= 1; // no single line left alone on the next page
      fit = n;
      // Up to where the next row starts, so the rows joined give the text back (a space stays at a row's end).
      const chunk = text.slice(i === 0 ? 0 : lines[i].start, i + fit < lines.length ? lines[i + fit].start : text.length);
      this.begin(rowHeightFor(fit, SIZE));
      if (i === 0 && numberLabel !== undefined) this.put(0, numberLabel, LABEL_STYLE);
      this.put(first, chunk, style);
      this.merge(first, COLS - 1);
      this.end();
      i += fit;
    }
  }

  numberedParagraph(label: string, text: string): void {
    this.paragraph(text, TEXT_PARAGRAPH, `${label}.`);
  }

  /** A paragraph across the whole width, with no number in a label column ('ตัวชี้วัดที่ ๓ …' names its own). */
  fullParagraph(text: string, o: ParagraphOptions = TEXT_PARAGRAPH): void {
    this.paragraph(text, o, undefined, 0);
  }

  /** A table's header row; written again at the top of every page the table goes on to. */
  tableHeader(headers: readonly string[], columns: [number, number][] = headers.map((_, i) => [i, i])): void {
    const write = () => {
      let lines = 1;
      headers.forEach((h, i) => {
        lines = Math.max(lines, this.linesIn(h, columns[i][0], columns[i][1], SIZE, true));
      });
      this.begin(rowHeightFor(lines, SIZE), KEEP_WITH_HEADER);
      headers.forEach((h, i) => {
        const [left, right] = columns[i];
        const style: CellStyle = {
          font: { bold: true },
          fill: HEADER_FILL,
          border: THIN,
          alignment: { horizontal: 'center', vertical: 'middle', wrap: true },
        };
        this.put(left, h, style);
        for (let c = left + 1; c <= right; c++) this.put(c, '', { fill: HEADER_FILL, border: THIN });
        this.merge(left, right);
      });
      this.end();
    };
    write();
    this.repeatHeader = write;
  }

  endTable(): void {
    this.repeatHeader = null;
  }

  /**
   * A row across the table heading the rows below it: a table's title bold on grey, a group heading plain on grey.
   * Kept with the first row below it (`keep` points) and `more` points of what comes between.
   */
  groupRow(text: string, bold = true, keep = KEEP_WITH_HEADER, more = 0): void {
    this.begin(this.headingHeight(text, bold), keep + more);
    this.put(0, text, { text: true, font: { bold }, fill: TOTAL_FILL, border: THIN, alignment: { vertical: 'top', wrap: true } });
    for (let c = 1; c < COLS; c++) this.put(c, '', { border: THIN, fill: TOTAL_FILL });
    this.merge(0, COLS - 1);
    this.end();
  }

  /** Lines the text takes in columns left..right in the widest font the summary may be drawn in (fonts.ts). */
  linesIn(text: string, left: number, right: number, size: number, bold: boolean): number {
    return wrapLines(text, this.widthPx(left, right) / widestScale(bold), size, bold).length;
  }

  /** Room for text in columns left..right, less Excel's cell padding. */
  widthPx(left: number, right: number): number {
    let px = 0;
    for (let c = left; c <= right; c++) px += columnPx(WIDTHS[c]);
    return px - 8;
  }
}

const TEXT_PARAGRAPH: ParagraphOptions = { text: true };
const LABEL_STYLE: CellStyle = { alignment: { horizontal: 'center', vertical: 'top' } };
/** The style of a paragraph's rows, one object per options object (a summary has tens of thousands of paragraphs). */
const paragraphStyles = new WeakMap<ParagraphOptions, CellStyle>();

function paragraphStyle(o: ParagraphOptions): CellStyle {
  let style = paragraphStyles.get(o);
  if (style === undefined) {
    style = { alignment: { horizontal: 'left', vertical: 'top', wrap: true, ...o.alignment } };
    if (o.text) style.text = true;
    if (o.font) style.font = o.font;
    paragraphStyles.set(o, style);
  }
  return style;
}

/** What must fit below a heading (or a table header) on its page: about two rows of two lines. */
const KEEP_WITH_HEADING = 2 * 66;
const KEEP_WITH_HEADER = 66;
/** The first two lines of a paragraph: a paragraph never starts a page's last line alone (Builder.paragraph). */
export const KEEP_WITH_TEXT = rowHeightFor(2, SIZE);

/**
 * Points of rows on one printed page: A4 less the margins, divided by the zoom Excel picks to fit the
 * columns to one page wide, with a margin for error (Excel's own page break would come before ours).
 */
function pageCapacity(): number {
  const m = MARGINS;
  return (((11.69 - m.top - m.bottom) * 72) / (pageZoom() / 100)) * 0.98;
}

/** The zoom (percent) at which the columns fill A4's width between the margins. */
export function pageZoom(): number {
  const m = MARGINS;
  const printableWidth = (8.27 - m.left - m.right) * 72;
  const sheetWidth = WIDTHS.reduce((a, w) => a + columnPx(w), 0) * 0.75;
  return Math.min(100, Math.floor((printableWidth / sheetWidth) * 100));
}
