/** The output cells of one indicator: total, percent, status column, status words in result cells, the flag. */
import type { IndicatorSource } from './extract-indicators';
import type { IndicatorFigures } from './indicator-figures';
import { outputCell, type EditSink, type OutputValue } from './output-cell';
import { thaiRowStyle, type TableStyle } from './output-style';
import { decimalsOf, formatNumber } from './thai-digits';
import type { DigitStyle, Status } from './types';
import { STATUS_WORDS } from './words';

const TOTAL_MISMATCH = { code: 'total-mismatch', role: 'total' } as const;
const PERCENT_MISMATCH = { code: 'percent-mismatch', role: 'percent' } as const;
/** The status column's value for each status, made once (read only). */
const STATUS_VALUES = Object.fromEntries(
  Object.entries(STATUS_WORDS).map(([status, text]) => [status, { kind: 'text', text } as OutputValue]),
) as Record<Status, OutputValue>;

export function indicatorEdits(
  src: IndicatorSource,
  fig: IndicatorFigures,
  style: TableStyle,
  flagged: boolean,
  sink: EditSink,
): void {
  const sheet = src.table.sheet;
  const row = src.resultRow;
  // A row that types Thai-digit text keeps Thai digits in every output cell, whatever the rest of the table does.
  if (style.digits !== 'thai' && typesThaiDigits(src)) style = thaiRowStyle(style);

  if (src.totalCol !== undefined) {
    outputCell(sheet, row, src.totalCol, 'total', totalValue(src, fig), style, sink, flagged, TOTAL_MISMATCH);
  }
  if (src.percentCol !== undefined) {
    outputCell(sheet, row, src.percentCol, 'percent', percentValue(src, fig), style, sink, flagged, PERCENT_MISMATCH);
  }
  // The straight line switched off and no plan typed: no status is judged, and the status cells are left alone.
  if (fig.straightLine === false) return;
  if (src.statusCol !== undefined) {
    outputCell(sheet, row, src.statusCol, 'status', STATUS_VALUES[fig.overall], style, sink, flagged);
  }
  // Status words written by hand in result cells are replaced by the right ones; the number beside them is kept.
  for (let i = 0; i < 4; i++) {
    const parsed = src.results[i];
    const col = src.resultCols[i];
    const status = fig.status[i];
    const text = parsed.text;
    if (col === undefined || src.coveredResults & (1 << i) || !status || !parsed.statusText || typeof sheet.values[row]?.[col] !== 'string') continue;
    const word = STATUS_WORDS[status];
    const replacement = parsed.statusText.startsWith('(') ? `(${word})` : word;
    const next = text.replace(parsed.statusText, replacement);
    if (next !== text) outputCell(sheet, row, col, 'status-word', { kind: 'text', text: next }, style, sink);
  }
}

function totalValue(src: IndicatorSource, fig: IndicatorFigures): OutputValue | null {
  if (fig.total === null) return null;
  const total = fig.total;
  if (fig.measure === 'level') {
    // Levels typed as text ('ระดับ 3') keep that form in the total, even in a table of numbers.
    let typed = false;
    for (let i = 0; i < 4; i++) typed ||= src.results[i].kind === 'level' && src.results[i].text !== '';
    return { kind: 'number', value: total, decimals: decimalsOf(total), text: (d) => `ระดับ ${fmt(total, d)}`, asText: typed };
  }
  const existing = src.table.sheet.values[src.resultRow]?.[src.totalCol!];
  const withYearPart =
    fig.measure === 'cumulative' && fig.yearSum !== null && typeof existing === 'string' && /\(\s*[0-9๐-๙][0-9๐-๙,.]*\s*\)/.test(existing);
  const yearSum = fig.yearSum ?? 0;
  return {
    kind: 'number',
    value: total,
    decimals: decimalsOf(total),
    text: withYearPart ? (d) => `${fmt(total, d)} (${fmt(yearSum, d)})` : undefined,
  };
}

function percentValue(src: IndicatorSource, fig: IndicatorFigures): OutputValue | null {
  if (fig.columnPercent === null) return null;
  const percent = fig.columnPercent;
  const existing = src.table.sheet.values[src.resultRow]?.[src.percentCol!];
  let suffix: string | null = null;
  if (typeof existing === 'string') {
    const word = STATUS_WORDS[fig.overall];
    if (/\(\s*(?:ก้าวหน้า|ต่ำกว่า|เป็นไปตาม|ยังไม่)/.test(existing)) suffix = ` (${word})`;
    else if (/ก้าวหน้า|ต่ำกว่า|เป็นไปตาม|ยังไม่/.test(existing)) suffix = ` ${word}`;
  }
  // Without a status word after it, the percent is written as any number with 2 decimals: no function made for it.
  const text = suffix === null ? undefined : (d: DigitStyle) => `${formatNumber(percent, d, { decimals: 2 })}${suffix}`;
  return { kind: 'number', value: percent, decimals: 2, text };
}

function typesThaiDigits(src: IndicatorSource): boolean {
  if (src.target.thaiDigits) return true;
  for (let i = 0; i < 4; i++) if (src.results[i].thaiDigits || src.plans[i].thaiDigits) return true;
  return false;
}

function fmt(n: number, d: DigitStyle): string {
  return formatNumber(n, d);
}
