/**
 * แผน/ผล pairs read both ways and percentages of the plan to date, against the table's own typed figures, from real
 * .xlsx files through the command line (DOMAIN.md, "When the reading is unsure, write nothing").
 */
import ExcelJS from 'exceljs';
import { recalculate } from '../../src/core/engine';
import type { Grid } from '../../src/core/grid';
import { warningMessage } from '../../src/core/warning-messages';
import { readGrid } from '../../src/xlsx/read-grid';
import { percentOfPlanWorkbook, resultFirstPairsWorkbook } from '../fixtures/pair-shapes';
import { recalcFile, shown, writeTemp, recalcWorkbook, indicatorAtRow, type RecalcRun, type JsonReport } from '../helpers/workbook-files';

type Run = RecalcRun<JsonReport & { tables: { rows: string; range: string }[] }>;

/** The workbook as the command line reads it (written and read back as .xlsx). */
async function gridOf(wb: ExcelJS.Workbook): Promise<Grid> {
  const back = new ExcelJS.Workbook();
  await back.xlsx.load((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  return readGrid(back);
}

const STATUS = { ahead: 'ก้าวหน้ากว่าแผน', behind: 'ต่ำกว่าแผน', onPlan: 'เป็นไปตามแผน' };

describe('pairs with the ผล row first and no แผน/ผล labels', () => {
  let r: Run;
  beforeAll(async () => {
    r = await recalcWorkbook(resultFirstPairsWorkbook('none'), 'result-first.xlsx');
  }, 60_000);
  test('K5 45.00 (90 of 200) and K7 45.00 say the first row is ผล: 90 against the plan 80 is ahead, 18 against 20 behind', () => {
    const ws = r.out.getWorksheet('แผนผลรายไตรมาส')!;
    expect(indicatorAtRow(r.json, 5)).toMatchObject({ result: [30, 60, null, null], plan: [40, 40, 60, 60], total: 90, percent: 45, overall: 'ahead' });
    expect(indicatorAtRow(r.json, 7)).toMatchObject({ result: [8, 10, null, null], plan: [10, 10, 10, 10], total: 18, overall: 'behind' });
    expect([shown(ws, 'L5'), shown(ws, 'L7'), shown(ws, 'L9')]).toEqual([STATUS.ahead, STATUS.behind, STATUS.onPlan]);
    expect(shown(ws, 'K9')).toBe(50);
    expect(r.json.tables).toEqual([expect.objectContaining({ rows: 'pairs', range: 'A3:L10' })]);
  });
  test('no warning; only the ผล rows\' output cells (รวม, ร้อยละ, สถานะ) change, every input cell as typed', () => {
    expect(r.json.warnings).toEqual([]);
    expect(r.changed.length).toBeGreaterThan(0);
    for (const a of r.changed) expect(a).toMatch(/![J-L](5|7|9)$/);
    const ws = r.out.getWorksheet('แผนผลรายไตรมาส')!;
    expect([shown(ws, 'J5'), shown(ws, 'J6'), shown(ws, 'K5'), shown(ws, 'F6'), shown(ws, 'E5'), shown(ws, 'E6')]).toEqual([90, 200, 45, 40, null, null]);
  });
});

describe('pairs labelled แผน then ผล, their typed ร้อยละ made the other way round', () => {
  test('the labels win: the ผล-first reading the percentages fit is never used; with no labelled reading agreeing, nothing is written', async () => {
    const { report, edits } = recalculate(await gridOf(resultFirstPairsWorkbook('opposite')));
    expect(report.indicators).toEqual([]);
    expect(edits.length).toBe(0);
    const w = report.warnings.find((x) => x.code === 'unsure-reading')!;
    expect(w).toMatchObject({ sheet: 'แผนผลรายไตรมาส', cell: 'K6', args: { cells: ['K6', 'K8', 'K10'], disagreeing: 3, evidence: 3, figures: ['percent'] } });
    expect((w.args as { ways: string[] }).ways).not.toContain('pair-order');
    // The command line writes no file and names the table and the cells that disagree.
    const input = await writeTemp(resultFirstPairsWorkbook('opposite'), 'opposite-labels.xlsx');
    await expect(recalcFile(input)).rejects.toThrow(/แผนผลรายไตรมาส!A3:L4.*K6; K8; K10/);
  }, 60_000);
});

describe('a table whose typed figures fit either order: nothing written', () => {
  test("'แผน/ผล' merged over each pair, only each row's รวม typed: unsure-reading, saying the figures fit more than one reading", async () => {
    const { report, edits } = recalculate(await gridOf(resultFirstPairsWorkbook('ambiguous')));
    expect(report.indicators).toEqual([]);
    expect(edits.length).toBe(0);
    const w = report.warnings.find((x) => x.code === 'unsure-reading')!;
    expect(w).toMatchObject({ sheet: 'แผนผลรายไตรมาส', cell: 'A3', args: { cells: [], disagreeing: 0, evidence: 3, figures: ['total'] } });
    expect((w.args as { ways: string[] }).ways).toContain('pair-order');
    const th = warningMessage(w, 'th', 'arabic');
    expect(th).toMatch(/แถวใดเป็นแผน แถวใดเป็นผล/);
    expect(th).toMatch(/ผลรวมที่พิมพ์ไว้ตรงกับได้มากกว่าหนึ่งแบบ: ไม่ได้เขียนอะไรลงในตารางนี้$/);
    expect(report.skipped).toEqual([expect.objectContaining({ sheet: 'แผนผลรายไตรมาส', range: 'A3:L4', reason: 'unsure' })]);
    const input = await writeTemp(resultFirstPairsWorkbook('ambiguous'), 'ambiguous-pairs.xlsx');
    await expect(recalcFile(input)).rejects.toThrow(/แผนผลรายไตรมาส!A3:L4/);
  }, 60_000);
});

describe('ร้อยละ of the plan to date or of the target, as the typed percentages are', () => {
  test('typed of the plan to date (112.50 = 90 of 80; 90.00 = 18 of 20): M7 written 100.00 (10 of the plan to date 10), no mismatch', async () => {
    const r: Run = await recalcWorkbook(percentOfPlanWorkbook('plan-to-date'), 'percent-of-plan.xlsx');
    const ws = r.out.getWorksheet('ร้อยละของแผน')!;
    expect([shown(ws, 'M5'), shown(ws, 'M6'), shown(ws, 'M7')]).toEqual([112.5, 90, 100]);
    expect([shown(ws, 'L7'), shown(ws, 'N5'), shown(ws, 'N6'), shown(ws, 'N7')]).toEqual([10, STATUS.ahead, STATUS.behind, STATUS.onPlan]);
    expect(r.json.warnings).toEqual([]);
    // The report and the summary keep DOMAIN.md's percent of the annual target: 10 of 20.
    expect(indicatorAtRow(r.json, 7)).toMatchObject({ total: 10, percent: 50 });
    for (const a of r.changed) expect(a).toMatch(/![L-N][5-7]$/); // output cells only
  }, 60_000);
  test('typed of the target (45.00, 45.00): M7 written 50.00 (10 of 20), the typed ones kept, no mismatch', async () => {
    const r: Run = await recalcWorkbook(percentOfPlanWorkbook('target'), 'percent-of-target.xlsx');
    const ws = r.out.getWorksheet('ร้อยละของแผน')!;
    expect([shown(ws, 'M5'), shown(ws, 'M6'), shown(ws, 'M7')]).toEqual([45, 45, 50]);
    expect([shown(ws, 'D5'), shown(ws, 'I5'), shown(ws, 'L5')]).toEqual([40, 60, 90]);
    expect(r.json.warnings).toEqual([]);
    for (const a of r.changed) expect(a).toMatch(/![L-N][5-7]$/); // output cells only
  }, 60_000);
});

describe('the unsure-reading message names what disagreed', () => {
  const say = (args: object, lang: 'th' | 'en') =>
    warningMessage({ code: 'unsure-reading', args: { cells: ['F4', 'F5'], disagreeing: 2, evidence: 2, ...args } as never }, lang, 'arabic');
  test('remaining amounts, not "totals or percentages"', () => {
    const args = { figures: ['remaining'], ways: ['remaining'] };
    expect(say(args, 'th')).toMatch(/ไม่มีแบบใดตรงกับยอดคงเหลือที่พิมพ์ไว้ส่วนใหญ่/);
    expect(say(args, 'th')).not.toMatch(/ผลรวม|ร้อยละ/);
    expect(say(args, 'en')).toMatch(/no reading agrees with most of the remaining amounts typed in \(2 of 2 differ: F4, F5\)/);
    expect(say(args, 'en')).not.toMatch(/totals|percentages/);
  });
  test('percentages of a pairs table read in either order', () => {
    const args = { figures: ['percent'], ways: ['pair-order'] };
    expect(say(args, 'th')).toMatch(/^อ่านตารางนี้ได้มากกว่าหนึ่งแบบ \(แถวใดเป็นแผน แถวใดเป็นผล\) และไม่มีแบบใดตรงกับร้อยละที่พิมพ์ไว้ส่วนใหญ่/);
    expect(say(args, 'en')).toMatch(/\(which row of a pair is the plan\) and no reading agrees with most of the percentages typed in/);
  });
});
