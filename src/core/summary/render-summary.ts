/**
 * The summary sheet for the monitoring meeting, as data (SheetSpec), from the engine's Report. Pure: the same
 * report gives the same sheet. Content in the order a meeting reads it: title and period, overview (counts by
 * status, budget against plan and target), the indicator table, a paragraph per indicator, the budget table
 * and paragraph, the behind-plan list, the warnings.
 */
import { percentOf, roundHalfAway } from '../thai-digits';
import type { BudgetResult, DigitStyle, IndicatorResult, Quarter, Report, Status, Warning } from '../types';
import { rangeHasRow } from '../address';
import { againstPlan } from '../status';
import { straightLinePlan } from '../indicator-checks';
import { budgetView, type BudgetView } from './budget-view';
import { Builder, COLS, MARGINS, SIZE, THIN, TOTAL_FILL, WIDTHS, pageZoom, type CellStyle } from './layout';
import * as P from './phrases';
import { SHEET_SPEC_VERSION, SUMMARY_NAME_PREFIX, type ChartSpec, type SheetSpec } from './sheet-spec';
import { rowHeightFor } from './text-size';
import { completed, type Steps } from '../steps';
import { DEFAULT_FONT, FALLBACK_FONT, type SummaryOptions } from './options';
import { warningMessage } from '../warning-messages';

const COLOURS: Record<Status, { fill?: string; color: string }> = {
  behind: { fill: 'FFC7CE', color: '9C0006' }, // Excel's "Bad"
  'on-plan': { fill: 'FFEB9C', color: '9C5700' }, // Excel's "Neutral"
  ahead: { fill: 'C6EFCE', color: '006100' }, // Excel's "Good"
  'not-due': { color: '595959' },
  'no-data': { fill: 'F2F2F2', color: '7F6000' },
};
/** The indicator table: ลำดับ | ตัวชี้วัด (B:C) | เป้าหมาย | ผลสะสม | ร้อยละ | สถานะ. */
const INDICATOR_COLUMNS: [number, number][] = [[0, 0], [1, 2], [3, 3], [4, 4], [5, 5], [6, 6]];
/** A table row is at most this many lines: a longer name ends in '…' (its paragraph gives it whole). */
const MAX_TABLE_LINES = 10;
const STATUS_ORDER: Status[] = ['ahead', 'on-plan', 'behind', 'no-data', 'not-due'];

/** The summary in one go. */
export function renderSummary(report: Report, options: SummaryOptions = {}): SheetSpec {
  return completed(summaryRendering(report, options));
}

/** Table rows, paragraphs and list items laid out between two steps of `summaryRendering`. */
export const SUMMARY_STEP = 2_000;

/**
 * The summary a step at a time: it yields how far it is (0 to 1) every SUMMARY_STEP rows and paragraphs, so the
 * task pane repaints its progress bar while a big workbook's summary is laid out (about 2.5 s for 100,000
 * indicators), and returns what `renderSummary` does.
 */
export function* summaryRendering(report: Report, options: SummaryOptions = {}): Steps<SheetSpec> {
  const b = new Builder(options.digits ?? report.digits, options.font ?? DEFAULT_FONT);
  const q = report.quarter;
  const fy = report.fiscalYear;
  const groups = groupIndicators(report);
  const tolerance = options.tolerance ?? 0;
  const budget = budgetView(report, options.cabinetTargets, tolerance);
  const behind = behindItems(b, report, q);
  // Each indicator is laid out twice (its table row and its paragraph); then the budget rows, the behind list and
  // the warnings.
  const work = 2 * report.indicators.length + (budget?.lines.length ?? 0) + behind.length + report.warnings.length;
  let done = 0;
  const stepEnds = () => ++done % SUMMARY_STEP === 0;

  // Title and period
  b.line(b.ours(P.title(q)), { font: { bold: true, size: 18 }, alignment: { horizontal: 'center' } });
  if (fy !== null) {
    b.line(b.ours(P.roundMonths(fy, q)), { font: { bold: true }, alignment: { horizontal: 'center' } });
    b.line(b.ours(`${P.fiscalYearLine(fy)} ${P.asOfLine(q, report.asOf?.date ?? null)}`), { alignment: { horizontal: 'center' } });
  }
  b.skip();

  let section = 0;
  // 1. Overview
  b.heading(P.numbered(++section, P.SECTION.overview));
  if (report.indicators.length > 0) writeCounts(b, report.indicators);
  if (report.straightLine === true || report.straightLine === false) b.paragraph(b.ours(P.straightLineNote(report.straightLine)), { text: false });
  if (budget) b.paragraph(budgetSentence(b, budget, q, tolerance, false), { text: false });
  b.skip();

  // 2. Indicator table
  b.heading(P.numbered(++section, P.SECTION.indicators));
  if (report.indicators.length > 0) {
    b.tableHeader(P.INDICATOR_HEADERS, INDICATOR_COLUMNS);
    for (const g of groups) {
      if (groups.length > 1) b.groupRow(P.groupHeading(g.sheet, g.tableNo));
      for (let i = 0; i < g.items.length; i++) {
        writeIndicatorRow(b, g.items[i], i + 1);
        if (stepEnds()) yield done / work;
      }
    }
    b.endTable();
  } else {
    b.paragraph(P.NO_INDICATORS, { text: false });
  }
  b.skip();

  // 3. Paragraph per indicator
  if (report.indicators.length > 0) {
    b.heading(P.numbered(++section, P.SECTION.narrative));
    for (const g of groups) {
      if (groups.length > 1) b.subheading(P.groupHeading(g.sheet, g.tableNo));
      for (let i = 0; i < g.items.length; i++) {
        b.numberedParagraph(b.num(i + 1), indicatorParagraph(b, g.items[i], i + 1, q, fy));
        if (stepEnds()) yield done / work;
      }
    }
    b.skip();
  }

  // 4. Budget
  b.heading(P.numbered(++section, P.SECTION.budget));
  if (budget) {
    b.tableHeader(P.budgetHeaders(budget.unit));
    for (let i = 0; i < budget.lines.length; i++) {
      writeBudgetRow(b, budget.lines[i], i + 1, false, budget);
      if (stepEnds()) yield done / work;
    }
    if (budget.total) writeBudgetRow(b, budget.total, null, true, budget);
    b.endTable();
    b.paragraph(budgetSentence(b, budget, q, tolerance, true), { text: budget.behindLines.length > 0 });
  } else {
    b.paragraph(P.noBudget(), { text: false });
  }
  b.skip();

  // 5. Behind plan
  b.heading(P.numbered(++section, P.SECTION.behind));
  if (behind.length === 0) b.paragraph(P.NOTHING_BEHIND, { text: false });
  for (let i = 0; i < behind.length; i++) {
    b.numberedParagraph(b.num(i + 1), behind[i]);
    if (stepEnds()) yield done / work;
  }
  b.skip();

  // 6. Warnings
  b.heading(P.numbered(++section, P.SECTION.warnings));
  if (report.warnings.length === 0) b.paragraph(P.NO_WARNINGS, { text: false });
  for (let i = 0; i < report.warnings.length; i++) {
    b.numberedParagraph(b.num(i + 1), warningLine(report.warnings[i], b.digits));
    if (stepEnds()) yield done / work;
  }

  const charts = chartSpecs(b, report, budget, q);
  return {
    version: SHEET_SPEC_VERSION,
    name: summarySheetName(q, fy, b.digits, options.sheetNames ?? []),
    markerName: SUMMARY_NAME_PREFIX,
    font: { name: b.font, size: SIZE },
    fallbackFont: FALLBACK_FONT,
    cells: b.cells,
    merges: b.merges,
    columnWidths: [...WIDTHS],
    rowHeights: b.heights,
    page: {
      paperSize: 'A4',
      orientation: 'portrait',
      fitToWidth: 1,
      fitToHeight: 0,
      margins: { ...MARGINS },
      // Print titles would repeat the indicator table's header over the budget table and the paragraphs:
      // each table writes its own header again after the page breaks below instead.
      printTitleRows: null,
      rowBreaks: b.breaks,
      zoom: pageZoom(),
      centerHorizontally: true,
      footer: P.footer(),
    },
    showGridlines: false,
    frozenRows: 0,
    charts,
  };
}

// ── Sheet name ──────────────────────────────────────────────────────────────────────────────────────────

const INVALID_IN_SHEET_NAME = /[\\/?*[\]:]/g;

/** 'สรุปผล ไตรมาส ๒ ปี ๒๕๖๖': Excel-valid, ≤ 31 characters, not the name of a user's sheet. */
export function summarySheetName(q: Quarter, fy: number | null, digits: DigitStyle, taken: string[]): string {
  const clean = (s: string) =>
    s.replace(INVALID_IN_SHEET_NAME, '').replace(/^'+|'+$/g, '').slice(0, 31).trim();
  const base = clean(P.digitsIn(P.sheetName(q, fy), digits));
  const used = new Set(taken.map((t) => t.toLowerCase()));
  if (!used.has(base.toLowerCase())) return base;
  for (let n = 1; n < 100; n++) {
    const suffix = n === 1 ? ` ${P.SHEET_NAME_OURS}` : ` ${P.SHEET_NAME_OURS.slice(0, -1)} ${n})`;
    const name = clean(base.slice(0, 31 - P.digitsIn(suffix, digits).length) + P.digitsIn(suffix, digits));
    if (!used.has(name.toLowerCase())) return name;
  }
  return base; // 100 user sheets of that name: let the adapter complain
}

// ── Overview ────────────────────────────────────────────────────────────────────────────────────────────

function writeCounts(b: Builder, indicators: IndicatorResult[]): void {
  const one = rowHeightFor(1, SIZE);
  b.begin(one, one * 7); // the count table stays on one page with its line
  b.put(1, b.ours(P.indicatorTotal(b.num(indicators.length))), { alignment: { vertical: 'middle' } });
  b.merge(1, COLS - 1);
  b.end();
  b.tableHeader(P.COUNT_HEADERS, [[1, 1], [2, 2], [3, 3]]);
  for (const s of STATUS_ORDER) {
    const n = indicators.filter((i) => i.overall === s).length;
    b.begin(one);
    b.put(1, P.status(s), statusStyle(s));
    b.put(2, n, numberStyle(b.intFormat));
    b.put(3, percentOf(n, indicators.length) ?? 0, numberStyle(b.decFormat));
    b.end();
  }
  b.begin(one);
  b.put(1, P.COUNT_TOTAL, { font: { bold: true }, fill: TOTAL_FILL, border: THIN, alignment: { horizontal: 'center' } });
  b.put(2, indicators.length, { ...numberStyle(b.intFormat), font: { bold: true }, fill: TOTAL_FILL });
  b.put(3, indicators.length ? 100 : 0, { ...numberStyle(b.decFormat), font: { bold: true }, fill: TOTAL_FILL });
  b.end();
  b.endTable();
}

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

function numberStyle(numberFormat: string): CellStyle {
  return shared(numberStyles, numberFormat, () => ({ numberFormat, border: THIN, alignment: { horizontal: 'right', vertical: 'top' } }));
}

/** The number in a table's ลำดับ column. */
function orderStyle(numberFormat: string): CellStyle {
  return shared(orderStyles, numberFormat, () => ({ numberFormat, border: THIN, alignment: { horizontal: 'center', vertical: 'top' } }));
}

function statusStyle(s: Status, horizontal: 'left' | 'center' = 'center'): CellStyle {
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

function statusLines(b: Builder, s: Status): number {
  let n = statusLineCounts.get(s);
  if (n === undefined) statusLineCounts.set(s, (n = b.linesIn(P.status(s), 6, 6, SIZE, s === 'behind')));
  return n;
}

const BORDER_ONLY: CellStyle = { border: THIN };
const NAME_STYLE: CellStyle = { text: true, border: THIN, alignment: { horizontal: 'left', vertical: 'top', wrap: true } };
const NO_FIGURE_STYLE: CellStyle = { border: THIN, alignment: { horizontal: 'center', vertical: 'top' } };


// ── Indicators ──────────────────────────────────────────────────────────────────────────────────────────

interface Group {
  sheet: string;
  tableNo: number | null;
  items: IndicatorResult[];
}

/** Indicators by the table they come from, in the workbook's order. */
function groupIndicators(report: Report): Group[] {
  const groups: Group[] = [];
  const key = (ind: IndicatorResult) => {
    const tables = report.tables.filter((t) => t.sheet === ind.sheet && t.indicators > 0);
    const k = tables.findIndex((t) => rangeHasRow(t.range, ind.row));
    return { k, many: tables.length > 1 };
  };
  for (const ind of report.indicators) {
    const { k, many } = key(ind);
    const tableNo = many && k >= 0 ? k + 1 : null;
    let g = groups.find((x) => x.sheet === ind.sheet && x.tableNo === tableNo);
    if (!g) groups.push((g = { sheet: ind.sheet, tableNo, items: [] }));
    g.items.push(ind);
  }
  return groups;
}


/**
 * The indicator's name without the form's own numbering ('๑. ', '๔.๑ '): the summary numbers indicators
 * itself. Only a leading number is dropped; the rest stays as typed.
 */
export function displayName(name: string): string {
  const stripped = name.replace(/^\s*[(]?[0-9๐-๙]+(?:\.[0-9๐-๙]+)*[.)]?\s+/, '');
  return stripped === '' ? name : stripped;
}

/** A quantity with its unit as the seed writes it: '๑๔๐ กิจการ', 'ระดับ ๓', 'ร้อยละ ๘๐'. */
function qty(b: Builder, ind: IndicatorResult, n: number): string {
  const v = b.num(n);
  if (ind.measure === 'level') return `${P.LEVEL_UNIT} ${v}`;
  if (ind.measure === 'rate' && (ind.unit === null || ind.unit === P.RATE_UNIT)) return `${P.RATE_UNIT} ${v}`;
  return ind.unit ? `${v} ${ind.unit}` : v; // a rate per population: '๑๒.๔ ต่อแสนประชากร'
}

function writeIndicatorRow(b: Builder, ind: IndicatorResult, n: number): void {
  const name = fitName(b, displayName(ind.name), 1, 2);
  const lines = Math.max(b.linesIn(name, 1, 2, SIZE, false), statusLines(b, ind.overall));
  b.begin(rowHeightFor(lines, SIZE));
  b.put(0, n, orderStyle(b.intFormat));
  b.put(1, name, NAME_STYLE);
  b.put(2, '', BORDER_ONLY);
  b.merge(1, 2);
  const figure = (col: number, v: number | null, format: string) => {
    if (v === null) b.put(col, P.NO_FIGURE, NO_FIGURE_STYLE);
    else b.put(col, v, numberStyle(format));
  };
  const quantity = quantityFormat(b, ind);
  figure(3, ind.target, quantity(ind.target));
  figure(4, ind.total, quantity(ind.total));
  figure(5, ind.percent, b.decFormat);
  b.put(6, P.status(ind.overall), statusStyle(ind.overall));
  b.end();
}

/**
 * The format of a target or result: Thai digits (or not), whole or two decimals, and for a level or a rate
 * the word before it ('ระดับ ๓'), so the table says what the figure is without a unit column.
 */
function quantityFormat(b: Builder, ind: IndicatorResult): (v: number | null) => string {
  return (v) => {
    const base = v !== null && !Number.isInteger(v) ? b.decFormat : b.intFormat;
    const word = ind.measure === 'level' ? P.LEVEL_UNIT : ind.measure === 'rate' && (ind.unit === null || ind.unit === P.RATE_UNIT) ? P.RATE_UNIT : null;
    if (word === null) return base;
    // '[$-D01041E]"ระดับ "#,##0': the locale tag stays first, or LibreOffice prints it.
    const m = /^(\[\$-[0-9A-F]+\])?(.*)$/i.exec(base) as RegExpExecArray;
    return `${m[1] ?? ''}"${word} "${m[2]}`;
  };
}

/** The name, cut to MAX_TABLE_LINES lines of its cell with '…' when longer. */
function fitName(b: Builder, name: string, left: number, right: number): string {
  if (b.linesIn(name, left, right, SIZE, false) <= MAX_TABLE_LINES) return name;
  let lo = 0;
  let hi = name.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (b.linesIn(name.slice(0, mid).trimEnd() + P.ELLIPSIS, left, right, SIZE, false) <= MAX_TABLE_LINES) lo = mid;
    else hi = mid - 1;
  }
  // Never cut between a letter and its mark.
  while (lo > 0 && /[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]/.test(name[lo] ?? '')) lo--;
  return name.slice(0, lo).trimEnd() + P.ELLIPSIS;
}

/** The plan due by quarter q, formatted: cumulative sum (count) or the plan at q (level, rate). */
function planDue(b: Builder, ind: IndicatorResult, q: Quarter): string | null {
  // Only an annual target: the straight line (a count's target × q ÷ 4; a level's or a rate's target in Q4).
  const plan = ind.straightLine && ind.target !== null ? straightLinePlan(ind.measure, ind.target) : ind.plan;
  const upTo = plan.slice(0, q);
  if (ind.measure === 'cumulative') return null;
  if (ind.measure === 'count') {
    const due = upTo.filter((p): p is number => p !== null);
    return due.length ? P.cumulativePlan(qty(b, ind, roundHalfAway(due.reduce((a, x) => a + x, 0), 4))) : null;
  }
  for (let i = upTo.length - 1; i >= 0; i--) if (upTo[i] !== null) return P.planAt(qty(b, ind, upTo[i] as number));
  return null;
}

function indicatorParagraph(b: Builder, ind: IndicatorResult, n: number, q: Quarter, fy: number | null): string {
  const months = fy === null ? null : b.ours(P.quarterMonths(fy, q));
  const days = fy === null ? null : b.ours(P.roundDays(fy, q));
  const round = b.ours(`รอบ ${q * 3} เดือน`);
  let s = b.ours(P.indicatorOpening(String(n), '')) + displayName(ind.name);
  if (ind.target !== null) s += P.targetClause(qty(b, ind, ind.target));
  if (ind.measure === 'cumulative' && ind.yearTarget !== undefined) {
    s += P.yearTargetClause(qty(b, ind, ind.yearTarget), ind.base === undefined ? null : qty(b, ind, ind.base));
  }
  const hasResults = ind.total !== null;
  if (hasResults) {
    s += P.quarterClause(b.plain(q), months);
    const thisQuarter = ind.result[q - 1] ?? null;
    if (ind.measure === 'count' || ind.measure === 'cumulative') {
      if (thisQuarter === null) s += P.NOTHING_ADDED;
      else s += q === 1 ? P.amountClause(qty(b, ind, thisQuarter)) : P.addedClause(qty(b, ind, thisQuarter));
      if (ind.measure === 'count' && q > 1) s += P.runningTotalClause(round, days, qty(b, ind, ind.total as number));
      if (ind.measure === 'cumulative') {
        const yearPart =
          ind.base !== undefined ? (ind.total as number) - ind.base : ind.result.slice(0, q).reduce<number>((a, x) => a + (x ?? 0), 0);
        s += P.runningTotalClause(round, days, qty(b, ind, roundHalfAway(yearPart, 4)));
        s += P.cumulativeClause(qty(b, ind, ind.total as number));
      }
    } else {
      s += P.reachedClause(qty(b, ind, ind.total as number));
    }
    // A level past its target reads 'ระดับ ๔ (เป้าหมายระดับ ๑)', not ร้อยละ ๔๐๐ (DOMAIN.md, "Measures").
    if (ind.measure === 'level' && ind.percent !== null && ind.percent > 100 && ind.target !== null) s += P.levelTargetClause(b.num(ind.target));
    else if (ind.percent !== null) s += P.percentClause(b.pct(ind.percent), ind.measure === 'cumulative');
  }
  const plan = ind.overall === 'behind' || ind.overall === 'no-data' || ind.overall === 'ahead' ? planDue(b, ind, q) : null;
  s += P.statusClause(ind.overall, plan);
  if (ind.overall === 'not-due') {
    // A plan already due that is still not-due was deferred (by the committee): its note says until when.
    const deferred = ind.dueQuarter !== null && ind.dueQuarter <= q;
    s += deferred ? P.DEFERRED : P.dueClause(ind.dueQuarter === null ? null : b.plain(ind.dueQuarter));
    for (const note of ind.notes) s += P.remarkClause(note);
  } else if (ind.overall === 'behind') {
    for (const note of ind.notes) s += P.noteClause(note);
  } else if (ind.overall === 'no-data') {
    for (const note of ind.notes) s += P.remarkClause(note);
  }
  return s;
}

// ── Budget ──────────────────────────────────────────────────────────────────────────────────────────────

function writeBudgetRow(b: Builder, line: BudgetResult, n: number | null, isTotal: boolean, v: BudgetView): void {
  // The total row is bold on grey; a line takes the shared styles.
  const total = (style: CellStyle): CellStyle => (isTotal ? { ...style, font: { bold: true }, fill: TOTAL_FILL } : style);
  const name = isTotal ? P.BUDGET_TOTAL : line.name;
  b.begin(rowHeightFor(b.linesIn(name, 1, 1, SIZE, isTotal), SIZE));
  if (n === null) b.put(0, '', isTotal ? { border: THIN, fill: TOTAL_FILL } : BORDER_ONLY);
  else b.put(0, n, orderStyle(b.intFormat));
  b.put(1, name, total(NAME_STYLE));
  const figure = (col: number, v: number | null, format: string) => {
    if (v === null) b.put(col, P.NO_FIGURE, isTotal ? { ...NO_FIGURE_STYLE, fill: TOTAL_FILL } : NO_FIGURE_STYLE);
    else b.put(col, v, total(numberStyle(format)));
  };
  const amount = amountFormat(b, v.decimals);
  figure(2, line.allocated, amount);
  figure(3, line.disbursed, amount);
  figure(4, line.percent, b.decFormat);
  figure(5, line.plannedPercent, b.decFormat);
  b.put(6, P.status(line.status), statusStyle(line.status));
  b.end();
}

/** The number format of amounts with the table's decimals: '#,##0.00' for baht, '#,##0.0000' for million baht. */
function amountFormat(b: Builder, decimals: number): string {
  if (decimals === 4) return b.amountFormat;
  const body = decimals === 0 ? '#,##0' : `#,##0.${'0'.repeat(decimals)}`;
  return b.digits === 'thai' ? `[$-D01041E]${body}` : body;
}

/** The seed's budget sentence, and in the budget section the lines that are behind. */
function budgetSentence(b: Builder, v: BudgetView, q: Quarter, tolerance: number, withLines: boolean): string {
  const w = v.whole;
  let s = b.ours(
    P.disbursedSentence(
      String(q),
      w.disbursed === null ? '0' : b.num(w.disbursed, v.decimals),
      w.percent === null ? null : b.pct(w.percent),
      w.allocated === null ? '-' : b.num(w.allocated, v.decimals),
      v.unit,
    ),
  );
  // b.ours converts our own digits only; the figures above are already in the sheet's digits.
  if (w.plannedPercent !== null) s += P.againstPlan(w.status, b.pct(w.plannedPercent));
  if (w.targetPercent !== null && w.percent !== null) {
    s += P.againstTarget(againstPlan(w.percent, w.targetPercent, 'higher', tolerance), b.pct(w.targetPercent));
  }
  if (withLines) {
    if (v.behindLines.length === 0) s += P.ALL_BUDGET_ON_PLAN;
    else {
      s += P.budgetBehindLead(b.num(v.behindLines.length));
      s += P.listJoin(
        v.behindLines.map(
          (l) => l.name + P.budgetLineFigures(b.pct(l.percent ?? 0), l.plannedPercent === null ? null : b.pct(l.plannedPercent)),
        ),
      );
    }
  }
  return s;
}

// ── Behind list and warnings ────────────────────────────────────────────────────────────────────────────

function behindItems(b: Builder, report: Report, q: Quarter): string[] {
  const out: string[] = [];
  for (const ind of report.indicators.filter((i) => i.overall === 'behind')) {
    const result = ind.total === null ? null : qty(b, ind, ind.total);
    out.push(P.behindIndicator(displayName(ind.name), result, planDue(b, ind, q)) + ' ' + P.rowRef(ind.sheet, b.plain(ind.row)));
  }
  for (const line of report.budget.filter((l) => l.status === 'behind')) {
    const name = line.isTotal ? null : line.name;
    out.push(
      P.behindBudget(name, line.percent === null ? null : b.pct(line.percent), line.plannedPercent === null ? null : b.pct(line.plannedPercent)) +
        ' ' +
        P.rowRef(line.sheet, b.plain(line.row)),
    );
  }
  return out;
}

/**
 * "'ตาราง 1'!F13 message": the reference as Excel's Go To takes it (Arabic digits, as Excel writes it), the message in
 * Thai in the summary's digits.
 */
function warningLine(w: Warning, digits: DigitStyle): string {
  const sheet = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(w.sheet) ? w.sheet : `'${w.sheet.replace(/'/g, "''")}'`;
  const ref = w.cell ? `${sheet}!${w.cell}` : sheet;
  return `${ref} ${warningMessage(w, 'th', digits)}`;
}

// ── Charts ──────────────────────────────────────────────────────────────────────────────────────────────

function chartSpecs(b: Builder, report: Report, budget: BudgetView | null, q: Quarter): ChartSpec[] {
  const charts: ChartSpec[] = [];
  let row = b.row + 1;
  const quarters = [1, 2, 3, 4].map((i) => b.ours(P.quarterLabel(i)));
  if (budget) {
    charts.push({
      type: 'line',
      title: P.CHART_DISBURSEMENT,
      categories: quarters,
      series: [
        { name: P.CHART_PLAN_SERIES, values: budget.plannedByQuarter, color: '5B9BD5' },
        { name: P.CHART_ACTUAL_SERIES, values: budget.disbursedByQuarter.map((v, i) => (i < q ? v : null)), color: 'ED7D31' },
      ],
      anchor: { row, col: 0, width: 480, height: 260 },
      numberFormat: b.decFormat,
    });
    row += 14;
  }
  if (report.indicators.length > 0) {
    charts.push({
      type: 'columnClustered',
      title: P.CHART_STATUS,
      categories: STATUS_ORDER.map((s) => P.status(s)),
      series: [{ name: P.COUNT_UNIT, values: STATUS_ORDER.map((s) => report.indicators.filter((i) => i.overall === s).length) }],
      anchor: { row, col: 0, width: 480, height: 260 },
      numberFormat: b.intFormat,
    });
  }
  return charts;
}
