/** Per-indicator corrections and the workbook's settings: loaded on demand (a separate chunk). */
import { Button, Field, Input, Select, Switch, makeStyles, tokens } from '@fluentui/react-components';
import { useId, useState } from 'react';
import type { Direction, IndicatorOverride, Measure, Report, Settings } from '../../../core/types';
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

/** One correction of an indicator: the detected reading (empty value) or one of `options`. */
function OverrideField<T extends string>(props: {
  className: string;
  label: string;
  value: T | undefined;
  detected: string;
  options: readonly T[];
  name: (option: T) => string;
  disabled: boolean;
  onChange: (value: T | undefined) => void;
}) {
  const { className, label, value, detected, options, name, disabled, onChange } = props;
  return (
    <Field className={className} label={label}>
      <Select value={value ?? ''} disabled={disabled} onChange={(_, d) => onChange((d.value || undefined) as T | undefined)}>
        <option value="">{detected}</option>
        {options.map((x) => (
          <option key={x} value={x}>
            {name(x)}
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
              <OverrideField
                className={styles.grow}
                label={s.measureLabel}
                value={o.measure}
                detected={s.asDetected(s.measure[i.measure])}
                options={MEASURES}
                name={(m) => s.measure[m]}
                disabled={disabled}
                onChange={(measure) => set(key, { measure })}
              />
              <OverrideField
                className={styles.grow}
                label={s.directionLabel}
                value={o.direction}
                detected={s.asDetected(s.direction[i.direction])}
                options={DIRECTIONS}
                name={(d) => s.direction[d]}
                disabled={disabled}
                onChange={(direction) => set(key, { direction })}
              />
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
  const [tolerance, setTolerance] = useState(String(settings.tolerance));
  const tolParsed = parseOptionalNumber(tolerance);
  const tolInvalid = (x: ReturnType<typeof parseOptionalNumber>) => x === 'invalid' || (typeof x === 'number' && x < 0);
  const tolCheck = useLeaveCheck(tolInvalid(tolParsed));
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
      <Field label={s.toleranceLabel} validationMessage={tolCheck.shown ? s.numberInvalid : undefined}>
        <Input
          inputMode="decimal"
          value={tolerance}
          disabled={disabled}
          onBlur={tolCheck.check}
          onChange={(_, d) => {
            setTolerance(d.value);
            const n = parseOptionalNumber(d.value);
            tolCheck.changed(tolInvalid(n));
            if (!tolInvalid(n)) onChange({ ...settings, tolerance: n === 'invalid' ? 0 : (n ?? 0) });
          }}
        />
      </Field>
      <fieldset className="pane-fieldset">
        <legend className="pane-legend">{s.cabinetLabel}</legend>
        <div className={styles.quarters}>
          {settings.cabinetTargets.map((t, q) => (
            <TargetField
              key={q}
              strings={s}
              quarter={q + 1}
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

/** A cabinet target for one quarter: a number or empty, checked when the field is left. */
function TargetField(props: { strings: Strings; quarter: number; initial: number | null; disabled: boolean; onValue: (n: number | null) => void }) {
  const { strings: s, quarter, initial, disabled, onValue } = props;
  const styles = useStyles();
  const [text, setText] = useState(initial === null ? '' : String(initial));
  const check = useLeaveCheck(parseOptionalNumber(text) === 'invalid');
  return (
    <Field className={styles.target} label={s.cabinetQuarter(quarter)} validationMessage={check.shown ? s.numberInvalid : undefined}>
      <Input
        inputMode="decimal"
        value={text}
        disabled={disabled}
        onBlur={check.check}
        onChange={(_, d) => {
          setText(d.value);
          const n = parseOptionalNumber(d.value);
          check.changed(n === 'invalid');
          if (n !== 'invalid') onValue(n);
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
