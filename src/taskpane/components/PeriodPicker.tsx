import { Field, Input, Select, makeStyles, tokens } from '@fluentui/react-components';
import type { Quarter, Report } from '../../core/types';
import type { Strings } from '../i18n';

export interface Period {
  /** Empty = read from the workbook. */
  fiscalYear: string;
  quarter: Quarter | null;
}

const useStyles = makeStyles({
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  year: { flex: '1 1 110px' },
  quarter: { flex: '2 1 170px' },
  found: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

export function fiscalYearError(value: string): boolean {
  if (value.trim() === '') return false;
  const n = Number(value);
  return !Number.isInteger(n) || n < 2400 || n > 2700;
}

export function PeriodPicker(props: {
  strings: Strings;
  period: Period;
  onChange: (p: Period) => void;
  report: Report | null;
  disabled: boolean;
}) {
  const { strings: s, period, onChange, report, disabled } = props;
  const styles = useStyles();
  const invalid = fiscalYearError(period.fiscalYear);
  return (
    <section aria-labelledby="period-heading">
      <h2 id="period-heading" className="pane-h2">
        {s.periodHeading}
      </h2>
      <div className={styles.row}>
        <Field className={styles.year} label={s.fiscalYear} validationMessage={invalid ? s.fiscalYearInvalid : undefined}>
          <Input
            inputMode="numeric"
            value={period.fiscalYear}
            placeholder={report?.fiscalYear ? String(report.fiscalYear) : s.fiscalYearAuto}
            disabled={disabled}
            onChange={(_, d) => onChange({ ...period, fiscalYear: d.value })}
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
      {report && <div className={styles.found}>{s.periodFound(report.fiscalYear, report.quarter)}</div>}
    </section>
  );
}
