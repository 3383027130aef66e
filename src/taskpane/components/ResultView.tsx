import type { Report, Status, Warning } from '../../core/types';
import type { Strings } from '../i18n';
import { percentText, rowAddress, warningText } from './format';
import { ShowMore, useListStep } from './ShowMore';

const ORDER: Status[] = ['behind', 'ahead', 'on-plan', 'not-due', 'no-data'];

export function countByStatus(report: Report): Record<Status, number> {
  const counts: Record<Status, number> = { behind: 0, ahead: 0, 'on-plan': 0, 'not-due': 0, 'no-data': 0 };
  for (const i of report.indicators) counts[i.overall]++;
  return counts;
}

/** What is behind plan first (click: select its row), then counts by status, then warnings (click: select the cell). */
export function ResultView(props: {
  report: Report;
  strings: Strings;
  onSelect: (sheet: string, address: string) => void;
}) {
  const { report, strings: s, onSelect } = props;
  const counts = countByStatus(report);
  const behind = report.indicators.filter((i) => i.flagged || i.overall === 'behind');
  const behindBudget = report.budget.filter((b) => b.flagged || b.status === 'behind');
  const nBehind = behind.length + behindBudget.length;
  const indicators = useListStep(behind, report);
  const budget = useListStep(behindBudget, report);
  return (
    <>
      <section aria-labelledby="behind-heading" className="pane-behind">
        <h2 id="behind-heading" className="pane-h2 pane-h2-behind">
          {s.behindHeading(nBehind)}
        </h2>
        {nBehind === 0 ? (
          <p>{s.behindNone}</p>
        ) : (
          <>
            <p className="pane-muted">{s.behindHelp}</p>
            {behind.length > 0 && (
              <>
                <h3 className="pane-h3">{s.behindIndicators(behind.length)}</h3>
                <ul className="pane-list" aria-label={s.behindIndicators(behind.length)}>
                  {indicators.shown.map((i) => (
                    <li key={`i-${i.sheet}!${i.row}`}>
                      <button
                        type="button"
                        className="pane-item item-behind"
                        title={i.name}
                        onClick={() => onSelect(i.sheet, rowAddress(report, i.sheet, i.row))}
                      >
                        <span className="pane-item-title">{i.name}</span>
                        <span className="pane-item-meta">
                          <span className="pane-badge status-behind">{s.status.behind}</span>{' '}
                          {s.percentOf(percentText(i.percent))} · {s.rowRef(i.sheet, i.row)}
                        </span>
                      </button>
                    </li>
                  ))}
                </ul>
                <ShowMore left={indicators.left} list={s.behindIndicators(behind.length)} strings={s} onClick={indicators.more} />
              </>
            )}
            {behindBudget.length > 0 && (
              <>
                <h3 className="pane-h3">{s.behindBudget(behindBudget.length)}</h3>
                <ul className="pane-list" aria-label={s.behindBudget(behindBudget.length)}>
                  {budget.shown.map((b) => (
                    <li key={`b-${b.sheet}!${b.row}`}>
                      <button
                        type="button"
                        className="pane-item item-behind"
                        title={b.name}
                        onClick={() => onSelect(b.sheet, rowAddress(report, b.sheet, b.row))}
                      >
                        <span className="pane-item-title">
                          {s.budgetLabel}: {b.name}
                        </span>
                        <span className="pane-item-meta">
                          <span className="pane-badge status-behind">{s.status.behind}</span>{' '}
                          {s.budgetVsPlan(percentText(b.percent), percentText(b.plannedPercent))} · {s.rowRef(b.sheet, b.row)}
                        </span>
                      </button>
                    </li>
                  ))}
                </ul>
                <ShowMore left={budget.left} list={s.behindBudget(behindBudget.length)} strings={s} onClick={budget.more} />
              </>
            )}
          </>
        )}
      </section>

      <section aria-labelledby="counts-heading">
        <h2 id="counts-heading" className="pane-h2">
          {s.statusCounts}
        </h2>
        <ul className="pane-counts">
          {ORDER.map((st) => (
            <li key={st} className={`pane-count status-${st}`} data-status={st}>
              <span className="pane-count-n">{counts[st]}</span>
              <span className="pane-count-label">{s.status[st]}</span>
            </li>
          ))}
        </ul>
      </section>

      <WarningList report={report} strings={s} onSelect={onSelect} />
    </>
  );
}

function WarningList(props: { report: Report; strings: Strings; onSelect: (sheet: string, address: string) => void }) {
  const { report, strings: s, onSelect } = props;
  const warnings: Warning[] = report.warnings;
  const list = useListStep(warnings, report);
  return (
    <section aria-labelledby="warnings-heading">
      <h2 id="warnings-heading" className="pane-h2">
        {s.warningsHeading(warnings.length)}
      </h2>
      {warnings.length === 0 ? (
        <p>{s.warningsNone}</p>
      ) : (
        <>
          <p className="pane-muted">{s.warningsHelp}</p>
          <ul className="pane-list">
            {list.shown.map((w, k) => (
              <li key={`${w.sheet}!${w.cell}!${w.code}!${k}`}>
                <button
                  type="button"
                  className="pane-item item-warning"
                  onClick={() => onSelect(w.sheet, w.cell || 'A1')}
                >
                  <span className="pane-item-meta">
                    {w.sheet}
                    {w.cell ? `!${w.cell}` : ''}
                  </span>
                  <span className="pane-item-title">{warningText(w, s.lang)}</span>
                </button>
              </li>
            ))}
          </ul>
          <ShowMore left={list.left} list={s.warningsHeading(warnings.length)} strings={s} onClick={list.more} />
        </>
      )}
    </section>
  );
}
