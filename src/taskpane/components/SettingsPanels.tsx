/** Per-indicator corrections and the workbook's settings: loaded on demand (a separate chunk). */
import { Button, Field, Input, Select, Switch, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { Direction, IndicatorOverride, Measure, Report, Settings } from '../../core/types';
import type { Strings } from '../i18n';
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
  grow: { flex: '1 1 130px' },
  quarters: { display: 'grid', gridTemplateColumns: 'repeat(4, 1fr)', gap: tokens.spacingHorizontalXS },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

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
      {list.shown.map((i) => {
        const key = overrideKey(i.sheet, i.row);
        const o = settings.overrides[key] ?? {};
        return (
          <div key={key} className={styles.indicator}>
            <div className="pane-item-title">{i.name}</div>
            <div className="pane-muted">{s.rowRef(i.sheet, i.row)}</div>
            <div className={styles.pair}>
              <Field className={styles.grow} label={s.measureLabel}>
                <Select
                  value={o.measure ?? ''}
                  disabled={disabled}
                  onChange={(_, d) => set(key, { measure: (d.value || undefined) as Measure | undefined })}
                >
                  <option value="">{s.asDetected(s.measure[i.measure])}</option>
                  {MEASURES.map((m) => (
                    <option key={m} value={m}>
                      {s.measure[m]}
                    </option>
                  ))}
                </Select>
              </Field>
              <Field className={styles.grow} label={s.directionLabel}>
                <Select
                  value={o.direction ?? ''}
                  disabled={disabled}
                  onChange={(_, d) => set(key, { direction: (d.value || undefined) as Direction | undefined })}
                >
                  <option value="">{s.asDetected(s.direction[i.direction])}</option>
                  {DIRECTIONS.map((d) => (
                    <option key={d} value={d}>
                      {s.direction[d]}
                    </option>
                  ))}
                </Select>
              </Field>
            </div>
          </div>
        );
      })}
      <ShowMore left={list.left} list={s.correctionsHeading} strings={s} onClick={list.more} />
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
  const [targets, setTargets] = useState(settings.cabinetTargets.map((t) => (t === null ? '' : String(t))));
  const tolParsed = parseOptionalNumber(tolerance);
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
      <Field
        label={s.toleranceLabel}
        validationMessage={tolParsed === 'invalid' || (typeof tolParsed === 'number' && tolParsed < 0) ? s.numberInvalid : undefined}
      >
        <Input
          inputMode="decimal"
          value={tolerance}
          disabled={disabled}
          onChange={(_, d) => {
            setTolerance(d.value);
            const n = parseOptionalNumber(d.value);
            if (n !== 'invalid' && (n === null || n >= 0)) onChange({ ...settings, tolerance: n ?? 0 });
          }}
        />
      </Field>
      <Field label={s.cabinetLabel}>
        <div className={styles.quarters}>
          {targets.map((t, q) => {
            const parsed = parseOptionalNumber(t);
            return (
              <Field key={q} label={s.cabinetQuarter(q + 1)} validationMessage={parsed === 'invalid' ? s.numberInvalid : undefined}>
                <Input
                  inputMode="decimal"
                  value={t}
                  disabled={disabled}
                  onChange={(_, d) => {
                    const nextText = targets.map((x, k) => (k === q ? d.value : x));
                    setTargets(nextText);
                    const n = parseOptionalNumber(d.value);
                    if (n !== 'invalid') {
                      onChange({ ...settings, cabinetTargets: settings.cabinetTargets.map((x, k) => (k === q ? n : x)) });
                    }
                  }}
                />
              </Field>
            );
          })}
        </div>
      </Field>
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

export function SaveSettingsButton(props: { strings: Strings; dirty: boolean; disabled: boolean; onSave: () => void }) {
  const { strings: s, dirty, disabled, onSave } = props;
  return (
    <div style={{ display: 'flex', alignItems: 'center', gap: 8, flexWrap: 'wrap' }}>
      <Button appearance="primary" disabled={disabled || !dirty} onClick={onSave}>
        {s.save}
      </Button>
      {dirty && <span className="pane-muted">{s.unsaved}</span>}
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
