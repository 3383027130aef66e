import { reportsARound } from '../../../core/reporting-round';
import type { Report } from '../../../core/types';
import type { Strings } from '../../i18n';

export function TablesFound({ report, strings: s }: { report: Report; strings: Strings }) {
  return (
    <section aria-labelledby="tables-heading">
      <h2 id="tables-heading" className="pane-h2">
        {s.tablesHeading}
      </h2>
      {report.asOf && <p className="pane-muted">{s.asOfLine(report.asOf.text, `${report.asOf.sheet}!${report.asOf.cell}`, reportsARound(report.tables))}</p>}
      {report.tables.length === 0 ? (
        <p>{s.tablesNone}</p>
      ) : (
        <ul className="pane-list">
          {report.tables.map((t) => (
            <li key={`${t.sheet}!${t.range}`} className="pane-table">
              <span className="pane-strong">{s.tableLine(t.sheet, t.range)}</span>
              <span className="pane-muted">{s.tableShape(t)}</span>
              <span className="pane-muted">{s.tableCounts(t.indicators, t.budgetLines)}</span>
            </li>
          ))}
        </ul>
      )}
      {report.skipped.length > 0 && (
        <>
          <h3 className="pane-h2">{s.skippedHeading}</h3>
          <ul className="pane-list">
            {report.skipped.map((k) => (
              <li key={`${k.sheet}!${k.range}`} className="pane-table">
                <span className="pane-strong">{s.tableLine(k.sheet, k.range)}</span>
                <span className="pane-muted">{k.reason === 'other-year' ? s.otherYear(k.fiscalYear) : s.skippedWhy(k.reason, k.detail)}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
