/**
 * The summary sheet for the monitoring meeting, as data (SheetSpec), from the engine's Report. Pure: the same
 * report gives the same sheet. Content in the order a meeting reads it: title and period, overview (counts by
 * status, budget against plan and target), the indicator table, a paragraph per indicator, the budget table
 * and paragraph, the behind-plan list, the warnings.
 */
import { chartSpecs } from './charts';
import { behindItems, budgetSentence, budgetWhen, indicatorParagraph, repeatParagraph, warningLines } from './narrative';
import { summarySheetName } from './sheet-name';
import { FIRST_ROW_KEEP, INDICATOR_COLUMNS, fitName, indicatorNumbers, writeBudgetRow, writeCounts, writeIndicatorRow } from './tables';
import { distinctIndicators, groupIndicators, repeatedIndicators, sameFigures } from './groups';
import type { Report } from '../types';
import { budgetView } from './budget-view';
import { Builder, COLS, KEEP_WITH_TEXT, MARGINS, SIZE, WIDTHS, pageZoom } from './layout';
import * as P from './phrases';
import { SHEET_SPEC_VERSION, SUMMARY_NAME_PREFIX, type SheetSpec } from './sheet-spec';
import { completed, type Steps } from '../steps';
import { reportsARound } from '../reporting-round';
import { DEFAULT_FONT, FALLBACK_FONT, type SummaryOptions } from './options';

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
  const numbers = indicatorNumbers(b, groups);
  const tolerance = options.tolerance ?? 0;
  const budget = budgetView(report, options.cabinetTargets, tolerance);
  const behind = behindItems(b, report, q);
  const warnings = warningLines(report.warnings, b.digits);
  // Each indicator is laid out twice (its table row and its paragraph); then the budget rows, the behind list and
  // the warnings.
  const work = 2 * report.indicators.length + (budget?.lines.length ?? 0) + behind.length + warnings.length;
  let done = 0;
  const stepEnds = () => ++done % SUMMARY_STEP === 0;
  const progress = () => (stepEnds() ? done / work : null);

  // Title and period: a round's, or with tables that have no periods, the as-of date's (or none)
  const round = reportsARound(report.tables) ? q : null;
  const asOfDate = report.asOf?.date ?? null;
  const toDate = round === null ? { date: asOfDate && b.ours(P.dateText(asOfDate)) } : undefined;
  b.line(b.ours(P.title(round, asOfDate)), { font: { bold: true, size: 18 }, alignment: { horizontal: 'center' } });
  if (fy !== null && round !== null) {
    b.line(b.ours(P.roundMonths(fy, round)), { font: { bold: true }, alignment: { horizontal: 'center' } });
    b.line(b.ours(`${P.fiscalYearLine(fy)} ${P.asOfLine(round, asOfDate)}`), { alignment: { horizontal: 'center' } });
  } else if (fy !== null) {
    b.line(b.ours(P.fiscalYearLine(fy)), { alignment: { horizontal: 'center' } });
  }
  b.skip();

  let section = 0;
  // 1. Overview
  b.heading(P.numbered(++section, P.SECTION.overview));
  const repeats = repeatedIndicators(report);
  const counted = distinctIndicators(report, repeats);
  if (report.indicators.length > 0) writeCounts(b, counted, report.indicators.length - counted.length);
  if (report.straightLine === true || report.straightLine === false) b.paragraph(b.ours(P.straightLineNote(report.straightLine)), { text: false });
  // The budget sentence is the budget section's own paragraph (DOMAIN.md, "The summary sheet"): not said twice.

  // 2. Indicator table
  b.heading(P.numbered(++section, P.SECTION.indicators));
  if (report.indicators.length > 0) {
    b.tableHeader(P.INDICATOR_HEADERS, INDICATOR_COLUMNS);
    for (const g of groups) {
      // A group heading in one line (a form's แผนงาน can run three), the table's title too (the paragraphs below are
      // headed by it whole). The paragraphs are not headed by the groups again: the table's numbers lead to them,
      // and sixteen more rows took the seed's summary onto a seventh page (DOMAIN.md: at most six).
      const heading = g.heading === null ? null : fitName(b, g.heading, 0, COLS - 1, 1);
      if (g.table !== null) b.groupRow(fitName(b, g.table, 0, COLS - 1, 1, true), true, FIRST_ROW_KEEP, heading === null ? 0 : b.headingHeight(heading, false));
      if (heading !== null) b.groupRow(heading, false, FIRST_ROW_KEEP);
      for (let i = 0; i < g.items.length; i++) {
        writeIndicatorRow(b, g.items[i], numbers.get(g.items[i]) as string);
        if (stepEnds()) yield done / work;
      }
    }
    b.endTable();
  } else {
    b.paragraph(P.NO_INDICATORS, { text: false });
  }

  // 3. Paragraph per indicator
  if (report.indicators.length > 0) {
    // Kept with the first group's headings and the first lines of its first paragraph.
    const [first] = groups;
    b.heading(P.numbered(++section, P.SECTION.narrative), (first.table === null ? 0 : b.headingHeight(first.table)) + KEEP_WITH_TEXT);
    // Where each indicator was told (its number and table), for one told again from another table.
    const told = new Map<(typeof report.indicators)[number], { n: string; table: string | null }>();
    let table: string | null = null;
    for (const g of groups) {
      if (g.table !== null) b.subheading((table = g.table));
      for (let i = 0; i < g.items.length; i++) {
        const ind = g.items[i];
        const n = numbers.get(ind) as string;
        const first = repeats.get(ind);
        const where = first && sameFigures(ind, first) ? told.get(first) : undefined;
        if (repeats.size > 0) told.set(ind, { n, table });
        b.fullParagraph(where ? repeatParagraph(b, ind, n, where.n, where.table) : indicatorParagraph(b, ind, n, q, fy, toDate));
        if (stepEnds()) yield done / work;
      }
    }
  }

  // 4. Budget
  b.heading(P.numbered(++section, P.SECTION.budget));
  if (budget) {
    b.tableHeader(P.budgetHeaders(budget.unit));
    for (let i = 0; i < budget.lines.length; i++) {
      writeBudgetRow(b, budget.lines[i], i + 1, false, budget.decimals);
      if (stepEnds()) yield done / work;
    }
    if (budget.total) writeBudgetRow(b, budget.total, null, true, budget.decimals);
    b.endTable();
    b.fullParagraph(budgetSentence(b, budget, budgetWhen(report), tolerance, true), { text: budget.behindLines.length > 0 });
  } else {
    b.paragraph(P.noBudget(), { text: false });
  }

  // 5. Behind plan
  yield* numberedList(b, P.numbered(++section, P.SECTION.behind), behind, P.NOTHING_BEHIND, progress);

  // 6. Warnings
  yield* numberedList(b, P.numbered(++section, P.SECTION.warnings), warnings, P.NO_WARNINGS, progress);

  const charts = chartSpecs(b, report, budget, q);
  return {
    version: SHEET_SPEC_VERSION,
    name: summarySheetName(round, fy, b.digits, options.sheetNames ?? [], asOfDate),
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

/**
 * A section of numbered paragraphs (what is behind plan, the warnings) under its heading, or the line saying there
 * are none. `progress` counts each paragraph and says how far the summary is when a step ends.
 */
function* numberedList(b: Builder, heading: string, items: readonly string[], none: string, progress: () => number | null): Steps<void> {
  b.heading(heading);
  if (items.length === 0) b.paragraph(none, { text: false });
  for (let i = 0; i < items.length; i++) {
    b.numberedParagraph(b.num(i + 1), items[i]);
    const at = progress();
    if (at !== null) yield at;
  }
}
