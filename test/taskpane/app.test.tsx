/** @jest-environment jsdom */
import './setup-dom';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../src/ui/pane/App';
import type { Language } from '../../src/ui/i18n';
import type { PaneOperations } from '../../src/ui/operations';
import { deferred, describedBy, fakeOps, isDisabled, seedReport, text } from './fixtures';
import { withDefaults } from '../../src/ui/operations';
import type { Report, Settings } from '../../src/core/types';

jest.setTimeout(20_000); // a busy machine renders Fluent slowly in jsdom
jest.spyOn(console, 'error').mockImplementation(() => undefined);

function renderPane(ops: PaneOperations, lang: Language = 'th') {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App ops={ops} initialLanguage={lang} />
    </FluentProvider>,
  );
}

/** What the pane's one live region says now (a no-break space marks a repeated sentence). */
const live = () => (document.querySelector('[data-live-region]')?.textContent ?? '').replace(/\u00a0/g, ' ').trim();
/** The error message bar, when one shows. */
const errorBar = () => document.querySelector('[data-error]');
/** A name as written here, whatever spaces the pane used (a no-break space keeps a figure with its unit). */
const named = (name: string) => new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s')}$`);
const recalcButton = () => screen.getByRole('button', { name: 'คำนวณความก้าวหน้า' });

async function ready(ops: jest.Mocked<PaneOperations>) {
  await waitFor(() => expect(ops.loadSettings).toHaveBeenCalled());
  await waitFor(() => expect(isDisabled(screen.getByRole('button', { name: 'คำนวณความก้าวหน้า' }))).toBe(false));
}

test('the pane opens in Thai with the three actions and tells what to click first; the live region is there, empty', async () => {
  const ops = fakeOps();
  renderPane(ops);
  expect(document.querySelector('[data-live-region]')?.getAttribute('aria-live')).toBe('polite');
  expect(live()).toBe('');
  await ready(ops);
  expect(screen.getByRole('button', { name: 'สร้างสรุปผล' })).toBeTruthy();
  expect(screen.getByRole('button', { name: 'ย้อนกลับ' })).toBeTruthy();
  expect(screen.getByText(/คลิก “คำนวณความก้าวหน้า”/)).toBeTruthy();
});

test('while the settings load, the buttons stay in the Tab order and say why they cannot be pressed', async () => {
  const settings = deferred<Settings>();
  const ops = fakeOps({ loadSettings: jest.fn(() => settings.promise) });
  renderPane(ops);
  const button = recalcButton();
  expect(button.getAttribute('aria-disabled')).toBe('true');
  expect((button as HTMLButtonElement).disabled).toBe(false); // focusable
  expect(describedBy(button)).toContain('ยังใช้ไม่ได้: กำลังเชื่อมต่อกับสมุดงาน');
  fireEvent.click(button);
  expect(ops.recalc).not.toHaveBeenCalled();
  await act(async () => settings.resolve(withDefaults(null)));
  expect(isDisabled(recalcButton())).toBe(false);
  expect(describedBy(recalcButton())).not.toContain('ยังใช้ไม่ได้');
});

test('คำนวณความก้าวหน้า: progress shows, focus stays on the button, and the live region says what runs and then the result', async () => {
  const run = deferred<Report>();
  let progress: (done: number, total: number) => void = () => undefined;
  const ops = fakeOps({
    recalc: jest.fn((_o, onProgress) => {
      progress = onProgress;
      return run.promise;
    }),
  });
  renderPane(ops);
  await ready(ops);
  recalcButton().focus();
  fireEvent.click(recalcButton());
  expect(live()).toBe('กำลังคำนวณ…');
  act(() => progress(30, 100));
  expect(screen.getByText('กำลังคำนวณ… ๓๐%')).toBeTruthy();
  expect(recalcButton().getAttribute('aria-disabled')).toBe('true');
  expect(document.activeElement).toBe(recalcButton());
  fireEvent.click(recalcButton()); // pressed again while it runs: nothing more happens
  expect(ops.recalc).toHaveBeenCalledTimes(1);
  await act(async () => run.resolve(seedReport));

  expect(document.activeElement).toBe(recalcButton());
  expect(live()).toBe('คำนวณเสร็จแล้ว: ๖ ตัวชี้วัด ต่ำกว่าแผน ๒ รายการ คำเตือน ๑ รายการ');
  const behind = screen.getByRole('region', { name: named('ต่ำกว่าแผน (๒)') });
  const eService = within(behind).getByRole('button', { name: named('ต่ำกว่าแผน ร้อยละ ๒๕.๐๐, แบบรายงาน แถว ๑๓') });
  expect(describedBy(eService)).toContain('ระบบฐานข้อมูล e-service');
  expect(eService.getAttribute('title')).toBeNull();
  const budget = within(behind).getByRole('button', { name: named('ต่ำกว่าแผน เบิกจ่ายร้อยละ ๓๘.๕๓ (แผนสะสม ๕๐.๐๐), งบประมาณ แถว ๖') });
  expect(describedBy(budget)).toContain('ความเสมอภาคทางสังคม');
  const counts = screen.getByRole('region', { name: 'จำนวนตัวชี้วัดตามสถานะ' });
  expect(text(within(counts).getByText('ก้าวหน้ากว่าแผน').previousSibling)).toBe('๓');
  expect(text(within(counts).getByText('ต่ำกว่าแผน').previousSibling)).toBe('๑');
  expect(screen.getByText('แบบรายงาน · A5:J30')).toBeTruthy();
  expect(screen.getByText('๕ รายการงบประมาณ')).toBeTruthy();
  expect(screen.getByText('พบในสมุดงาน: ปีงบประมาณ ๒๕๖๖ ไตรมาส ๒ (รอบ ๖ เดือน)')).toBeTruthy();
  expect(isDisabled(recalcButton())).toBe(false);
});

test('a behind-plan item selects its row and says where it went; a warning names its cell in words, never "sheet!cell"', async () => {
  const ops = fakeOps();
  renderPane(ops);
  await ready(ops);
  fireEvent.click(recalcButton());
  fireEvent.click(await screen.findByRole('button', { name: /^ต่ำกว่าแผน ร้อยละ\s๒๕\.๐๐/ }));
  expect(ops.selectCell).toHaveBeenLastCalledWith('แบบรายงาน', 'A13:J13');
  await waitFor(() => expect(live()).toBe('แผ่นงาน แบบรายงาน, แถว ๑๓'));
  fireEvent.click(screen.getByRole('button', { name: /^ต่ำกว่าแผน เบิกจ่ายร้อยละ/ }));
  expect(ops.selectCell).toHaveBeenLastCalledWith('งบประมาณ', 'A6:Z6');
  const warning = screen.getByRole('button', { name: /^แบบรายงาน\s*,\sเซลล์ E15$/ });
  expect(describedBy(warning)).toBe('ร้อยละที่พิมพ์ไว้ (๘๐.๗๒) ไม่ตรงกับที่คำนวณได้ (๘๐.๗๑)');
  expect(text(warning)).not.toContain('!');
  fireEvent.click(warning);
  expect(ops.selectCell).toHaveBeenLastCalledWith('แบบรายงาน', 'E15');
  await waitFor(() => expect(live()).toBe('แผ่นงาน แบบรายงาน, เซลล์ E15'));
});

test('a cell being edited gives an error that says what to do, said once; dismissing it puts focus back on the button', async () => {
  const failure = Object.assign(new Error('The operation cannot be performed in cell-edit mode.'), {
    code: 'InvalidOperationInCellEditMode',
  });
  const ops = fakeOps({ recalc: jest.fn().mockRejectedValueOnce(failure).mockResolvedValueOnce(seedReport) });
  renderPane(ops);
  await ready(ops);
  recalcButton().focus();
  fireEvent.click(recalcButton());
  await waitFor(() => expect(errorBar()).not.toBeNull());
  expect(text(errorBar())).toContain('คำนวณไม่สำเร็จ');
  expect(text(errorBar())).toContain('กด Enter หรือ Esc');
  expect(text(errorBar())).toContain('cell-edit mode');
  expect(live()).toBe('คำนวณไม่สำเร็จ: มีเซลล์ที่กำลังแก้ไขอยู่: กด Enter หรือ Esc ในแผ่นงาน แล้วลองอีกครั้ง');
  expect(screen.queryByRole('alert')).toBeNull(); // one voice: the live region
  const dismiss = within(errorBar() as HTMLElement).getByRole('button', { name: 'ปิด' });
  dismiss.focus();
  fireEvent.click(dismiss);
  expect(document.activeElement).toBe(recalcButton());
  fireEvent.click(recalcButton());
  expect(await screen.findByRole('button', { name: /^ต่ำกว่าแผน ร้อยละ\s๒๕\.๐๐/ })).toBeTruthy();
  expect(errorBar()).toBeNull();
});

test('a protected sheet and an unknown failure are both reported, never swallowed', async () => {
  const ops = fakeOps({
    summarize: jest
      .fn()
      .mockRejectedValueOnce(Object.assign(new Error('The cell is protected'), { code: 'AccessDenied' }))
      .mockRejectedValueOnce(new Error('boom')),
  });
  renderPane(ops);
  await ready(ops);
  fireEvent.click(screen.getByRole('button', { name: 'สร้างสรุปผล' }));
  await waitFor(() => expect(text(errorBar())).toContain('ยกเลิกการป้องกันแผ่นงาน'));
  fireEvent.click(screen.getByRole('button', { name: 'สร้างสรุปผล' }));
  await waitFor(() => expect(text(errorBar())).toContain('boom'));
  expect(text(errorBar())).toContain('สร้างสรุปผลไม่สำเร็จ');
});

test('the fiscal year is checked when the field is left, not at each keystroke; a wrong year keeps the run from starting', async () => {
  const ops = fakeOps();
  renderPane(ops);
  await ready(ops);
  fireEvent.change(screen.getByRole('combobox', { name: named('ไตรมาส') }), { target: { value: '2' } });
  const year = screen.getByRole('textbox', { name: 'ปีงบประมาณ (พ.ศ.)' });
  for (const typed of ['2', '20', '202', '2023']) {
    fireEvent.change(year, { target: { value: typed } });
    expect(screen.queryByText('ปีงบประมาณต้องเป็นปี พ.ศ. สี่หลัก เช่น 2566')).toBeNull();
  }
  fireEvent.blur(year);
  expect(screen.getAllByRole('alert').map(text)).toEqual(['ปีงบประมาณต้องเป็นปี พ.ศ. สี่หลัก เช่น 2566']);
  expect(recalcButton().getAttribute('aria-disabled')).toBe('true');
  expect(describedBy(recalcButton())).toContain('แก้ปีงบประมาณ (พ.ศ.) ก่อน');
  fireEvent.change(year, { target: { value: '256' } }); // still wrong: the message stays, no new alert
  expect(screen.getAllByRole('alert')).toHaveLength(1);
  fireEvent.change(year, { target: { value: '2566' } });
  expect(screen.queryByRole('alert')).toBeNull();
  fireEvent.click(recalcButton());
  await waitFor(() => expect(ops.recalc).toHaveBeenCalled());
  expect(ops.recalc.mock.calls[0][0]).toMatchObject({ quarter: 2, fiscalYear: 2566, settings: { tolerance: 0 } });
});

test('a wrong year never left but submitted: checked then, focus goes to the field, nothing runs; Thai digits are a year too', async () => {
  const ops = fakeOps();
  renderPane(ops);
  await ready(ops);
  const year = screen.getByRole('textbox', { name: 'ปีงบประมาณ (พ.ศ.)' });
  fireEvent.change(year, { target: { value: '66' } });
  fireEvent.click(recalcButton());
  expect(ops.recalc).not.toHaveBeenCalled();
  expect(screen.getByRole('alert').textContent).toBe('ปีงบประมาณต้องเป็นปี พ.ศ. สี่หลัก เช่น 2566');
  expect(document.activeElement).toBe(year);
  fireEvent.change(year, { target: { value: '๒๕๖๖' } });
  fireEvent.click(recalcButton());
  await waitFor(() => expect(ops.recalc).toHaveBeenCalled());
  expect(ops.recalc.mock.calls[0][0]).toMatchObject({ fiscalYear: 2566 });
});

test('ย้อนกลับ restores and clears the result; nothing to undo is said plainly', async () => {
  const ops = fakeOps({ undo: jest.fn().mockResolvedValueOnce(true).mockResolvedValueOnce(false) });
  renderPane(ops);
  await ready(ops);
  fireEvent.click(recalcButton());
  await screen.findByRole('button', { name: /^ต่ำกว่าแผน ร้อยละ\s๒๕\.๐๐/ });
  fireEvent.click(screen.getByRole('button', { name: 'ย้อนกลับ' }));
  await waitFor(() => expect(live()).toBe('ย้อนกลับแล้ว: เซลล์กลับเป็นค่าก่อนการคำนวณครั้งล่าสุด'));
  expect(screen.queryByRole('button', { name: /^ต่ำกว่าแผน ร้อยละ/ })).toBeNull();
  fireEvent.click(screen.getByRole('button', { name: 'ย้อนกลับ' }));
  await waitFor(() => expect(live()).toBe('ไม่มีการคำนวณที่ย้อนกลับได้ในสมุดงานนี้'));
});

test('settings changed in the pane are saved with the workbook and used by the next run', async () => {
  const ops = fakeOps();
  renderPane(ops);
  await ready(ops);
  fireEvent.click(screen.getByRole('button', { name: 'การตั้งค่า' }));
  const tolerance = await screen.findByRole('textbox', { name: /ช่วงที่ถือว่า/ });
  const save = screen.getByRole('button', { name: 'บันทึกการตั้งค่า' });
  expect(describedBy(save)).toBe('ยังไม่มีการเปลี่ยนแปลงที่ต้องบันทึก');
  fireEvent.change(tolerance, { target: { value: '0.5' } });
  fireEvent.change(screen.getByRole('textbox', { name: named('ไตรมาส ๑') }), { target: { value: '32' } });
  fireEvent.change(screen.getByRole('textbox', { name: named('ไตรมาส ๔') }), { target: { value: '93' } });
  fireEvent.change(screen.getByRole('combobox', { name: 'ตัวเลขที่เขียนลงตาราง' }), { target: { value: 'thai' } });
  expect(screen.getByText('มีการเปลี่ยนแปลงที่ยังไม่บันทึก')).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: 'บันทึกการตั้งค่า' }));
  await waitFor(() => expect(ops.saveSettings).toHaveBeenCalled());
  expect(ops.saveSettings.mock.calls[0][0]).toMatchObject({ tolerance: 0.5, cabinetTargets: [32, null, null, 93], digits: 'thai' });
  await waitFor(() => expect(live()).toMatch(/^บันทึกการตั้งค่าไว้ในสมุดงานแล้ว/));
  fireEvent.click(recalcButton());
  await waitFor(() => expect(ops.recalc).toHaveBeenCalled());
  expect(ops.recalc.mock.calls[0][0].settings).toMatchObject({ tolerance: 0.5, cabinetTargets: [32, null, null, 93] });
});

test('a cabinet target that is not a number is said when the field is left, and is not saved', async () => {
  const ops = fakeOps();
  renderPane(ops);
  await ready(ops);
  fireEvent.click(screen.getByRole('button', { name: 'การตั้งค่า' }));
  const q2 = await screen.findByRole('textbox', { name: named('ไตรมาส ๒') });
  fireEvent.change(q2, { target: { value: '5x' } });
  expect(screen.queryByRole('alert')).toBeNull();
  fireEvent.blur(q2);
  expect(screen.getByRole('alert').textContent).toBe('ใส่ตัวเลข หรือเว้นว่าง');
  fireEvent.change(screen.getByRole('textbox', { name: named('ไตรมาส ๑') }), { target: { value: '32' } });
  fireEvent.click(screen.getByRole('button', { name: 'บันทึกการตั้งค่า' }));
  await waitFor(() => expect(ops.saveSettings).toHaveBeenCalled());
  expect(ops.saveSettings.mock.calls[0][0].cabinetTargets).toEqual([32, null, null, null]);
});

test('an indicator read as the wrong kind can be corrected; the correction is saved under its sheet and row', async () => {
  const ops = fakeOps();
  renderPane(ops);
  await ready(ops);
  fireEvent.click(recalcButton());
  await screen.findByRole('button', { name: /^ต่ำกว่าแผน ร้อยละ\s๒๕\.๐๐/ });
  fireEvent.click(screen.getByRole('button', { name: 'แก้ไขการอ่านตัวชี้วัด' }));
  const measures = await screen.findAllByRole('combobox', { name: 'วิธีนับ' });
  expect(measures).toHaveLength(6);
  expect(within(measures[1]).getByRole('option', { name: named('ตามที่อ่านได้ (นับรวม (ผลรวมรายไตรมาส))') })).toBeTruthy();
  fireEvent.change(measures[1], { target: { value: 'rate' } });
  fireEvent.change(screen.getAllByRole('combobox', { name: 'ทิศทาง' })[1], { target: { value: 'lower' } });
  fireEvent.click(screen.getByRole('button', { name: 'บันทึกการตั้งค่า' }));
  await waitFor(() => expect(ops.saveSettings).toHaveBeenCalled());
  expect(ops.saveSettings.mock.calls[0][0].overrides).toEqual({ 'แบบรายงาน!9': { measure: 'rate', direction: 'lower' } });
});

test('settings that cannot be read are reported, and the pane still runs with the defaults', async () => {
  const ops = fakeOps({ loadSettings: jest.fn().mockRejectedValue(new Error('settings part is corrupt')) });
  renderPane(ops);
  await waitFor(() => expect(text(errorBar())).toContain('อ่านหรือบันทึกการตั้งค่าไม่สำเร็จ'));
  expect(text(errorBar())).toContain('settings part is corrupt');
  await waitFor(() => expect(isDisabled(recalcButton())).toBe(false));
});

test('the pane speaks English when asked: Arabic digits, English warnings, Thai names marked lang="th"; the switch goes back', async () => {
  const ops = fakeOps();
  renderPane(ops, 'en');
  await waitFor(() => expect(isDisabled(screen.getByRole('button', { name: 'Recalculate progress' }))).toBe(false));
  const toThai = screen.getByRole('button', { name: 'เปลี่ยนเป็นภาษาไทย' });
  expect(toThai.getAttribute('lang')).toBe('th');
  fireEvent.click(screen.getByRole('button', { name: 'Recalculate progress' }));
  expect(await screen.findByRole('region', { name: 'Behind plan (2)' })).toBeTruthy();
  expect(live()).toBe('Done: 6 indicators, 2 behind plan 1 warnings');
  const eService = screen.getByRole('button', { name: named('Behind plan 25.00 %, แบบรายงาน row 13') });
  const name = document.getElementById(eService.getAttribute('aria-describedby')!)!;
  expect(name.querySelector('[lang="th"]')?.textContent).toContain('ระบบฐานข้อมูล e-service');
  const warning = screen.getByRole('button', { name: /^แบบรายงาน\s*,\scell E15$/ });
  expect(describedBy(warning)).toBe('The percentage typed here (๘๐.๗๒) differs from the computed 80.71');
  fireEvent.click(toThai);
  expect(screen.getByRole('region', { name: named('ต่ำกว่าแผน (๒)') })).toBeTruthy();
  expect(screen.getByRole('button', { name: 'คำนวณความก้าวหน้า' })).toBeTruthy();
  expect(screen.getByRole('button', { name: 'Switch to English' }).getAttribute('lang')).toBe('en');
});

test("the adapter's own advice is shown as it wrote it, in the pane's language", async () => {
  const { ExcelActionError } = await import('../../src/excel/errors');
  const ops = fakeOps({
    recalc: jest.fn().mockRejectedValue(new ExcelActionError('sheet-protected', 'แบบรายงานตัวชี้วัด', 'AccessDenied')),
  });
  renderPane(ops);
  await ready(ops);
  fireEvent.click(recalcButton());
  await waitFor(() => expect(errorBar()).not.toBeNull());
  expect(text(errorBar())).toContain('แผ่นงาน แบบรายงานตัวชี้วัด ถูกป้องกันไว้');
  expect(text(errorBar())).toContain('AccessDenied');
  expect(live()).toContain('แผ่นงาน แบบรายงานตัวชี้วัด ถูกป้องกันไว้');
  fireEvent.click(screen.getByRole('button', { name: 'Switch to English' }));
  expect(text(errorBar())).toContain('The sheet แบบรายงานตัวชี้วัด is protected');
});

test('ย้อนกลับ on a workbook with no saved run says there is nothing to undo, as information, not as an error', async () => {
  const { createMemoryExcel } = await import('../../src/memory-excel');
  const { excelOperations } = await import('../../src/ui/operations');
  const memory = createMemoryExcel({ sheets: [{ name: 'KPI', values: [['ตัวชี้วัด']], merges: [] }] });
  const real = excelOperations(memory.run);
  expect(await real.undo(() => undefined)).toBe(false);
  const ops = fakeOps({ undo: jest.fn(real.undo) });
  renderPane(ops);
  await ready(ops);
  fireEvent.click(screen.getByRole('button', { name: 'ย้อนกลับ' }));
  await waitFor(() => expect(live()).toBe('ไม่มีการคำนวณที่ย้อนกลับได้ในสมุดงานนี้'));
  expect(text(document.querySelector('[data-notice]'))).toContain('ไม่มีการคำนวณที่ย้อนกลับได้ในสมุดงานนี้');
  expect(errorBar()).toBeNull();
  expect(memory.value('KPI', 'A1')).toBe('ตัวชี้วัด');
});

test('a field left empty and then given a wrong year: still nothing said until it is left again', async () => {
  const ops = fakeOps();
  renderPane(ops);
  await ready(ops);
  const year = screen.getByRole('textbox', { name: 'ปีงบประมาณ (พ.ศ.)' });
  fireEvent.blur(year); // Tab passed through it on the way to the buttons
  fireEvent.change(year, { target: { value: '25' } });
  expect(screen.queryByRole('alert')).toBeNull();
  fireEvent.blur(year);
  expect(screen.getByRole('alert').textContent).toBe('ปีงบประมาณต้องเป็นปี พ.ศ. สี่หลัก เช่น 2566');
});
