/** The output cells of one indicator: total, percent, status column, status words in result cells, the flag. */
import type { IndicatorSource } from './extract-indicators';
import type { IndicatorFigures } from './indicator-figures';
import { outputCell, type EditSink, type OutputValue } from './output-cell';
import type { TableStyle } from './output-style';
import { decimalsOf, formatNumber } from './thai-digits';
import type { DigitStyle } from './types';
import { STATUS_WORDS } from './words';

const TOTAL_MISMATCH = { code: 'total-mismatch', what: 'ผลรวม' } as const;
const PERCENT_MISMATCH = { code: 'percent-mismatch', what: 'ร้อยละ' } as const;

export function indicatorEdits(
  src: IndicatorSource,
  fig: IndicatorFigures,
  style: TableStyle,
  flagged: boolean,
  sink: EditSink,
): void {
  const sheet = src.table.sheet;

  if (src.totalRef) {
    outputCell(
      {
        sheet,
        ref: src.totalRef,
        reason: 'total',
        value: totalValue(src, fig),
        style,
        flagged,
        mismatch: TOTAL_MISMATCH,
      },
      sink,
    );
  }
  if (src.percentRef) {
    outputCell(
      {
        sheet,
        ref: src.percentRef,
        reason: 'percent',
        value: percentValue(src, fig),
        style,
        flagged,
        mismatch: PERCENT_MISMATCH,
      },
      sink,
    );
  }
  if (src.statusRef) {
    outputCell({ sheet, ref: src.statusRef, reason: 'status', value: { kind: 'text', text: STATUS_WORDS[fig.overall] }, style, flagged }, sink);
  }
  // Status words written by hand in result cells are replaced by the right ones; the number beside them is kept.
  for (let i = 0; i < 4; i++) {
    const cell = src.results[i];
    const status = fig.status[i];
    const text = cell.parsed.text;
    if (!cell.ref || cell.covered || !status || !cell.parsed.statusText || typeof sheet.values[cell.ref.row]?.[cell.ref.col] !== 'string') continue;
    const word = STATUS_WORDS[status];
    const replacement = cell.parsed.statusText.startsWith('(') ? `(${word})` : word;
    const next = text.replace(cell.parsed.statusText, replacement);
    if (next !== text) outputCell({ sheet, ref: cell.ref, reason: 'status-word', value: { kind: 'text', text: next }, style }, sink);
  }
}

function totalValue(src: IndicatorSource, fig: IndicatorFigures): OutputValue | null {
  if (fig.total === null) return null;
  const total = fig.total;
  if (fig.measure === 'level') return { kind: 'number', value: total, decimals: decimalsOf(total), text: (d) => `ระดับ ${fmt(total, d)}` };
  const existing = src.table.sheet.values[src.totalRef!.row]?.[src.totalRef!.col];
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
  if (fig.percent === null) return null;
  const percent = fig.percent;
  const existing = src.table.sheet.values[src.percentRef!.row]?.[src.percentRef!.col];
  let suffix: ((d: DigitStyle) => string) | null = null;
  if (typeof existing === 'string') {
    const word = STATUS_WORDS[fig.overall];
    if (/\(\s*(?:ก้าวหน้า|ต่ำกว่า|เป็นไปตาม|ยังไม่)/.test(existing)) suffix = () => ` (${word})`;
    else if (/ก้าวหน้า|ต่ำกว่า|เป็นไปตาม|ยังไม่/.test(existing)) suffix = () => ` ${word}`;
  }
  return {
    kind: 'number',
    value: percent,
    decimals: 2,
    text: (d) => `${formatNumber(percent, d, { decimals: 2 })}${suffix ? suffix(d) : ''}`,
  };
}

function fmt(n: number, d: DigitStyle): string {
  return formatNumber(n, d);
}
