import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { Strings } from '../i18n';
import { en } from '../i18n/en';
import type { PaneError } from '../errors';

/** A failure, what to do about it, and the original message: never swallowed. */
export function ErrorBar({ error, strings, onDismiss }: { error: PaneError; strings: Strings; onDismiss: () => void }) {
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{strings.errorTitle[error.action]}</MessageBarTitle>
        {error.advice ? (strings === en ? error.advice.en : error.advice.th) : strings.errorHint[error.hint]}
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
