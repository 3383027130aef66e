/** Entry of commands.html: the two ExecuteFunction handlers named in manifest.xml. */
import { officeExcelRun } from '../excel/excel-run';
import { recalcWorkbook, summarizeWorkbook } from '../excel/workbook-actions';
import { languageFromDisplay, stringsFor } from '../ui/i18n';
import { COMMAND_NAMES } from './command-names';
import { makeCommand } from './run-command';
import { showOutcomeDialog } from './show-outcome';

const strings = () => stringsFor(languageFromDisplay(Office.context?.displayLanguage));

// The adapter reads the settings saved with the workbook (period: latest quarter with results).
const recalcProgress = makeCommand('recalc', {
  action: async () => ({ report: await recalcWorkbook(officeExcelRun, {}) }),
  show: showOutcomeDialog,
  strings,
});

const generateSummary = makeCommand('summary', {
  action: async () => summarizeWorkbook(officeExcelRun, {}),
  show: showOutcomeDialog,
  strings,
});

// office.js is loaded (blocking) before this script. Current Office finds the handlers through
// Office.actions.associate; older builds look them up on the global object.
Office.actions?.associate(COMMAND_NAMES.recalc, recalcProgress);
Office.actions?.associate(COMMAND_NAMES.summary, generateSummary);
Object.assign(globalThis, { [COMMAND_NAMES.recalc]: recalcProgress, [COMMAND_NAMES.summary]: generateSummary });
Office.onReady(() => undefined);
