import { Field, Input, Select, makeStyles, tokens } from '@fluentui/react-components';
import type { Ref } from 'react';
import { reportsARound } from '../../../core/reporting-round';
import { toArabicDigits } from '../../../core/thai-digits';
import type { Quarter, Report } from '../../../core/types';
import type { Strings } from '../../i18n';
import type { LeaveCheck } from './check-on-leave';

export interface Period {
  /** Empty = read from the workbook. */
  fiscalYear: string;
  quarter: Quarter | null;
}

const useStyles = makeStyles({
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  year: { flex: '1 1 110px', minWidth: 0 },
  quarter: { flex: '2 1 170px', minWidth: 0 },
  found: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

/** The fiscal year typed, as a number ('๒๕๖๖' and '2566' alike); null when empty. */
export function fiscalYearValue(value: string): number | null {
  const t = toArabicDigits(value.trim());
  return t === '' ? null : Number(t);
}

export function fiscalYearError(value: string): boolean {
  const n = fiscalYearValue(value);
  if (n === null) return false;
  return !Number.isInteger(n) || n < 2400 || n > 2700;
}

export function PeriodPicker(props: {
  strings: Strings;
  period: Period;
  onChange: (p: Period) => void;
  report: Report | null;
  disabled: boolean;
  /** When the year's error shows: on leaving the field or on a run (App checks it then). */
  yearCheck: LeaveCheck;
  yearRef?: Ref<HTMLInputElement>;
}) {
  const { strings: s, period, onChange, report, disabled, yearCheck, yearRef } = props;
  const styles = useStyles();
  return (
    <section aria-labelledby="period-heading">
      <h2 id="period-heading" className="pane-h2">
        {s.periodHeading}
      </h2>
      <div className={styles.row}>
        <Field className={styles.year} label={s.fiscalYear} validationMessage={yearCheck.shown ? s.fiscalYearInvalid : undefined}>
          <Input
            ref={yearRef}
            inputMode="numeric"
            value={period.fiscalYear}
            placeholder={report?.fiscalYear ? String(report.fiscalYear) : s.fiscalYearAuto}
            disabled={disabled}
            onBlur={yearCheck.check}
            onKeyDown={(e) => e.key === 'Enter' && yearCheck.check()}
            onChange={(_, d) => {
              yearCheck.changed(fiscalYearError(d.value));
              onChange({ ...period, fiscalYear: d.value });
            }}
          />
        </Field>
        <Field className={styles.quarter} label={s.quarter}>
          <Select
            value={period.quarter === null ? '' : String(period.quarter)}
            disabled={disabled}
            onChange={(_, d) => onChange({ ...period, quarter: d.value === '' ? null : (Number(d.value) as Quarter) })}
          >
            <option value="">{s.quarterAuto}</option>
            {([1, 2, 3, 4] as Quarter[]).map((q) => (
              <option key={q} value={q}>
                {s.quarterName(q)}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      {report && <div className={styles.found}>{s.periodFound(report.fiscalYear, reportsARound(report.tables) ? report.quarter : null)}</div>}
    </section>
  );
}
