/**
 * A ribbon command (ExecuteFunction): run the action, tell the user the outcome, and always call
 * event.completed() — Excel keeps the button busy until it is called.
 */
import type { Report } from '../core/types';
import type { Strings } from '../ui/i18n';
import { oneRunAtATime } from '../ui/one-run';
import { outcomeOfError, outcomeOfReport } from './outcome-text';
import type { Outcome } from './outcome-text';

export interface CommandEvent {
  completed: () => void;
}

export interface CommandDeps {
  action: () => Promise<{ report: Report; sheetName?: string }>;
  show: (outcome: Outcome) => Promise<void>;
  strings: () => Strings;
}

export function makeCommand(kind: 'recalc' | 'summary', deps: CommandDeps): (event: CommandEvent) => Promise<void> {
  return async (event) => {
    try {
      let outcome: Outcome;
      try {
        // Refused at once while the pane (or the other button) runs: the outcome dialog says so.
        const { report, sheetName } = await oneRunAtATime({ source: 'ribbon', action: kind === 'recalc' ? 'recalc' : 'summarize' }, deps.action, (r) => r);
        outcome = outcomeOfReport(report, kind, deps.strings(), sheetName);
      } catch (e) {
        console.error(e);
        outcome = outcomeOfError(e, kind, deps.strings());
      }
      try {
        await deps.show(outcome);
      } catch (e) {
        console.error('could not show the outcome', e); // the workbook already shows the result
      }
    } finally {
      event.completed();
    }
  };
}
