/** @jest-environment jsdom */
/**
 * A big workbook's lists in the pane: the first LIST_STEP items and a button for the next, the headings with the full
 * counts. Drawn whole, 20,000 rows made 9,600 buttons (2.6 s to draw here) and 100,000 rows about 48,000.
 */
import './setup-dom';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { mixedGrid } from '../../bench/generate';
import { recalculate } from '../../src/core/engine';
import { DEFAULT_SETTINGS, type Report } from '../../src/core/types';
import { ResultView } from '../../src/ui/pane/components/ResultView';
import { CorrectionsPanel } from '../../src/ui/pane/components/SettingsPanels';
import { LIST_STEP } from '../../src/ui/pane/components/ShowMore';
import { stringsFor } from '../../src/ui/i18n';

const th = stringsFor('th');
let report: Report;
let behind: number;

beforeAll(() => {
  report = recalculate(mixedGrid(2_000)).report;
  behind = report.indicators.filter((i) => i.flagged || i.overall === 'behind').length;
});

const items = (label: string) => within(screen.getByRole('list', { name: label })).getAllByRole('button');
/** The "show more" button under the list headed `list`. */
const more = (shown: number, left: number, list: string) => `${th.showMore(shown, left)}: ${list}`;

test('behind plan and warnings: the first hundred each, then a hundred more a click, until all are shown', () => {
  expect(behind).toBeGreaterThan(LIST_STEP);
  expect(behind).toBeLessThan(2 * LIST_STEP);
  const warnings = report.warnings.length;
  expect(warnings).toBeGreaterThan(3 * LIST_STEP);
  const onSelect = jest.fn();
  render(<ResultView report={report} strings={th} onSelect={onSelect} />);

  const label = th.behindIndicators(behind);
  expect(screen.getByRole('heading', { name: th.behindHeading(behind + report.budget.filter((b) => b.flagged || b.status === 'behind').length) })).toBeTruthy();
  expect(items(label)).toHaveLength(LIST_STEP);
  const moreOfThisList = { name: new RegExp(`: ${label.replace(/[()]/g, '\\$&')}$`) };
  expect(screen.getAllByRole('button', moreOfThisList)).toHaveLength(1);
  fireEvent.click(screen.getByRole('button', { name: more(behind - LIST_STEP, behind - LIST_STEP, label) }));
  expect(items(label)).toHaveLength(behind);
  expect(screen.queryByRole('button', moreOfThisList)).toBeNull();
  // The last one drawn goes to its row, as the first ones do.
  fireEvent.click(items(label)[behind - 1]);
  const last = report.indicators.filter((i) => i.flagged || i.overall === 'behind')[behind - 1];
  expect(onSelect).toHaveBeenCalledWith(last.sheet, expect.stringMatching(new RegExp(`^A${last.row}(:|$)`)), th.selectedRow(last.sheet, last.row));
  // The "show more" button is gone: focus went to the first item it showed, not to the page.
  expect(document.activeElement).toBe(items(label)[LIST_STEP]);

  const warningList = () => screen.getByRole('heading', { name: th.warningsHeading(warnings) }).parentElement!.querySelectorAll('li');
  expect(warningList()).toHaveLength(LIST_STEP);
  const heading = th.warningsHeading(warnings);
  fireEvent.click(screen.getByRole('button', { name: more(LIST_STEP, warnings - LIST_STEP, heading) }));
  fireEvent.click(screen.getByRole('button', { name: more(LIST_STEP, warnings - 2 * LIST_STEP, heading) }));
  expect(warningList()).toHaveLength(3 * LIST_STEP);
});

test('a new report starts its lists at the first hundred again', () => {
  const view = render(<ResultView report={report} strings={th} onSelect={() => undefined} />);
  fireEvent.click(screen.getByRole('button', { name: more(behind - LIST_STEP, behind - LIST_STEP, th.behindIndicators(behind)) }));
  expect(items(th.behindIndicators(behind))).toHaveLength(behind);
  view.rerender(<ResultView report={{ ...report }} strings={th} onSelect={() => undefined} />);
  expect(items(th.behindIndicators(behind))).toHaveLength(LIST_STEP);
});

test('corrections: a hundred indicators with their two drop-downs, then a hundred more a click', () => {
  const n = report.indicators.length;
  render(
    <FluentProvider theme={webLightTheme}>
      <CorrectionsPanel strings={th} report={report} settings={DEFAULT_SETTINGS} onChange={() => undefined} disabled={false} />
    </FluentProvider>,
  );
  expect(screen.getAllByRole('combobox')).toHaveLength(2 * LIST_STEP);
  fireEvent.click(screen.getByRole('button', { name: more(LIST_STEP, n - LIST_STEP, th.correctionsHeading) }));
  expect(screen.getAllByRole('combobox')).toHaveLength(4 * LIST_STEP);
  expect(screen.getByText(report.indicators[2 * LIST_STEP - 1].name)).toBeTruthy();
});
