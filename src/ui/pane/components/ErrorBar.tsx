import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { Strings } from '../../i18n';
import type { PaneError } from '../../errors';

/**
 * A failure, what to do about it, and the original message: never swallowed. It is said in the pane's live region
 * (App), so the bar itself is no alert: a screen reader hears it once.
 */
export function ErrorBar({ error, strings, onDismiss }: { error: PaneError; strings: Strings; onDismiss: () => void }) {
  return (
    <MessageBar intent="error" layout="multiline" data-error="">
      <MessageBarBody>
        <MessageBarTitle>{strings.errorTitle[error.action]}</MessageBarTitle>
        {error.advice ? error.advice[strings.lang] : strings.errorHint[error.hint]}
        {error.detail && (
          <div style={{ marginTop: 4, opacity: 0.8, fontSize: 12 }}>
            {strings.details}: {error.detail}
          </div>
        )}
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={onDismiss}>
          {strings.dismiss}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
