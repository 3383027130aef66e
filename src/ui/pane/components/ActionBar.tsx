import { Button, Field, ProgressBar, makeStyles, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import type { Strings } from '../../i18n';

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
  why: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, margin: 0, fontWeight: tokens.fontWeightSemibold },
});

/**
 * The three actions. While they cannot run (the pane is starting, a run is going on, the fiscal year is wrong) they
 * stay in the Tab order (`disabledFocusable`: focus is never thrown to the page) and say why, as their description.
 */
export function ActionBar(props: {
  strings: Strings;
  busy: Busy | null;
  /** Why the actions cannot run now, or null when they can. */
  unavailable: string | null;
  onAction: (a: Action) => void;
}) {
  const { strings: s, busy, unavailable, onAction } = props;
  const styles = useStyles();
  const id = useId();
  const why = `${id}-why`;
  const described = (hint: string) => (unavailable ? `${why} ${hint}` : hint);
  return (
    <section className={styles.bar} aria-label={s.recalc}>
      <Button
        appearance="primary"
        size="large"
        disabledFocusable={unavailable !== null}
        onClick={() => onAction('recalc')}
        aria-describedby={described(`${id}-recalc`)}
      >
        {s.recalc}
      </Button>
      <p id={`${id}-recalc`} className={styles.hint}>
        {s.recalcHint}
      </p>
      <div className={styles.row}>
        <Button disabledFocusable={unavailable !== null} onClick={() => onAction('summarize')} aria-describedby={described(`${id}-summarize`)}>
          {s.summarize}
        </Button>
        <Button appearance="subtle" disabledFocusable={unavailable !== null} onClick={() => onAction('undo')} aria-describedby={described(`${id}-undo`)}>
          {s.undo}
        </Button>
      </div>
      <span id={`${id}-summarize`} className="visually-hidden">
        {s.summarizeHint}
      </span>
      <span id={`${id}-undo`} className="visually-hidden">
        {s.undoHint}
      </span>
      {unavailable && !busy && (
        <p id={why} className={styles.why}>
          {unavailable}
        </p>
      )}
      {busy && (
        <Field
          id={why}
          validationMessage={busy.total > 0 ? `${s.running[busy.action]} ${s.progress(busy.done, busy.total)}` : s.running[busy.action]}
          validationState="none"
        >
          <ProgressBar aria-label={s.running[busy.action]} value={busy.total > 0 ? busy.done / busy.total : undefined} thickness="large" />
        </Field>
      )}
    </section>
  );
}
