/**
 * @jest-environment jsdom
 *
 * On Excel for Windows and Mac adding a sheet clears the user's undo list (office-js #6170), so even a first
 * สร้างสรุปผล cannot be stepped back past with Ctrl+Z there: the pane says so first (Thai, English available) and
 * lets the user go on or cancel. On the web only replacing an older summary asks.
 */
import './setup-dom';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { addingSheetClearsUndo } from '../../src/ui/host';
import { excelOperations, type PaneOperations } from '../../src/ui/operations';
import { App } from '../../src/ui/pane/App';
import { describedBy, fakeOps, isDisabled } from './fixtures';

jest.setTimeout(30_000); // a busy machine renders Fluent slowly in jsdom
jest.spyOn(console, 'error').mockImplementation(() => undefined);

function renderPane(ops: PaneOperations, lang: 'th' | 'en' = 'th') {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App ops={ops} initialLanguage={lang} />
    </FluentProvider>,
  );
}
const button = (name: string) => screen.getByRole('button', { name });

/** The pane's operations on Excel on this platform, with summary and reads faked (nothing older to replace). */
function opsOn(platform: string | null) {
  const real = excelOperations(async () => Promise.reject(new Error('no Excel here')), platform);
  return fakeOps({ summaryClearsUndo: jest.fn(() => real.summaryClearsUndo()) });
}

test.each([
  ['PC', true],
  ['Mac', true],
  ['OfficeOnline', false],
  [null, false],
])('adding a sheet clears undo on platform %s: %s', (platform, clears) => {
  expect(addingSheetClearsUndo(platform)).toBe(clears);
});

test.each(['PC', 'Mac'])('on %s a first สร้างสรุปผล asks first that Ctrl+Z will not reach back past it; Cancel writes nothing, going on writes', async (platform) => {
  const ops = opsOn(platform);
  renderPane(ops);
  await waitFor(() => expect(isDisabled(button('สร้างสรุปผล'))).toBe(false), { timeout: 20_000 });
  fireEvent.click(button('สร้างสรุปผล'));
  const question = await screen.findByRole('alertdialog', { name: 'สร้างสรุปผลแล้วจะย้อนกลับด้วย Ctrl+Z ไม่ได้' });
  expect(describedBy(question)).toContain('การเพิ่มแผ่นงานจากส่วนเสริมจะล้างรายการเลิกทำ (Ctrl+Z) ทั้งหมดของสมุดงานนี้');
  fireEvent.click(within(question).getByRole('button', { name: 'ยกเลิก' }));
  expect(screen.queryByRole('alertdialog')).toBeNull();
  expect(ops.summarize).not.toHaveBeenCalled();

  fireEvent.click(button('สร้างสรุปผล'));
  fireEvent.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'สร้างสรุปผลต่อ' }));
  await waitFor(() => expect(ops.summarize).toHaveBeenCalledTimes(1));
});

test('in English the same question is asked', async () => {
  const ops = opsOn('PC');
  renderPane(ops, 'en');
  await waitFor(() => expect(isDisabled(button('Generate summary'))).toBe(false), { timeout: 20_000 });
  fireEvent.click(button('Generate summary'));
  const question = await screen.findByRole('alertdialog', { name: 'Ctrl+Z will not reach back past the summary' });
  expect(within(question).getByRole('button', { name: 'Generate the summary' })).toBeTruthy();
  expect(within(question).getByRole('button', { name: 'Cancel' })).toBeTruthy();
});

test('on the web a first สร้างสรุปผล writes at once without asking', async () => {
  const ops = opsOn('OfficeOnline');
  renderPane(ops);
  await waitFor(() => expect(isDisabled(button('สร้างสรุปผล'))).toBe(false), { timeout: 20_000 });
  fireEvent.click(button('สร้างสรุปผล'));
  await waitFor(() => expect(ops.summarize).toHaveBeenCalledTimes(1));
  expect(ops.summaryClearsUndo).toHaveBeenCalledTimes(1);
  expect(screen.queryByRole('alertdialog')).toBeNull();
});
