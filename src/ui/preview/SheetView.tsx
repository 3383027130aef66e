/** The preview's sheet: the workbook's cells as a plain grid, merged areas spanned, fills shown, the selection outlined. */
import { useEffect, useRef } from 'react';
import type { CellRange, SheetGrid } from '../../core/grid';
import { cellFill, cellFormat, cellValue, columnCount, isErrorValue } from '../../core/grid';
import { columnLetters, parseSheetAddress } from '../../core/address';
import { formatNumber, isThaiDigitFormat } from '../../core/thai-digits';

export interface Selection {
  sheet: string;
  range: CellRange;
}

/** What Excel would roughly show for a value with its number format. */
export function displayValue(sheet: SheetGrid, row: number, col: number): string {
  const v = cellValue(sheet, row, col);
  if (v === null) return '';
  if (isErrorValue(v)) return v.error;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'string') return v;
  const fmt = cellFormat(sheet, row, col);
  const decimals = fmt ? (fmt.match(/0\.(0+)/)?.[1].length ?? (/[#0]/.test(fmt) ? 0 : undefined)) : undefined;
  return formatNumber(v, isThaiDigitFormat(fmt) ? 'thai' : 'arabic', { decimals, grouping: !fmt || fmt.includes(',') });
}

/** The range an address from the pane selects ('F13', 'A12:J12', '12:12', with or without a sheet); null if none. */
export function parseAddress(address: string): CellRange | null {
  try {
    return parseSheetAddress(address).range;
  } catch {
    return null;
  }
}

export function SheetView({ sheet, selection }: { sheet: SheetGrid; selection: CellRange | null }) {
  const selectedRef = useRef<HTMLTableCellElement | null>(null);
  useEffect(() => {
    // Scroll the grid's own box, not the page (the pane beside it must stay where it is).
    const el = selectedRef.current;
    const box = el?.closest('.preview-grid') as HTMLElement | null;
    if (!el || !box) return;
    const cell = el.getBoundingClientRect();
    const view = box.getBoundingClientRect();
    box.scrollTop += cell.top - view.top - box.clientHeight / 3;
    box.scrollLeft += Math.min(0, cell.left - view.left - 40);
  }, [selection, sheet]);

  const rows = sheet.values.length;
  const cols = columnCount(sheet);
  const covered = new Set<string>();
  const spans = new Map<string, CellRange>();
  for (const m of sheet.merges) {
    spans.set(`${m.top},${m.left}`, m);
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) covered.add(`${r},${c}`);
  }
  const inSel = (r: number, c: number) =>
    !!selection && r >= selection.top && r <= selection.bottom && c >= selection.left && c <= selection.right;
  let firstSelected = true;

  return (
    <table className="sheet" aria-label={sheet.name}>
      <thead>
        <tr>
          <th className="sheet-corner" />
          {Array.from({ length: cols }, (_, c) => (
            <th key={c} scope="col">
              {columnLetters(c)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {Array.from({ length: rows }, (_, r) => (
          <tr key={r}>
            <th scope="row">{r + 1}</th>
            {Array.from({ length: cols }, (_, c) => {
              if (covered.has(`${r},${c}`)) return null;
              const m = spans.get(`${r},${c}`);
              const fill = cellFill(sheet, r, c);
              const selected = inSel(r, c);
              const ref = selected && firstSelected ? ((firstSelected = false), selectedRef) : undefined;
              const v = cellValue(sheet, r, c);
              return (
                <td
                  key={c}
                  ref={ref}
                  rowSpan={m ? m.bottom - m.top + 1 : undefined}
                  colSpan={m ? m.right - m.left + 1 : undefined}
                  style={fill ? { background: `#${fill}` } : undefined}
                  className={[selected ? 'sel' : '', typeof v === 'number' ? 'num' : ''].join(' ').trim() || undefined}
                  data-cell={`${columnLetters(c)}${r + 1}`}
                  data-fill={fill ?? undefined}
                >
                  {displayValue(sheet, r, c)}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
