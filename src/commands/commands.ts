/**
 * The ribbon's two ExecuteFunction handlers named in manifest.xml, loaded by commands.html (the FunctionFile). The
 * pane runs in its own page: the run lock of ui/one-run.ts holds across both, and the pane shows what a ribbon run
 * found.
 */
import { officeExcelRun } from '../excel/excel-run';
import { officeJsSettled } from '../ui/host';
import { languageFromDisplay, stringsFor } from '../ui/i18n';
import { COMMAND_NAMES } from './command-names';
import { makeCommand } from './run-command';
import { showOutcomeDialog } from './show-outcome';

type OfficeGlobal = { Office?: typeof Office };
const office = () => (globalThis as OfficeGlobal).Office;

const strings = () => stringsFor(languageFromDisplay(office()?.context?.displayLanguage));
// The engine is the pane's chunk too: fetched once, when a button is first pressed or the pane first runs.
const actions = () => import(/* webpackChunkName: "engine" */ '../excel/workbook-actions');

// The adapter reads the settings saved with the workbook (period: latest quarter with results).
const recalcProgress = makeCommand('recalc', {
  action: async () => ({ report: await (await actions()).recalcWorkbook(officeExcelRun, {}) }),
  show: showOutcomeDialog,
  strings,
});

const generateSummary = makeCommand('summary', {
  action: async () => (await actions()).summarizeWorkbook(officeExcelRun, {}),
  show: showOutcomeDialog,
  strings,
});

// Older builds look the handlers up on the global object: there at once.
Object.assign(globalThis, { [COMMAND_NAMES.recalc]: recalcProgress, [COMMAND_NAMES.summary]: generateSummary });
// Current Office finds them through Office.actions.associate, as soon as office.js (loaded async beside the pane)
// is there. Outside Office (the preview) there is no Office: nothing to associate.
void officeJsSettled().then(() => {
  office()?.actions?.associate(COMMAND_NAMES.recalc, recalcProgress);
  office()?.actions?.associate(COMMAND_NAMES.summary, generateSummary);
});
