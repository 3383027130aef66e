/** Finds KPI and budget tables by their header words, wherever they sit on a sheet. */
import { parseCell, type ParsedCell } from './cell-grammar';
import { cellValue, mergeAt, columnCount, shownValue, type CellValue, type SheetGrid } from './grid';
import { classifyLabel, normalizeLabel, quarterOf, type ColumnLabel, type ColumnRole } from './header-labels';
import type { Layout, Quarter } from './types';

export type SingleRole = Exclude<ColumnRole, QuarterRole>;
export type QuarterRole =
  | 'quarter'
  | 'planQuarter'
  | 'resultQuarter'
  | 'targetShare'
  | 'plannedAmount'
  | 'plannedPercent'
  | 'disbursed'
  | 'disbursedPercent';

const QUARTER_ROLES = new Set<ColumnRole>([
  'quarter',
  'planQuarter',
  'resultQuarter',
  'targetShare',
  'plannedAmount',
  'plannedPercent',
  'disbursed',
  'disbursedPercent',
]);

export interface DetectedTable {
  sheet: SheetGrid;
  layout: Layout;
  headerTop: number;
  headerBottom: number;
  /** Data rows: from the row after the header to the last row before the next table (0-based, inclusive). */
  firstRow: number;
  lastRow: number;
  left: number;
  right: number;
  columns: Partial<Record<SingleRole, number>>;
  /** Per role, the column of each quarter (index 0 = Q1). */
  quarters: Partial<Record<QuarterRole, (number | undefined)[]>>;
  /** Header rows repeated inside the table (page headers), to skip. */
  repeatedHeaderRows: number[];
}

interface HeaderCandidate {
  row: number;
  labels: Map<number, ColumnLabel>;
}

/** The text of a cell as the header shows it: a merged area's text shows in every cell it covers. */
function shownText(sheet: SheetGrid, row: number, col: number): string {
  const v = shownValue(sheet, row, col);
  return typeof v === 'string' ? v.trim() : '';
}

const labelsByText = new Map<string, ColumnLabel | null>();

/** A header cell's label; each distinct text is classified once (data rows repeat theirs). */
function labelOf(text: string): ColumnLabel | null {
  if (text.length > 80) return null;
  let l = labelsByText.get(text);
  if (l === undefined) {
    l = classifyLabel(normalizeLabel(text));
    if (labelsByText.size > 20_000) labelsByText.clear();
    labelsByText.set(text, l);
  }
  return l;
}

/** Cheap first look: a header row has at least two texts of its own that read as column labels. */
function mayBeHeader(row: CellValue[] | undefined): boolean {
  if (!row) return false;
  // A row with two figures is data, never a header (isHeaderCandidate asks numericCells <= 1): say so before
  // classifying its texts, so the distinct names of a long table are never run through the label rules.
  // Figures typed as text are short; long texts are left to the label check (uncached parsing costs more).
  let figures = 0;
  for (const v of row) {
    if (typeof v === 'number' ? Number.isFinite(v) : typeof v === 'string' && v.length <= 40 && isFigure(parseCell(v))) {
      if (++figures >= 2) return false;
    }
  }
  let n = 0;
  for (const v of row) if (typeof v === 'string' && v.length <= 60 && labelOf(v.trim()) && ++n >= 2) return true;
  return false;
}

function isFigure(p: ParsedCell): boolean {
  return p.kind === 'number' || p.kind === 'level';
}

function rowLabels(sheet: SheetGrid, row: number, width: number): Map<number, ColumnLabel> {
  const labels = new Map<number, ColumnLabel>();
  for (let c = 0; c < width; c++) {
    const t = shownText(sheet, row, c);
    if (!t) continue;
    const l = labelOf(t);
    if (l) labels.set(c, l);
  }
  return labels;
}

function numericCells(sheet: SheetGrid, row: number, width: number): number {
  let n = 0;
  for (let c = 0; c < width; c++) {
    const p = parseCell(cellValue(sheet, row, c));
    if (p.kind === 'number' || p.kind === 'level') n++;
  }
  return n;
}

function isHeaderCandidate(labels: Map<number, ColumnLabel>, sheet: SheetGrid, row: number, width: number): boolean {
  const roles = new Set([...labels.values()].map((l) => l.role));
  return roles.size >= 3 && numericCells(sheet, row, width) <= 1;
}

/** A group row above the labels: two or more short texts, at least one merged across columns. */
function isGroupRow(sheet: SheetGrid, row: number, width: number): boolean {
  if (row < 0) return false;
  let texts = 0;
  let merged = false;
  for (let c = 0; c < width; c++) {
    const v = cellValue(sheet, row, c);
    if (typeof v === 'number') return false;
    if (typeof v !== 'string' || !v.trim()) continue;
    if (v.trim().length > 40) return false;
    texts++;
    const m = mergeAt(sheet, row, c);
    if (m && m.right > m.left) merged = true;
  }
  return texts >= 2 && merged;
}

/** A sub-label row below the labels: its texts sit under merged group cells, or it classifies by itself. */
function isSubRow(sheet: SheetGrid, row: number, width: number): boolean {
  let texts = 0;
  for (let c = 0; c < width; c++) {
    const m = mergeAt(sheet, row, c);
    if (m && m.top < row) continue; // covered by the label row's vertical merge
    const v = cellValue(sheet, row, c);
    if (typeof v === 'number') return false;
    if (typeof v !== 'string' || !v.trim()) continue;
    const p = parseCell(v);
    if (p.kind === 'number' || p.kind === 'level') return false;
    const above = mergeAt(sheet, row - 1, c);
    const underGroup = !!above && above.right > above.left && above.bottom === row - 1;
    if (!underGroup && !classifyLabel(normalizeLabel(v))) return false;
    texts++;
  }
  return texts >= 1;
}

/** Column roles from a one- or two-row header. */
function columnLabels(sheet: SheetGrid, top: number, bottom: number, width: number): Map<number, ColumnLabel> {
  const out = new Map<number, ColumnLabel>();
  for (let c = 0; c < width; c++) {
    const topText = normalizeLabel(shownText(sheet, top, c));
    let subText = '';
    if (bottom > top) {
      const m = mergeAt(sheet, bottom, c);
      if (!(m && m.top <= top)) subText = normalizeLabel(shownText(sheet, bottom, c));
    }
    let label: ColumnLabel | null = null;
    if (subText) {
      label = classifyLabel(subText);
      if (label && label.quarter === null) label = { ...label, quarter: quarterOf(topText) };
      if (label && (label.role === 'quarter' || label.role === 'planQuarter' || label.role === 'resultQuarter') && topText) {
        label = classifyLabel(topText + subText) ?? label;
      }
    }
    label ??= topText ? classifyLabel(topText) : null;
    if (label) out.set(c, label);
  }
  return out;
}

/** The column whose cells read แผน then ผล on the next row: a row-pair table. */
function findLabelColumn(sheet: SheetGrid, from: number, to: number, left: number, right: number): number | null {
  // The leftmost such column, found row by row (a row's cells lie together; a column's are spread over the rows),
  // looking only left of the best so far: a table without one (a budget table) is read once, not a column at a time.
  let best = right + 1;
  for (let r = from; r < to && best > left; r++) {
    const row = sheet.values[r];
    if (!row) continue;
    const last = Math.min(best - 1, row.length - 1);
    for (let c = left; c <= last; c++) {
      if (isPlanLabel(row[c]) && isResultLabel(cellValue(sheet, r + 1, c))) {
        best = c;
        break;
      }
    }
  }
  return best <= right ? best : null;
}

const PLAN_LABEL = /^\s*แผน\s*$/;
const RESULT_LABEL = /^\s*ผล\s*$/;

export function isPlanLabel(v: unknown): boolean {
  return typeof v === 'string' && mayStartWith(v, 0x0e41) && PLAN_LABEL.test(v); // แ
}

export function isResultLabel(v: unknown): boolean {
  return typeof v === 'string' && mayStartWith(v, 0x0e1c) && RESULT_LABEL.test(v); // ผ
}

/**
 * False when the text cannot be the letter `first` after white space: the labels are looked for in every cell of
 * a table's first columns, whose names are long and start with a letter or a digit, and this spares the pattern.
 */
function mayStartWith(v: string, first: number): boolean {
  const c = v.charCodeAt(0);
  return c === first || c <= 0x20 || c === 0xa0 || c >= 0x1680; // JavaScript's white space is in those ranges
}

export function detectTables(sheet: SheetGrid): DetectedTable[] {
  const width = columnCount(sheet);
  const rows = sheet.values.length;
  const candidates: HeaderCandidate[] = [];
  for (let r = 0; r < rows; r++) {
    if (!mayBeHeader(sheet.values[r])) continue;
    const labels = rowLabels(sheet, r, width);
    if (labels.size >= 3 && isHeaderCandidate(labels, sheet, r, width)) candidates.push({ row: r, labels });
  }

  const tables: DetectedTable[] = [];
  const signatures: string[] = [];
  let i = 0;
  while (i < candidates.length) {
    const cand = candidates[i];
    let top = cand.row;
    let bottom = cand.row;
    if (cand.row + 1 < rows && isSubRow(sheet, cand.row + 1, width)) bottom = cand.row + 1;
    else if (isGroupRow(sheet, cand.row - 1, width)) top = cand.row - 1;
    if (candidates[i + 1]?.row === bottom) i++; // a two-row header whose rows both classify
    const signature = headerSignature(sheet, top, bottom, width);
    // The next header that is not a repeat of this one ends the table.
    const repeated: number[] = [];
    let j = i + 1;
    let end = rows - 1;
    for (; j < candidates.length; j++) {
      const r = candidates[j].row;
      const sigTop = isGroupRow(sheet, r - 1, width) && !(r - 1 <= bottom) ? r - 1 : r;
      const sigBottom = r + 1 < rows && isSubRow(sheet, r + 1, width) ? r + 1 : r;
      if (headerSignature(sheet, sigTop, sigBottom, width) === signature) {
        for (let k = sigTop; k <= sigBottom; k++) repeated.push(k);
        if (candidates[j + 1]?.row === sigBottom) j++;
        continue;
      }
      end = sigTop - 1;
      break;
    }
    const table = buildTable(sheet, top, bottom, end, width, repeated);
    if (table && !signatures.includes(`${top}`)) {
      tables.push(table);
      signatures.push(`${top}`);
    }
    i = j;
  }
  return tables;
}

function headerSignature(sheet: SheetGrid, top: number, bottom: number, width: number): string {
  const parts: string[] = [];
  for (let r = top; r <= bottom; r++) for (let c = 0; c < width; c++) parts.push(normalizeLabel(shownText(sheet, r, c)));
  return parts.join('|');
}

function buildTable(
  sheet: SheetGrid,
  top: number,
  bottom: number,
  end: number,
  width: number,
  repeated: number[],
): DetectedTable | null {
  const labels = columnLabels(sheet, top, bottom, width);
  if (labels.size === 0) return null;
  const cols = [...labels.keys()];
  const left = Math.min(...cols);
  const right = Math.max(...cols);
  const first = bottom + 1;
  const labelCol = findLabelColumn(sheet, first, end, left, right);

  const columns: DetectedTable['columns'] = {};
  const quarters: DetectedTable['quarters'] = {};
  for (const [c, l] of [...labels.entries()].sort((a, b) => a[0] - b[0])) {
    if (c === labelCol) continue;
    if (QUARTER_ROLES.has(l.role)) {
      if (l.quarter === null) {
        // 'เบิกจ่าย' with no quarter: an annual table's disbursed-to-date column.
        if (l.role === 'disbursed' && columns.disbursedTotal === undefined) columns.disbursedTotal = c;
        continue;
      }
      const role = (labelCol !== null && (l.role === 'planQuarter' || l.role === 'resultQuarter') ? 'quarter' : l.role) as QuarterRole;
      const list = (quarters[role] ??= [undefined, undefined, undefined, undefined]);
      if (list[l.quarter - 1] === undefined) list[l.quarter - 1] = c;
    } else if (columns[l.role as SingleRole] === undefined) {
      columns[l.role as SingleRole] = c;
    }
  }
  if (labelCol !== null) columns.label = labelCol;

  if (columns.netAllocation !== undefined) columns.allocation = columns.netAllocation;
  const layout = chooseLayout(columns, quarters);
  if (!layout) return null;
  if (layout === 'D' && columns.budgetName === undefined) {
    const name = leftmostTextColumn(sheet, first, end, columns.allocation!);
    if (name === null) return null;
    columns.budgetName = name;
  }
  return {
    sheet,
    layout,
    headerTop: top,
    headerBottom: bottom,
    firstRow: first,
    lastRow: Math.max(first, end),
    left: Math.min(left, labelCol ?? left, columns.budgetName ?? left),
    right,
    columns,
    quarters,
    repeatedHeaderRows: repeated,
  };
}

function countQuarters(list: (number | undefined)[] | undefined): number {
  return list ? list.filter((c) => c !== undefined).length : 0;
}

function chooseLayout(columns: DetectedTable['columns'], quarters: DetectedTable['quarters']): Layout | null {
  const budgetQuarters = countQuarters(quarters.disbursed) + countQuarters(quarters.plannedAmount);
  const annual = budgetQuarters === 0 && columns.allocation !== undefined && columns.disbursedTotal !== undefined;
  if (annual || (budgetQuarters >= 1 && (columns.allocation !== undefined || columns.disbursedTotal !== undefined))) {
    columns.budgetName ??= columns.program ?? columns.name ?? columns.project;
    return 'D';
  }
  const name = columns.name ?? columns.project ?? columns.program;
  if (name === undefined) return null;
  if (columns.label !== undefined && countQuarters(quarters.quarter) >= 1) {
    return columns.target !== undefined ? 'B' : 'A';
  }
  if (countQuarters(quarters.planQuarter) >= 1 && countQuarters(quarters.resultQuarter) >= 1) return 'C';
  return null;
}

export function quarterColumn(table: DetectedTable, role: QuarterRole, q: Quarter): number | undefined {
  return table.quarters[role]?.[q - 1];
}

/** A budget table whose name columns have no header: the leftmost column of text left of the allocation. */
function leftmostTextColumn(sheet: SheetGrid, from: number, to: number, before: number): number | null {
  for (let c = 0; c < before; c++) {
    for (let r = from; r <= Math.min(to, from + 50); r++) {
      const v = cellValue(sheet, r, c);
      if (typeof v === 'string' && v.trim() && parseCell(v).kind === 'text') return c;
    }
  }
  return null;
}
