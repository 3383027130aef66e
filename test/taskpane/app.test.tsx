/** @jest-environment jsdom */
import './setup-dom';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import type { Language } from '../../src/taskpane/i18n';
import type { PaneOperations } from '../../src/taskpane/operations';
import { deferred, fakeOps, isDisabled, seedReport, text } from './fixtures';
import type { Report } from '../../src/core/types';

jest.spyOn(console, 'error').mockImplementation(() => undefined);

function renderPane(ops: PaneOperations, lang: Language = 'th') {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App ops={ops} initialLanguage={lang} />
    </FluentProvider>,
  );
}

async function ready(ops: jest.Mocked<PaneOperations>) {
  await waitFor(() => expect(ops.loadSettings).toHaveBeenCalled());
  await waitFor(() => expect(isDisabled(screen.getByRole('button', { name: 'คำนวณความก้าวหน้า' }))).toBe(false));
}

test('the pane opens in Thai with the three actions and tells what to click first', async () => {
  const ops = fakeOps();
  renderPane(ops);
  await ready(ops);
  expect(screen.getByRole('button', { name: 'สร้างสรุปผล' })).toBeTruthy();
  expect(screen.getByRole('button', { name: 'ย้อนกลับ' })).toBeTruthy();
  expect(screen.getByText(/คลิก “คำนวณความก้าวหน้า”/)).toBeTruthy();
});

test('คำนวณความก้าวหน้า shows progress while running, then the counts, the e-service indicator behind plan and the tables', async () => {
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
  fireEvent.click(screen.getByRole('button', { name: 'คำนวณความก้าวหน้า' }));
  expect(await screen.findByText('กำลังคำนวณ…')).toBeTruthy();
  act(() => progress(30, 100));
  expect(screen.getByText('กำลังคำนวณ… 30%')).toBeTruthy();
  expect(isDisabled(screen.getByRole('button', { name: 'คำนวณความก้าวหน้า' }))).toBe(true);
  await act(async () => run.resolve(seedReport));

  const behind = screen.getByRole('region', { name: 'ต่ำกว่าแผน (2)' });
  const eService = within(behind).getByRole('button', { name: /ระบบฐานข้อมูล e-service/ });
  expect(text(eService)).toContain('ต่ำกว่าแผน');
  expect(text(eService)).toContain('ร้อยละ 25.00');
  expect(text(within(behind).getByRole('button', { name: /งบประมาณ: ความเสมอภาคทางสังคม/ }))).toContain('เบิกจ่ายร้อยละ 38.53 (แผนสะสม 50.00)');
  const counts = screen.getByRole('region', { name: 'จำนวนตัวชี้วัดตามสถานะ' });
  expect(text(within(counts).getByText('ก้าวหน้ากว่าแผน').previousSibling)).toContain('3');
  expect(text(within(counts).getByText('ต่ำกว่าแผน').previousSibling)).toContain('1');
  expect(screen.getByText('แบบรายงาน · A5:J30')).toBeTruthy();
  expect(screen.getByText('5 รายการงบประมาณ')).toBeTruthy();
  expect(screen.getByText('พบในสมุดงาน: ปีงบประมาณ 2566 ไตรมาส 2 (รอบ 6 เดือน)')).toBeTruthy();
  expect(isDisabled(screen.getByRole('button', { name: 'คำนวณความก้าวหน้า' }))).toBe(false);
});

test('clicking a behind-plan item selects its row across the table; clicking a warning selects the cell', async () => {
  const ops = fakeOps();
  renderPane(ops);
  await ready(ops);
  fireEvent.click(screen.getByRole('button', { name: 'คำนวณความก้าวหน้า' }));
  fireEvent.click(await screen.findByRole('button', { name: /ระบบฐานข้อมูล e-service/ }));
  expect(ops.selectCell).toHaveBeenLastCalledWith('แบบรายงาน', 'A13:J13');
  fireEvent.click(screen.getByRole('button', { name: /ความเสมอภาคทางสังคม/ }));
  expect(ops.selectCell).toHaveBeenLastCalledWith('งบประมาณ', 'A6:Z6');
  fireEvent.click(screen.getByRole('button', { name: /๘๐\.๗๒/ }));
  expect(ops.selectCell).toHaveBeenLastCalledWith('แบบรายงาน', 'E15');
});

test('a cell being edited gives an error that says what to do, and the pane can run again', async () => {
  const failure = Object.assign(new Error('The operation cannot be performed in cell-edit mode.'), {
    code: 'InvalidOperationInCellEditMode',
  });
  const ops = fakeOps({ recalc: jest.fn().mockRejectedValueOnce(failure).mockResolvedValueOnce(seedReport) });
  renderPane(ops);
  await ready(ops);
  fireEvent.click(screen.getByRole('button', { name: 'คำนวณความก้าวหน้า' }));
  const alert = await screen.findByRole('alert');
  expect(text(alert)).toContain('คำนวณไม่สำเร็จ');
  expect(text(alert)).toContain('กด Enter หรือ Esc');
  expect(text(alert)).toContain('cell-edit mode');
  fireEvent.click(screen.getByRole('button', { name: 'คำนวณความก้าวหน้า' }));
  expect(await screen.findByRole('button', { name: /ระบบฐานข้อมูล e-service/ })).toBeTruthy();
  expect(screen.queryByRole('alert')).toBeNull();
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
  expect(text(await screen.findByRole('alert'))).toContain('ยกเลิกการป้องกันแผ่นงาน');
  fireEvent.click(screen.getByRole('button', { name: 'สร้างสรุปผล' }));
  await waitFor(() => expect(text(screen.getByRole('alert'))).toContain('boom'));
  expect(text(screen.getByRole('alert'))).toContain('สร้างสรุปผลไม่สำเร็จ');
});

test('the reporting period chosen is passed to the engine; a year that is not BE blocks the run', async () => {
  const ops = fakeOps();
  renderPane(ops);
  await ready(ops);
  fireEvent.change(screen.getByRole('combobox', { name: 'ไตรมาส' }), { target: { value: '2' } });
  const year = screen.getByRole('textbox', { name: 'ปีงบประมาณ (พ.ศ.)' });
  fireEvent.change(year, { target: { value: '2023' } });
  expect(screen.getByText('ปีงบประมาณต้องเป็นปี พ.ศ. เช่น 2566')).toBeTruthy();
  expect(isDisabled(screen.getByRole('button', { name: 'คำนวณความก้าวหน้า' }))).toBe(true);
  fireEvent.change(year, { target: { value: '2566' } });
  fireEvent.click(screen.getByRole('button', { name: 'คำนวณความก้าวหน้า' }));
  await waitFor(() => expect(ops.recalc).toHaveBeenCalled());
  expect(ops.recalc.mock.calls[0][0]).toMatchObject({ quarter: 2, fiscalYear: 2566, settings: { tolerance: 0 } });
});

test('ย้อนกลับ restores and clears the result; nothing to undo is said plainly', async () => {
  const ops = fakeOps({ undo: jest.fn().mockResolvedValueOnce(true).mockResolvedValueOnce(false) });
  renderPane(ops);
  await ready(ops);
  fireEvent.click(screen.getByRole('button', { name: 'คำนวณความก้าวหน้า' }));
  await screen.findByRole('button', { name: /ระบบฐานข้อมูล e-service/ });
  fireEvent.click(screen.getByRole('button', { name: 'ย้อนกลับ' }));
  expect(await screen.findByText('ย้อนกลับแล้ว: เซลล์กลับเป็นค่าก่อนการคำนวณครั้งล่าสุด')).toBeTruthy();
  expect(screen.queryByRole('button', { name: /ระบบฐานข้อมูล e-service/ })).toBeNull();
  fireEvent.click(screen.getByRole('button', { name: 'ย้อนกลับ' }));
  expect(await screen.findByText('ไม่มีการคำนวณที่ย้อนกลับได้ในสมุดงานนี้')).toBeTruthy();
});

test('settings changed in the pane are saved with the workbook and used by the next run', async () => {
  const ops = fakeOps();
  renderPane(ops);
  await ready(ops);
  fireEvent.click(screen.getByRole('button', { name: 'การตั้งค่า' }));
  const tolerance = await screen.findByRole('textbox', { name: /ช่วงที่ถือว่า/ });
  fireEvent.change(tolerance, { target: { value: '0.5' } });
  fireEvent.change(screen.getByRole('textbox', { name: 'ไตรมาส 1' }), { target: { value: '32' } });
  fireEvent.change(screen.getByRole('textbox', { name: 'ไตรมาส 4' }), { target: { value: '93' } });
  fireEvent.change(screen.getByRole('combobox', { name: 'ตัวเลขที่เขียนลงตาราง' }), { target: { value: 'thai' } });
  expect(screen.getByText('มีการเปลี่ยนแปลงที่ยังไม่บันทึก')).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: 'บันทึกการตั้งค่า' }));
  await waitFor(() => expect(ops.saveSettings).toHaveBeenCalled());
  expect(ops.saveSettings.mock.calls[0][0]).toMatchObject({ tolerance: 0.5, cabinetTargets: [32, null, null, 93], digits: 'thai' });
  expect(await screen.findByText(/บันทึกการตั้งค่าไว้ในสมุดงานแล้ว/)).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: 'คำนวณความก้าวหน้า' }));
  await waitFor(() => expect(ops.recalc).toHaveBeenCalled());
  expect(ops.recalc.mock.calls[0][0].settings).toMatchObject({ tolerance: 0.5, cabinetTargets: [32, null, null, 93] });
});

test('an indicator read as the wrong kind can be corrected; the correction is saved under its sheet and row', async () => {
  const ops = fakeOps();
  renderPane(ops);
  await ready(ops);
  fireEvent.click(screen.getByRole('button', { name: 'คำนวณความก้าวหน้า' }));
  await screen.findByRole('button', { name: /ระบบฐานข้อมูล e-service/ });
  fireEvent.click(screen.getByRole('button', { name: 'แก้ไขการอ่านตัวชี้วัด' }));
  const measures = await screen.findAllByRole('combobox', { name: 'วิธีนับ' });
  expect(measures).toHaveLength(6);
  expect(within(measures[1]).getByRole('option', { name: 'ตามที่อ่านได้ (นับรวม (ผลรวมรายไตรมาส))' })).toBeTruthy();
  fireEvent.change(measures[1], { target: { value: 'rate' } });
  fireEvent.change(screen.getAllByRole('combobox', { name: 'ทิศทาง' })[1], { target: { value: 'lower' } });
  fireEvent.click(screen.getByRole('button', { name: 'บันทึกการตั้งค่า' }));
  await waitFor(() => expect(ops.saveSettings).toHaveBeenCalled());
  expect(ops.saveSettings.mock.calls[0][0].overrides).toEqual({ 'แบบรายงาน!9': { measure: 'rate', direction: 'lower' } });
});

test('settings that cannot be read are reported, and the pane still runs with the defaults', async () => {
  const ops = fakeOps({ loadSettings: jest.fn().mockRejectedValue(new Error('settings part is corrupt')) });
  renderPane(ops);
  expect(text(await screen.findByRole('alert'))).toContain('อ่านหรือบันทึกการตั้งค่าไม่สำเร็จ');
  expect(text(screen.getByRole('alert'))).toContain('settings part is corrupt');
  await waitFor(() => expect(isDisabled(screen.getByRole('button', { name: 'คำนวณความก้าวหน้า' }))).toBe(false));
});

test('the pane speaks English when asked, and the switch goes back to Thai', async () => {
  const ops = fakeOps();
  renderPane(ops, 'en');
  await waitFor(() => expect(isDisabled(screen.getByRole('button', { name: 'Recalculate progress' }))).toBe(false));
  fireEvent.click(screen.getByRole('button', { name: 'Recalculate progress' }));
  expect(await screen.findByRole('region', { name: 'Behind plan (2)' })).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: 'เปลี่ยนเป็นภาษาไทย' }));
  expect(screen.getByRole('region', { name: 'ต่ำกว่าแผน (2)' })).toBeTruthy();
  expect(screen.getByRole('button', { name: 'คำนวณความก้าวหน้า' })).toBeTruthy();
});

test("the adapter's own advice is shown as it wrote it, in the pane's language", async () => {
  const { ExcelActionError } = await import('../../src/excel/errors');
  const ops = fakeOps({
    recalc: jest.fn().mockRejectedValue(new ExcelActionError('sheet-protected', 'แบบรายงานตัวชี้วัด', 'AccessDenied')),
  });
  renderPane(ops);
  await ready(ops);
  fireEvent.click(screen.getByRole('button', { name: 'คำนวณความก้าวหน้า' }));
  const alert = await screen.findByRole('alert');
  expect(text(alert)).toContain('แผ่นงาน แบบรายงานตัวชี้วัด ถูกป้องกันไว้');
  expect(text(alert)).toContain('AccessDenied');
  fireEvent.click(screen.getByRole('button', { name: 'Switch to English' }));
  expect(text(screen.getByRole('alert'))).toContain('The sheet แบบรายงานตัวชี้วัด is protected');
});

test('ย้อนกลับ on a workbook with no saved run says there is nothing to undo, as information, not as an error', async () => {
  const { createMemoryExcel } = await import('../../src/memory-excel');
  const { excelOperations } = await import('../../src/taskpane/operations');
  const memory = createMemoryExcel({ sheets: [{ name: 'KPI', values: [['ตัวชี้วัด']], merges: [] }] });
  const real = excelOperations(memory.run);
  expect(await real.undo(() => undefined)).toBe(false);
  const ops = fakeOps({ undo: jest.fn(real.undo) });
  renderPane(ops);
  await ready(ops);
  fireEvent.click(screen.getByRole('button', { name: 'ย้อนกลับ' }));
  expect(await screen.findByText('ไม่มีการคำนวณที่ย้อนกลับได้ในสมุดงานนี้')).toBeTruthy();
  expect(screen.queryByRole('alert')).toBeNull();
  expect(memory.value('KPI', 'A1')).toBe('ตัวชี้วัด');
});
