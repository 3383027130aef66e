/**
 * Which measure a name means when its words mislead: ระดับ inside a rate's name (ระดับน้ำตาล) is no level, and an
 * average (วันนอนเฉลี่ย, planned ๔ วัน each quarter) is never summed. Workbook from test/fixtures/new-user-shapes.ts.
 */
import ExcelJS from 'exceljs';
import { pairsThaiWorkbook, stepsWorkbook } from '../fixtures/new-user-shapes';
import { indicatorAtRow, recalcWorkbook, shown, warningCodesAt, type RecalcRun } from '../helpers/workbook-files';

describe('แผน/ผล pairs in Thai digits at quarter 3', () => {
  let r: RecalcRun;
  let ws: ExcelJS.Worksheet;
  beforeAll(async () => {
    r = await recalcWorkbook(pairsThaiWorkbook(), 'pairs-thai.xlsx');
    ws = r.out.getWorksheet('แผนผล')!;
  }, 60_000);
  test('"ร้อยละของผู้ป่วยเบาหวานที่ควบคุมระดับน้ำตาลได้" is a rate: its latest ๔๑.๐ of ๔๐ = ๑๐๒.๕๐, not "ระดับ ๔๑"', () => {
    expect(indicatorAtRow(r.json, 7)).toMatchObject({ measure: 'rate', unit: 'ร้อยละ', total: 41, status: ['behind', 'behind', 'ahead', null] });
    expect(shown(ws, 'J8')).toBe('๔๑');
    expect(shown(ws, 'K8')).toBe('๑๐๒.๕๐');
  });
  test('an average length of stay is its latest value: ๓.๙ days of at most ๔ = ๙๗.๕๐, not 11.9 days (๒๙๗.๕๐)', () => {
    expect(indicatorAtRow(r.json, 9)).toMatchObject({ measure: 'rate', unit: 'วัน', direction: 'lower', total: 3.9, status: ['ahead', 'behind', 'ahead', null] });
    expect(shown(ws, 'J10')).toBe('๓.๙');
    expect(shown(ws, 'K10')).toBe('๙๗.๕๐');
    expect(warningCodesAt(r.json, 'D9')).toEqual([]);
  });
  test('the count beside them: 140 + 160 + 130 = ๔๓๐ of ๖๐๐ = ๗๑.๖๗ over the typed ๗๐.๐๐, with a warning', () => {
    expect(shown(ws, 'J6')).toBe('๔๓๐');
    expect(shown(ws, 'K6')).toBe('๗๑.๖๗');
    expect(warningCodesAt(r.json, 'K6')).toEqual(['percent-mismatch']);
    for (const a of r.changed) expect(a).toMatch(/!(J|K)(6|8|10)$/);
  });
});

test('a level typed as the step reached, "ขั้นตอนที่ ๓" of ๕: ระดับ ๓, ๖๐.๐๐ (was no result: nothing but ยังไม่ถึงกำหนด)', async () => {
  const r = await recalcWorkbook(stepsWorkbook(), 'steps.xlsx');
  const ws = r.out.getWorksheet('ขั้นตอน')!;
  expect(indicatorAtRow(r.json, 4)).toMatchObject({ measure: 'level', result: [1, 3, null, null], total: 3, percent: 60 });
  expect([shown(ws, 'H4'), shown(ws, 'I4'), shown(ws, 'I5')]).toEqual(['ระดับ ๓', '๖๐.๐๐', '๘๐.๐๐']);
  expect(shown(ws, 'E4')).toBe('ขั้นตอนที่ ๓');
}, 60_000);
