/**
 * Excel has no notification API for add-in commands (Outlook's notificationMessages is Outlook-only), so the
 * outcome is shown in a small Office dialog (DialogApi 1.1) that the user closes. The command completes when the
 * dialog closes, or after a minute at most so the ribbon button never stays busy.
 */
import { encodeOutcome } from './outcome-text';
import type { Outcome } from './outcome-text';

const MAX_WAIT_MS = 60_000;

export function showOutcomeDialog(outcome: Outcome): Promise<void> {
  if (!Office.context.requirements.isSetSupported('DialogApi', '1.1')) return Promise.resolve();
  const url = new URL('outcome.html', window.location.href);
  url.searchParams.set('d', encodeOutcome(outcome));
  return new Promise((resolve) => {
    let dialog: Office.Dialog | null = null;
    const done = () => {
      clearTimeout(timer);
      try {
        dialog?.close();
      } catch {
        // already closed by the user
      }
      resolve();
    };
    const timer = setTimeout(done, MAX_WAIT_MS);
    Office.context.ui.displayDialogAsync(url.toString(), { height: 35, width: 30, displayInIframe: true }, (result) => {
      if (result.status !== Office.AsyncResultStatus.Succeeded) {
        console.error('dialog failed', result.error);
        done();
        return;
      }
      dialog = result.value;
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, done);
      dialog.addEventHandler(Office.EventType.DialogEventReceived, done);
    });
  });
}
