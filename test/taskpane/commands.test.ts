/** The ribbon commands: the outcome the user reads, and event.completed() whatever happens. */
import { makeCommand } from '../../src/commands/run-command';
import { decodeOutcome, encodeOutcome, outcomeOfReport } from '../../src/commands/outcome-text';
import type { Outcome } from '../../src/commands/outcome-text';
import { stringsFor } from '../../src/ui/i18n';
import { seedReport } from './fixtures';

jest.spyOn(console, 'error').mockImplementation(() => undefined);
const th = () => stringsFor('th');

test('after คำนวณความก้าวหน้า the outcome names the e-service indicator and the budget line behind plan', async () => {
  const shown: Outcome[] = [];
  const event = { completed: jest.fn() };
  await makeCommand('recalc', { action: async () => ({ report: seedReport }), show: async (o) => void shown.push(o), strings: th })(event);
  expect(event.completed).toHaveBeenCalledTimes(1);
  expect(shown[0].title).toBe('คำนวณความก้าวหน้าเสร็จแล้ว');
  // In the pane's language and digits; a no-break space keeps each figure with its unit.
  const lines = shown[0].lines.map((l) => l.text.replace(/\u00a0/g, ' '));
  expect(lines[0]).toBe('๖ ตัวชี้วัด: ต่ำกว่าแผน ๑ · งบประมาณต่ำกว่าแผน ๑ รายการ');
  expect(lines).toContain('ต่ำกว่าแผน: ระบบฐานข้อมูล e-service (แบบรายงาน แถว ๑๓)');
  expect(lines).toContain('ต่ำกว่าแผน: ความเสมอภาคทางสังคม (งบประมาณ แถว ๖)');
  expect(lines).toContain('คำเตือน ๑ รายการ: เปิดแผงติดตามผลเพื่อดูเซลล์');
});

test('a failed run is shown with what to do, and the command still completes', async () => {
  const shown: Outcome[] = [];
  const event = { completed: jest.fn() };
  const failure = Object.assign(new Error('Sheet is protected'), { code: 'AccessDenied' });
  await makeCommand('summary', { action: async () => Promise.reject(failure), show: async (o) => void shown.push(o), strings: th })(
    event,
  );
  expect(event.completed).toHaveBeenCalledTimes(1);
  expect(shown[0].error).toBe(true);
  expect(shown[0].title).toBe('สร้างสรุปผลไม่สำเร็จ');
  expect(shown[0].lines[0].text).toContain('ยกเลิกการป้องกันแผ่นงาน');
  expect(shown[0].lines[1].text).toContain('Sheet is protected');
});

test('the command completes even when the outcome cannot be shown', async () => {
  const event = { completed: jest.fn() };
  await makeCommand('recalc', {
    action: async () => ({ report: seedReport, sheetName: 'สรุปผล ไตรมาส ๒ ปี ๒๕๖๖' }),
    show: async () => Promise.reject(new Error('dialog blocked')),
    strings: th,
  })(event);
  expect(event.completed).toHaveBeenCalledTimes(1);
  const event2 = { completed: jest.fn() };
  await makeCommand('recalc', {
    action: async () => Promise.reject(new Error('no Excel')),
    show: () => {
      throw new Error('Office.context is undefined');
    },
    strings: th,
  })(event2);
  expect(event2.completed).toHaveBeenCalledTimes(1);
});

test('a long list is cut to six items with a pointer to the pane', () => {
  const many = { ...seedReport, indicators: Array.from({ length: 9 }, (_, k) => ({ ...seedReport.indicators[3], row: 10 + k })) };
  const o = outcomeOfReport(many, 'recalc', th());
  expect(o.lines.filter((l) => l.behind)).toHaveLength(6);
  expect(o.lines.map((l) => l.text.replace(/\u00a0/g, ' '))).toContain('และอีก ๔ รายการ: ดูในแผงติดตามผล');
});

test('Thai text survives the trip through the dialog URL', () => {
  const o = outcomeOfReport(seedReport, 'summary', th());
  const encoded = encodeOutcome(o);
  expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/);
  expect(decodeOutcome(encoded)).toEqual(o);
});
