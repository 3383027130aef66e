/** Per-indicator corrections and the workbook's settings: loaded on demand (a separate chunk). */
import { Button, Field, Input, Select, Switch, makeStyles, tokens } from '@fluentui/react-components';
import { useId, useState } from 'react';
import type { Direction, IndicatorOverride, IndicatorResult, Measure, Report, Settings } from '../../../core/types';
import type { Strings } from '../../i18n';
import { useLeaveCheck } from './check-on-leave';
import { OtherLanguage } from './OtherLanguage';
import { ShowMore, useListStep } from './ShowMore';

const MEASURES: Measure[] = ['count', 'cumulative', 'level', 'rate'];
const DIRECTIONS: Direction[] = ['higher', 'lower'];

const useStyles = makeStyles({
  indicator: {
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    paddingBottom: tokens.spacingVerticalS,
    marginBottom: tokens.spacingVerticalS,
  },
  pair: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  // min-width 0: a field may be narrower than its longest option, so that nothing sticks out of a 320 px pane.
  grow: { flex: '1 1 180px', minWidth: 0 },
  // Two quarters a row: four in a row left quarters 3 and 4 off-screen at 320 px.
  target: { minWidth: 0 },
  quarters: { display: 'grid', gridTemplateColumns: 'repeat(2, minmax(0, 1fr))', gap: tokens.spacingHorizontalS },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

/** What the user may correct in an indicator's reading: the choices, the field's label and the words for each. */
type Correctable = keyof IndicatorOverride & keyof IndicatorResult;

interface Correction<K extends Correctable> {
  options: readonly IndicatorResult[K][];
  label: (s: Strings) => string;
  words: (s: Strings) => Record<IndicatorResult[K], string>;
}

const CORRECTIONS: { [K in Correctable]: Correction<K> } = {
  measure: { options: MEASURES, label: (s) => s.measureLabel, words: (s) => s.measure },
  direction: { options: DIRECTIONS, label: (s) => s.directionLabel, words: (s) => s.direction },
};

/** One correction of an indicator: the detected reading (empty value) or one of its choices. */
function OverrideField<K extends Correctable>(props: {
  field: K;
  indicator: IndicatorResult;
  value: IndicatorResult[K] | undefined;
  strings: Strings;
  className: string;
  disabled: boolean;
  onChange: (value: IndicatorResult[K] | undefined) => void;
}) {
  const { field, indicator, value, strings: s, className, disabled, onChange } = props;
  const { options, label, words }: Correction<K> = CORRECTIONS[field];
  const word = words(s);
  return (
    <Field className={className} label={label(s)}>
      <Select value={value ?? ''} disabled={disabled} onChange={(_, d) => onChange((d.value || undefined) as IndicatorResult[K] | undefined)}>
        <option value="">{s.asDetected(word[indicator[field]])}</option>
        {options.map((x) => (
          <option key={x} value={x}>
            {word[x]}
          </option>
        ))}
      </Select>
    </Field>
  );
}

export function overrideKey(sheet: string, row: number): string {
  return `${sheet}!${row}`;
}

export function CorrectionsPanel(props: {
  strings: Strings;
  report: Report | null;
  settings: Settings;
  onChange: (s: Settings) => void;
  disabled: boolean;
}) {
  const { strings: s, report, settings, onChange, disabled } = props;
  const styles = useStyles();
  // Two drop-downs an indicator: a big workbook's thousands are drawn a step at a time (see ShowMore).
  const list = useListStep(report?.indicators ?? [], report ?? NO_REPORT);
  if (!report || report.indicators.length === 0) return <p>{s.correctionsEmpty}</p>;
  const set = (key: string, patch: IndicatorOverride) => {
    const next: IndicatorOverride = { ...settings.overrides[key], ...patch };
    for (const k of Object.keys(next) as (keyof IndicatorOverride)[]) if (next[k] === undefined) delete next[k];
    const overrides = { ...settings.overrides };
    if (Object.keys(next).length === 0) delete overrides[key];
    else overrides[key] = next;
    onChange({ ...settings, overrides });
  };
  return (
    <div>
      <p className="pane-muted">{s.correctionsHelp}</p>
      <div ref={list.listRef}>
      {list.shown.map((i) => {
        const key = overrideKey(i.sheet, i.row);
        const o = settings.overrides[key] ?? {};
        return (
          <div key={key} className={styles.indicator}>
            <OtherLanguage strings={s} className="pane-item-title">
              {i.name}
            </OtherLanguage>
            <div className="pane-muted">
              <OtherLanguage strings={s}>{i.sheet}</OtherLanguage> {s.row(i.row)}
            </div>
            <div className={styles.pair}>
              {(Object.keys(CORRECTIONS) as Correctable[]).map((field) => (
                <OverrideField
                  key={field}
                  field={field}
                  indicator={i}
                  value={o[field]}
                  strings={s}
                  className={styles.grow}
                  disabled={disabled}
                  onChange={(v) => set(key, { [field]: v })}
                />
              ))}
            </div>
          </div>
        );
      })}
      </div>
      <ShowMore step={list} list={s.correctionsHeading} strings={s} />
    </div>
  );
}

const NO_REPORT = {};

/** Text typed in a number field: '' = none; otherwise a finite number. */
export function parseOptionalNumber(text: string): number | null | 'invalid' {
  const t = text.trim().replace(/,/g, '');
  if (t === '') return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : 'invalid';
}

export function SettingsPanel(props: {
  strings: Strings;
  settings: Settings;
  onChange: (s: Settings) => void;
  disabled: boolean;
}) {
  const { strings: s, settings, onChange, disabled } = props;
  const styles = useStyles();
  return (
    <div className={styles.form}>
      <Field label={s.digitsLabel}>
        <Select
          value={settings.digits}
          disabled={disabled}
          onChange={(_, d) => onChange({ ...settings, digits: d.value as Settings['digits'] })}
        >
          {(['auto', 'thai', 'arabic'] as const).map((d) => (
            <option key={d} value={d}>
              {s.digits[d]}
            </option>
          ))}
        </Select>
      </Field>
      <NumberField
        label={s.toleranceLabel}
        invalid={s.numberInvalid}
        initial={settings.tolerance}
        disabled={disabled}
        takes={(n) => n === null || n >= 0}
        onValue={(n) => onChange({ ...settings, tolerance: n ?? 0 })}
      />
      <fieldset className="pane-fieldset">
        <legend className="pane-legend">{s.cabinetLabel}</legend>
        <div className={styles.quarters}>
          {settings.cabinetTargets.map((t, q) => (
            <NumberField
              key={q}
              className={styles.target}
              label={s.cabinetQuarter(q + 1)}
              invalid={s.numberInvalid}
              initial={t}
              disabled={disabled}
              onValue={(n) => onChange({ ...settings, cabinetTargets: settings.cabinetTargets.map((x, k) => (k === q ? n : x)) })}
            />
          ))}
        </div>
      </fieldset>
      <Switch
        label={s.straightLineLabel}
        checked={settings.straightLine}
        disabled={disabled}
        onChange={(_, d) => onChange({ ...settings, straightLine: d.checked })}
      />
      <Field label={s.fontLabel}>
        <Input value={settings.font} disabled={disabled} onChange={(_, d) => onChange({ ...settings, font: d.value })} />
      </Field>
    </div>
  );
}

/**
 * A number or empty (the tolerance, a quarter's cabinet target), checked when the field is left; `takes` says which
 * numbers it accepts besides. Only what it accepts is passed on.
 */
function NumberField(props: {
  className?: string;
  label: string;
  /** What is said under the field when the text is not a number it takes. */
  invalid: string;
  initial: number | null;
  disabled: boolean;
  takes?: (n: number | null) => boolean;
  onValue: (n: number | null) => void;
}) {
  const { className, label, invalid, initial, disabled, takes, onValue } = props;
  const [text, setText] = useState(initial === null ? '' : String(initial));
  const refused = (x: ReturnType<typeof parseOptionalNumber>) => x === 'invalid' || (takes !== undefined && !takes(x));
  const check = useLeaveCheck(refused(parseOptionalNumber(text)));
  return (
    <Field className={className} label={label} validationMessage={check.shown ? invalid : undefined}>
      <Input
        inputMode="decimal"
        value={text}
        disabled={disabled}
        onBlur={check.check}
        onChange={(_, d) => {
          setText(d.value);
          const n = parseOptionalNumber(d.value);
          check.changed(refused(n));
          if (n !== 'invalid' && !refused(n)) onValue(n);
        }}
      />
    </Field>
  );
}

/** Unavailable while nothing changed or a run goes on: it stays in the Tab order and says why. */
export function SaveSettingsButton(props: { strings: Strings; dirty: boolean; disabled: boolean; onSave: () => void }) {
  const { strings: s, dirty, disabled, onSave } = props;
  const id = useId();
  const why = disabled ? s.unavailable.busy : !dirty ? s.unavailable.nothingToSave : null;
  return (
    <div style={{ display: 'flex', alignItems: 'center', gap: 8, flexWrap: 'wrap' }}>
      <Button appearance="primary" disabledFocusable={why !== null} onClick={onSave} aria-describedby={why ? id : undefined}>
        {s.save}
      </Button>
      {dirty && <span className="pane-muted">{s.unsaved}</span>}
      {why && (
        <span id={id} className="visually-hidden">
          {why}
        </span>
      )}
    </div>
  );
}

export default function SettingsPanels(props: {
  strings: Strings;
  report: Report | null;
  settings: Settings;
  onChange: (s: Settings) => void;
  dirty: boolean;
  disabled: boolean;
  onSave: () => void;
  which: 'corrections' | 'settings';
}) {
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
      {props.which === 'corrections' ? <CorrectionsPanel {...props} /> : <SettingsPanel {...props} />}
      <SaveSettingsButton strings={props.strings} dirty={props.dirty} disabled={props.disabled} onSave={props.onSave} />
    </div>
  );
}
