/**
 * @jest-environment jsdom
 *
 * One run at a time across the pane and the ribbon (in one runtime here; across two pages: one-run-pages.test.ts), the pane
 * refreshed after a ribbon run, and the question asked before สร้างสรุปผล replaces an older summary sheet.
 */
import './setup-dom';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { makeCommand } from '../../src/commands/run-command';
import type { Outcome } from '../../src/commands/outcome-text';
import type { Report } from '../../src/core/types';
import { stringsFor } from '../../src/ui/i18n';
import { currentRun } from '../../src/ui/one-run';
import type { PaneOperations } from '../../src/ui/operations';
import { App } from '../../src/ui/pane/App';
import { deferred, describedBy, fakeOps, isDisabled, seedReport, text } from './fixtures';

jest.setTimeout(30_000); // a busy machine renders Fluent slowly in jsdom
jest.spyOn(console, 'error').mockImplementation(() => undefined);

function renderPane(ops: PaneOperations) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App ops={ops} initialLanguage="th" />
    </FluentProvider>,
  );
}

const button = (name: string) => screen.getByRole('button', { name });
const notice = () => text(document.querySelector('[data-notice]')).replace(/\u00a0/g, ' ');

async function ready(ops: jest.Mocked<PaneOperations>) {
  await waitFor(() => expect(isDisabled(button('คำนวณความก้าวหน้า'))).toBe(false), { timeout: 20_000 });
  expect(ops.loadSettings).toHaveBeenCalled();
}

/** A ribbon command as commands.ts makes it, with its outcome dialog recorded instead of shown. */
function ribbon(kind: 'recalc' | 'summary', action: () => Promise<{ report: Report; sheetName?: string }>) {
  const shown: Outcome[] = [];
  const press = makeCommand(kind, { action, show: async (o) => void shown.push(o), strings: () => stringsFor('th') });
  return { shown, press: () => press({ completed: () => undefined }) };
}

afterEach(() => expect(currentRun()).toBeNull()); // every run let go of the lock

test('while a ribbon button runs, the pane cannot start one and says why; when it ends the pane lists what it found', async () => {
  const ops = fakeOps();
  renderPane(ops);
  await ready(ops);
  expect(screen.queryByRole('region', { name: /^ต่ำกว่าแผน/ })).toBeNull();

  const work = deferred<{ report: Report }>();
  const r = ribbon('recalc', () => work.promise);
  let pressed!: Promise<void>;
  act(() => {
    pressed = r.press();
  });
  await waitFor(() => expect(isDisabled(button('คำนวณความก้าวหน้า'))).toBe(true));
  expect(describedBy(button('คำนวณความก้าวหน้า'))).toContain('ยังใช้ไม่ได้: กำลังทำงานจากปุ่มบนริบบอน รอให้เสร็จก่อน');
  fireEvent.click(button('คำนวณความก้าวหน้า'));
  fireEvent.click(button('ย้อนกลับ'));
  expect(ops.recalc).not.toHaveBeenCalled();
  expect(ops.undo).not.toHaveBeenCalled();

  await act(async () => {
    work.resolve({ report: seedReport });
    await pressed;
  });
  // The ribbon's result is in the pane: the behind-plan list, and where it came from.
  const behind = screen.getByRole('region', { name: /^ต่ำกว่าแผน/ });
  expect(within(behind).getAllByRole('button').some((b) => describedBy(b).includes('e-service'))).toBe(true);
  expect(notice()).toBe('จากปุ่มบนริบบอน: คำนวณเสร็จแล้ว: ๖ ตัวชี้วัด ต่ำกว่าแผน ๒ รายการ');
  expect(isDisabled(button('คำนวณความก้าวหน้า'))).toBe(false);
  expect(r.shown[0].title).toBe('คำนวณความก้าวหน้าเสร็จแล้ว');
});

test('a ribbon press while the pane runs is refused with a clear message, and changes nothing', async () => {
  const running = deferred<Report>();
  const ops = fakeOps({ recalc: jest.fn(() => running.promise) });
  renderPane(ops);
  await ready(ops);
  fireEvent.click(button('คำนวณความก้าวหน้า'));
  await waitFor(() => expect(ops.recalc).toHaveBeenCalledTimes(1));

  const summary = jest.fn(async () => ({ report: seedReport, sheetName: 'สรุปผล' }));
  const r = ribbon('summary', summary);
  await act(() => r.press());
  expect(summary).not.toHaveBeenCalled();
  expect(r.shown[0].error).toBe(true);
  expect(r.shown[0].title).toBe('สร้างสรุปผลไม่สำเร็จ');
  expect(r.shown[0].lines[0].text).toBe('มีการทำงานจากแผงติดตามผลอยู่แล้ว: รอให้เสร็จก่อน แล้วลองอีกครั้ง (ไม่ได้เปลี่ยนแปลงสมุดงาน)');

  await act(async () => running.resolve(seedReport));
  await waitFor(() => expect(isDisabled(button('คำนวณความก้าวหน้า'))).toBe(false));
  // Once the pane's run is over, the ribbon runs.
  await act(() => r.press());
  expect(summary).toHaveBeenCalledTimes(1);
  expect(r.shown[1].error).toBeUndefined();
});

test('สร้างสรุปผล over an older summary says first that it cannot be undone; Cancel writes nothing, going on writes it', async () => {
  const ops = fakeOps({ summariesToReplace: jest.fn(async () => ['สรุปผล ไตรมาส ๑ ปี ๒๕๖๖']) });
  renderPane(ops);
  await ready(ops);

  const summarize = button('สร้างสรุปผล');
  summarize.focus();
  fireEvent.click(summarize);
  const question = await screen.findByRole('alertdialog', { name: 'แทนที่สรุปผลเดิม?' });
  expect(describedBy(question)).toBe(
    'สร้างสรุปผลจะลบแผ่นงาน “สรุปผล ไตรมาส ๑ ปี ๒๕๖๖” แล้วเขียนแผ่นใหม่แทน การลบแผ่นงานย้อนกลับไม่ได้ และ Excel จะล้างรายการเลิกทำ (Ctrl+Z) ทั้งหมดของสมุดงานนี้',
  );
  expect(document.activeElement).toBe(within(question).getByRole('button', { name: 'ยกเลิก' }));
  expect(ops.summarize).not.toHaveBeenCalled();

  fireEvent.click(within(question).getByRole('button', { name: 'ยกเลิก' }));
  expect(screen.queryByRole('alertdialog')).toBeNull();
  expect(notice()).toBe('ยกเลิกแล้ว: ไม่ได้เปลี่ยนแปลงสมุดงาน');
  expect(document.activeElement).toBe(summarize);
  expect(ops.summarize).not.toHaveBeenCalled();

  fireEvent.click(button('สร้างสรุปผล'));
  const again = await screen.findByRole('alertdialog');
  fireEvent.keyDown(again, { key: 'Escape' });
  expect(screen.queryByRole('alertdialog')).toBeNull();
  expect(ops.summarize).not.toHaveBeenCalled();

  fireEvent.click(button('สร้างสรุปผล'));
  fireEvent.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'สร้างสรุปผลต่อ' }));
  await waitFor(() => expect(notice()).toBe('สร้างแผ่นงานสรุปผล “สรุปผล ไตรมาส ๒ ปี ๒๕๖๖” แล้ว'));
  expect(ops.summarize).toHaveBeenCalledTimes(1);
});

test('with no older summary, สร้างสรุปผล writes at once without asking', async () => {
  const ops = fakeOps();
  renderPane(ops);
  await ready(ops);
  fireEvent.click(button('สร้างสรุปผล'));
  await waitFor(() => expect(ops.summarize).toHaveBeenCalledTimes(1));
  expect(ops.summariesToReplace).toHaveBeenCalledTimes(1);
  expect(screen.queryByRole('alertdialog')).toBeNull();
});
