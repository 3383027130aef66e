import { useId } from 'react';
import type { ReactNode } from 'react';
import type { Report, Status, Warning } from '../../../core/types';
import type { Strings } from '../../i18n';
import { rowAddress, warningText } from './format';
import { OtherLanguage } from './OtherLanguage';
import { ShowMore, useListStep } from './ShowMore';

const ORDER: Status[] = ['behind', 'ahead', 'on-plan', 'not-due', 'no-data'];

export function countByStatus(report: Report): Record<Status, number> {
  const counts: Record<Status, number> = { behind: 0, ahead: 0, 'on-plan': 0, 'not-due': 0, 'no-data': 0 };
  for (const i of report.indicators) counts[i.overall]++;
  return counts;
}

/** Indicators and budget lines behind plan: what the pane lists first and says after a run. */
export function behindItems(report: Report) {
  return {
    indicators: report.indicators.filter((i) => i.flagged || i.overall === 'behind'),
    budget: report.budget.filter((b) => b.flagged || b.status === 'behind'),
  };
}

/** Selects `address` on `sheet`; `spoken` says where the selection went once it has. */
export type OnSelect = (sheet: string, address: string, spoken: string) => void;

/**
 * What is behind plan first (click: select its row), then counts by status, then warnings (click: select the cell).
 * Each item's accessible name is short (status, percent, sheet and row); its full name or message is its description.
 */
export function ResultView(props: { report: Report; strings: Strings; onSelect: OnSelect }) {
  const { report, strings: s, onSelect } = props;
  const id = useId();
  const counts = countByStatus(report);
  const lists = behindItems(report);
  const nBehind = lists.indicators.length + lists.budget.length;
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
            {(Object.keys(BEHIND) as (keyof Behind)[]).map((kind) => (
              <BehindList key={kind} kind={kind} items={lists[kind]} report={report} strings={s} id={`${id}-${kind}`} onSelect={onSelect} />
            ))}
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
              <span className="pane-count-n">{s.num(counts[st])}</span>
              <span className="pane-count-label">{s.status[st]}</span>
            </li>
          ))}
        </ul>
      </section>

      <WarningList report={report} strings={s} onSelect={onSelect} />
    </>
  );
}

type Behind = ReturnType<typeof behindItems>;

/** How a list of what is behind plan is titled, and the figure each of its items shows beside the status. */
interface BehindKind<K extends keyof Behind> {
  title: (s: Strings, n: number) => string;
  /** Words of ours before each item's full name. */
  fullPrefix?: (s: Strings) => string;
  figure: (s: Strings, item: Behind[K][number]) => string;
}

const BEHIND: { [K in keyof Behind]: BehindKind<K> } = {
  indicators: { title: (s, n) => s.behindIndicators(n), figure: (s, i) => s.percentOf(i.percent) },
  budget: {
    title: (s, n) => s.behindBudget(n),
    fullPrefix: (s) => `${s.budgetLabel}: `,
    figure: (s, b) => s.budgetVsPlan(b.percent, b.plannedPercent),
  },
};

/** Indicators or budget lines behind plan, a step at a time: each selects its row. Nothing when there are none. */
function BehindList<K extends keyof Behind>(props: {
  kind: K;
  items: Behind[K];
  report: Report;
  strings: Strings;
  id: string;
  onSelect: OnSelect;
}) {
  const { kind, items, report, strings: s, id, onSelect } = props;
  const how: BehindKind<K> = BEHIND[kind];
  const title = how.title(s, items.length);
  const fullPrefix = how.fullPrefix?.(s);
  const step = useListStep<Behind[K][number]>(items, report);
  if (items.length === 0) return null;
  return (
    <>
      <h3 className="pane-h3">{title}</h3>
      <ul className="pane-list" aria-label={title} ref={step.listRef}>
        {step.shown.map((x, k) => (
          <Item
            key={`${x.sheet}!${x.row}`}
            strings={s}
            kind="behind"
            id={`${id}${k}`}
            full={x.name}
            fullPrefix={fullPrefix}
            onClick={() => onSelect(x.sheet, rowAddress(report, x.sheet, x.row), s.selectedRow(x.sheet, x.row))}
          >
            <span className="pane-badge status-behind">{s.status.behind}</span> {how.figure(s, x)},{' '}
            <OtherLanguage strings={s}>{x.sheet}</OtherLanguage> {s.row(x.row)}
          </Item>
        ))}
      </ul>
      <ShowMore step={step} list={title} strings={s} />
    </>
  );
}

/**
 * One item of a list: a card the whole of which selects (its button is stretched over it, taskpane.html). The button
 * holds the short words that are its name (status, percent, sheet and row; for a warning, its sheet and cell); the
 * full indicator name or warning message is drawn in the card and is the button's description, read once (hidden
 * from the reading order, so a screen reader does not read it a second time as text beside the button).
 */
function Item(props: {
  strings: Strings;
  kind: 'behind' | 'warning';
  id: string;
  full: string;
  /** Words of ours before the full text (not marked as the workbook's language). */
  fullPrefix?: string;
  onClick: () => void;
  children: ReactNode;
}) {
  const { strings: s, kind, id, full, fullPrefix, onClick, children } = props;
  const fullText = (
    <span className="pane-item-title" id={id} aria-hidden="true">
      {fullPrefix}
      {kind === 'behind' ? <OtherLanguage strings={s}>{full}</OtherLanguage> : full}
    </span>
  );
  const button = (
    <button type="button" className="pane-item-button pane-item-meta" aria-describedby={id} onClick={onClick}>
      {children}
    </button>
  );
  return (
    <li className={`pane-item item-${kind}`}>
      {kind === 'behind' ? fullText : button}
      {kind === 'behind' ? button : fullText}
    </li>
  );
}

function WarningList(props: { report: Report; strings: Strings; onSelect: OnSelect }) {
  const { report, strings: s, onSelect } = props;
  const id = useId();
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
          <ul className="pane-list" aria-labelledby="warnings-heading" ref={list.listRef}>
            {list.shown.map((w, k) =>
              !w.sheet ? (
                // About the whole workbook: nowhere to go.
                <li key={`!${w.code}!${k}`} className="pane-item item-warning">
                  {warningText(w, s.lang)}
                </li>
              ) : (
                <Item
                  key={`${w.sheet}!${w.cell}!${w.code}!${k}`}
                  strings={s}
                  kind="warning"
                  id={`${id}-w${k}`}
                  full={warningText(w, s.lang)}
                  onClick={() => onSelect(w.sheet, w.cell || 'A1', s.selectedCell(w.sheet, w.cell || 'A1'))}
                >
                  <OtherLanguage strings={s}>{w.sheet}</OtherLanguage>
                  {w.cell ? `, ${s.cell(w.cell)}` : ''}
                </Item>
              ),
            )}
          </ul>
          <ShowMore step={list} list={s.warningsHeading(warnings.length)} strings={s} />
        </>
      )}
    </section>
  );
}
