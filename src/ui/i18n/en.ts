/** The task pane's English strings; same keys as th.ts. Figures in Arabic digits (the pane's rule: its language's). */
import { formatNumber } from '../../core/thai-digits';
import type { Strings } from './th';

const NB = '\u00a0';
const n = (x: number) => formatNumber(x, 'arabic');
const pct = (p: number | null) => (p === null ? '–' : formatNumber(p, 'arabic', { decimals: 2 }));

export const en: Strings = {
  lang: 'en',
  num: n,
  pct,
  appTitle: 'KPI Progress',
  appSubtitle: 'Totals, percentages and status words from the tables in this workbook',
  switchLanguage: 'ไทย',
  switchLanguageLabel: 'เปลี่ยนเป็นภาษาไทย',
  switchLanguageLang: 'th',
  previewBanner: 'Preview: not running in Excel, so the sample workbook (FY 2566, quarter 2 results), shown beside this pane, is used.',
  previewUnavailable: 'The sample workbook could not be opened',

  periodHeading: 'Reporting period',
  fiscalYear: 'Fiscal year (BE)',
  fiscalYearAuto: 'From the workbook',
  quarter: 'Quarter',
  quarterAuto: 'From the workbook (latest with results)',
  quarterName: (q) => `Q${q} (${['Oct–Dec', 'Jan–Mar', 'Apr–Jun', 'Jul–Sep'][q - 1]})`,
  periodFound: (fy, q) => `Found in the workbook: fiscal year${NB}${fy ?? '–'}` + (q === null ? '' : `, quarter${NB}${q} (${q * 3}-month round)`),
  fiscalYearInvalid: 'The fiscal year is a four-digit Buddhist Era year, e.g. 2566',

  recalc: 'Recalculate progress',
  recalcHint: 'Fills in totals, percentages and status words and colours the rows behind plan. Your inputs are never changed.',
  summarize: 'Generate summary',
  summarizeHint: "Writes this round's summary sheet (replacing the previous one for the same round)",
  undo: 'Undo',
  undoHint: 'Restores every cell the last run changed',
  running: { recalc: 'Recalculating…', summarize: 'Generating the summary…', undo: 'Undoing…' },
  progress: (done, total) => `${Math.round((done / total) * 100)}%`,
  doneRecalc: (indicators, behind) => `Done: ${n(indicators)}${NB}indicators, ${n(behind)}${NB}behind plan`,
  warningsAfterRun: (count) => (count ? `${n(count)}${NB}warnings` : ''),
  selectedRow: (sheet, row) => `Sheet ${sheet}, row${NB}${n(row)}`,
  selectedCell: (sheet, cell) => `Sheet ${sheet}, cell ${cell}`,
  unavailable: {
    starting: 'Not available yet: connecting to the workbook…',
    busy: 'Not available: wait for the current task to finish',
    fiscalYear: 'Not available: correct the fiscal year (BE) first, or leave it empty to read it from the workbook',
    nothingToSave: 'There are no changes to save',
    ribbon: 'Not available: a run started from a ribbon button is going; wait for it to finish',
  },
  fromRibbon: (done) => `From the ribbon: ${done}`,
  replaceTitle: 'Replace the older summary?',
  replaceWarning: (sheets) =>
    `Generate summary deletes the sheet ${sheets.map((x) => `“${x}”`).join(' ')} and writes a new one. Deleting a sheet cannot be undone, and Excel clears this workbook's whole undo list (Ctrl+Z).`,
  addSheetTitle: 'Ctrl+Z will not reach back past the summary',
  addSheetWarning:
    "Generate summary adds a new sheet. In Excel on Windows and Mac, a sheet added by an add-in clears this workbook's whole undo list (Ctrl+Z), so you cannot undo anything done before it.",
  replaceGoOn: 'Generate the summary',
  replaceCancel: 'Cancel',
  replaceCancelled: 'Cancelled: the workbook was not changed',
  doneSummary: (sheet) => `The summary sheet “${sheet}” has been written`,
  doneUndo: 'Undone: the cells hold what they held before the last run',
  firstRun: 'Click “Recalculate progress” to find the tables in this workbook and compute the results.',

  tablesHeading: 'Tables found',
  tablesNone: 'No KPI or budget table was found: check that the headers use words such as ตัวชี้วัด, แผน, ผล, ไตรมาส.',
  tableLine: (sheet, range) => `${sheet} · ${range}`,
  tableCounts: (indicators, budgetLines) =>
    [indicators ? `${n(indicators)}${NB}indicators` : '', budgetLines ? `${n(budgetLines)}${NB}budget lines` : ''].filter(Boolean).join(' · ') ||
    'no rows',
  tableShape: (t) =>
    [
      t.kind === 'budget' ? 'budget' : 'indicators',
      { quarter: 'by quarter', month: 'by month', half: '6/12-month rounds', none: 'one result to date' }[t.periods],
      t.rows === 'pairs' ? 'plan/result rows' : 'one row each',
      t.unit ? `amounts in ${t.unit}` : '',
    ]
      .filter(Boolean)
      .join(' · '),
  asOfLine: (text, where, round = true) => `${round ? 'quarter from the as-of date' : 'as-of date'} "${text}" (${where})`,
  otherYear: (fiscalYear) => `a table of fiscal year ${fiscalYear ?? '(another)'}, not the one reported: not written`,
  skippedHeading: 'Tables not read',
  skippedWhy: (reason, detail) =>
    reason === 'no-name'
      ? 'no name column'
      : reason === 'no-result'
        ? 'no result columns'
        : reason === 'unsure'
          ? 'its columns read more than one way, the figures typed in not saying which: not written'
          : detail === 'scoring'
            ? 'a scoring table, not a progress table'
            : detail === 'staff-list'
              ? 'a staff list, not a progress table'
              : 'not a progress table',

  resultHeading: 'Result',
  statusCounts: 'Indicators by status',
  status: {
    behind: 'Behind plan',
    ahead: 'Ahead of plan',
    'on-plan': 'On plan',
    'not-due': 'Not yet due',
    'no-data': 'Not reported',
  },
  behindHeading: (count) => `Behind plan (${n(count)})`,
  behindNone: 'Nothing is behind plan',
  behindHelp: 'Click an item to go to its row in the sheet',
  indicatorsLabel: 'Indicators',
  behindIndicators: (count) => `Indicators (${n(count)})`,
  behindBudget: (count) => `Budget lines (${n(count)})`,
  budgetLabel: 'Budget',
  percentOf: (p) => `${pct(p)}${NB}%`,
  budgetVsPlan: (p, plan) => `${pct(p)}${NB}% disbursed (plan to date ${pct(plan)}${NB}%)`,
  rowRef: (sheet, row) => `${sheet} row${NB}${n(row)}`,
  row: (row) => `row${NB}${n(row)}`,
  cell: (cell) => `cell ${cell}`,
  warningsHeading: (count) => `Warnings (${n(count)})`,
  warningsHelp: 'Click a warning to go to its cell',
  warningsNone: 'No warnings',
  showMore: (more, left) => `Show ${n(more)} more (${n(left)} not shown)`,

  correctionsHeading: 'Correct how indicators are read',
  correctionsHelp: 'If an indicator was read as the wrong kind, choose it here, then save and recalculate.',
  correctionsEmpty: 'Recalculate first; the indicators will be listed here.',
  measureLabel: 'Measure',
  directionLabel: 'Direction',
  asDetected: (word) => `As detected (${word})`,
  measure: {
    count: 'Count (sum of quarters)',
    cumulative: 'Cumulative from a base',
    level: 'Success level',
    rate: 'Rate / percentage (latest value)',
  },
  direction: { higher: 'Higher is better', lower: 'Lower is better' },

  settingsHeading: 'Settings',
  loadingPanel: 'Opening…',
  digitsLabel: 'Digits written into tables',
  digits: { auto: 'As the table', thai: 'Thai digits (๑๒๓)', arabic: 'Arabic digits (123)' },
  toleranceLabel: 'On-plan band (± indicator units / budget percentage points)',
  cabinetLabel: "Cabinet's cumulative disbursement targets (% by the end of the quarter)",
  cabinetQuarter: (q) => `Quarter${NB}${q}`,
  straightLineLabel: 'Indicators with only an annual target: judge the status against a straight line (target × quarter ÷ 4)',
  fontLabel: 'Summary sheet font',
  save: 'Save settings',
  saved: 'Settings saved in the workbook (used from the next run)',
  unsaved: 'Unsaved changes',
  numberInvalid: 'Enter a number or leave it empty',

  errorTitle: {
    recalc: 'Recalculation failed',
    summarize: 'The summary could not be generated',
    undo: 'Undo failed',
    settings: 'The settings could not be read or saved',
    select: 'Could not go to the cell',
  },
  errorHint: {
    cellEdit: 'A cell is being edited: press Enter or Esc in the sheet, then try again.',
    protected:
      'The sheet is protected or the workbook is read-only: unprotect the sheet (Review › Unprotect Sheet) or save a copy, then try again.',
    notFound: 'That sheet or cell no longer exists (deleted or renamed?): recalculate.',
    tooLarge: 'Too much data for Excel on the web in one request: try Excel on the desktop.',
    busy: 'Excel is busy: wait a moment and try again.',
    unsupported: 'This version of Excel lacks a feature this needs: update Office or use Excel on the web.',
    nothingToUndo: 'There is no run to undo in this workbook.',
    generic: 'Nothing was left half-written: try again; if it keeps failing, save, close and reopen the workbook.',
  },
  dismiss: 'Dismiss',
  details: 'Details',

  outcome: {
    recalcTitle: 'Progress recalculated',
    summaryTitle: 'Summary generated',
    counts: (n, behind, budgetBehind) => `${n} indicators: ${behind} behind plan · ${budgetBehind} budget lines behind plan`,
    behindLine: (name, where) => `Behind plan: ${name} (${where})`,
    more: (n) => `and ${n} more: see the KPI Progress pane`,
    warnings: (n) => `${n} warnings: open the KPI Progress pane to see the cells`,
    noTables: 'No KPI or budget table was found in this workbook',
  },

  gridHeading: (sheet) => `Sheet: ${sheet}`,
  gridLegendBehind: 'Red = behind plan (coloured by the run) · green frame = the item selected',
  gridSheets: 'Sheets in the sample workbook',
};
