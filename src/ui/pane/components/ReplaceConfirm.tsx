/**
 * Asked before สร้างสรุปผล replaces our older summary sheets: deleting a sheet cannot be undone and clears Excel's
 * undo list (DOMAIN.md: "the pane says so first"). Focus starts on Cancel, and Escape cancels: going on is the step
 * that cannot be taken back. With no older summary (`sheets` empty) it is asked only where adding a sheet clears the
 * undo list (Excel on Windows and Mac, ui/host.ts addingSheetClearsUndo), and says so.
 */
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useEffect, useId, useRef } from 'react';
import type { Strings } from '../../i18n';

export function ReplaceConfirm(props: { sheets: string[]; strings: Strings; onGoOn: () => void; onCancel: () => void }) {
  const { sheets, strings: s, onGoOn, onCancel } = props;
  const id = useId();
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => cancel.current?.focus(), []);
  return (
    <MessageBar
      intent="warning"
      layout="multiline"
      role="alertdialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-text`}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCancel();
      }}
    >
      <MessageBarBody>
        <MessageBarTitle id={`${id}-title`}>{sheets.length > 0 ? s.replaceTitle : s.addSheetTitle}</MessageBarTitle>
        <span id={`${id}-text`}>{sheets.length > 0 ? s.replaceWarning(sheets) : s.addSheetWarning}</span>
      </MessageBarBody>
      <MessageBarActions>
        <Button appearance="primary" onClick={onGoOn}>
          {s.replaceGoOn}
        </Button>
        <Button ref={cancel} onClick={onCancel}>
          {s.replaceCancel}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
