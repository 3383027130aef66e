import { Button, Field, ProgressBar, makeStyles, tokens } from '@fluentui/react-components';
import type { Strings } from '../i18n';

export type Action = 'recalc' | 'summarize' | 'undo';
export interface Busy {
  action: Action;
  done: number;
  total: number;
}

const useStyles = makeStyles({
  bar: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  hint: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, margin: 0 },
});

export function ActionBar(props: {
  strings: Strings;
  busy: Busy | null;
  canRun: boolean;
  onAction: (a: Action) => void;
}) {
  const { strings: s, busy, canRun, onAction } = props;
  const styles = useStyles();
  const disabled = busy !== null || !canRun;
  return (
    <section className={styles.bar} aria-label={s.recalc}>
      <Button appearance="primary" size="large" disabled={disabled} onClick={() => onAction('recalc')} title={s.recalcHint}>
        {s.recalc}
      </Button>
      <p className={styles.hint}>{s.recalcHint}</p>
      <div className={styles.row}>
        <Button disabled={disabled} onClick={() => onAction('summarize')} title={s.summarizeHint}>
          {s.summarize}
        </Button>
        <Button appearance="subtle" disabled={disabled} onClick={() => onAction('undo')} title={s.undoHint}>
          {s.undo}
        </Button>
      </div>
      {busy && (
        <Field
          validationMessage={busy.total > 0 ? `${s.running[busy.action]} ${s.progress(busy.done, busy.total)}` : s.running[busy.action]}
          validationState="none"
        >
          <ProgressBar
            aria-label={s.running[busy.action]}
            value={busy.total > 0 ? busy.done / busy.total : undefined}
            thickness="large"
          />
        </Field>
      )}
    </section>
  );
}
