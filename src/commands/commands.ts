/** Entry of commands.html: the two ExecuteFunction handlers named in manifest.xml. */
import { officeExcelRun } from '../excel/excel-run';
import { loadSettings } from '../excel/settings-store';
import { recalcWorkbook, summarizeWorkbook } from '../excel/workbook-actions';
import { languageFromDisplay, stringsFor } from '../taskpane/i18n';
import { withDefaults } from '../taskpane/operations';
import { COMMAND_NAMES } from './command-names';
import { makeCommand } from './run-command';
import { showOutcomeDialog } from './show-outcome';

const strings = () => stringsFor(languageFromDisplay(Office.context?.displayLanguage));

async function savedOptions() {
  return { settings: withDefaults(await loadSettings(officeExcelRun)) };
}

const recalcProgress = makeCommand('recalc', {
  action: async () => recalcWorkbook(officeExcelRun, await savedOptions()),
  show: showOutcomeDialog,
  strings,
});

const generateSummary = makeCommand('summary', {
  action: async () => summarizeWorkbook(officeExcelRun, await savedOptions()),
  show: showOutcomeDialog,
  strings,
});

// Older Office builds look the function up on the global object; newer ones use Office.actions.associate.
Object.assign(globalThis, { [COMMAND_NAMES.recalc]: recalcProgress, [COMMAND_NAMES.summary]: generateSummary });
Office.onReady(() => {
  Office.actions?.associate(COMMAND_NAMES.recalc, recalcProgress);
  Office.actions?.associate(COMMAND_NAMES.summary, generateSummary);
});
