/**
 * The seed workbook's warnings as a Thai and an English reader get them from the command line: the same code and
 * arguments, the message in the reader's language, figures in the workbook's digits in Thai and Arabic in English,
 * and what a person typed quoted as typed.
 */
import { buildSeedWorkbook, SEED_SHEETS } from '../fixtures/seed-workbook';
import { cli, recalcFile, writeTemp, type JsonReport } from '../helpers/workbook-files';

type JsonWarning = JsonReport['warnings'][number] & { args: Record<string, unknown> };
let thai: JsonWarning[];
let english: JsonWarning[];
let input: string;

beforeAll(async () => {
  input = await writeTemp(buildSeedWorkbook(), 'seed.xlsx');
  thai = (await recalcFile(input)).json.warnings as JsonWarning[];
  english = (await recalcFile(input, ['--lang', 'en'])).json.warnings as JsonWarning[];
});

const at = (list: JsonWarning[], sheet: string, cell: string, code: string) => {
  const w = list.find((x) => x.sheet === sheet && x.cell === cell && x.code === code);
  if (!w) throw new Error(`no ${code} warning at ${sheet}!${cell}`);
  return w;
};

test('the same warnings, with the same codes and arguments, in both languages', () => {
  expect(english.map(({ message: _m, ...w }) => w)).toEqual(thai.map(({ message: _m, ...w }) => w));
  expect(thai.length).toBeGreaterThan(3);
});

test('the ๘๐.๗๒ typed in table 1: Thai in Thai digits, English in Arabic, the typed figure as typed', () => {
  expect(at(thai, SEED_SHEETS.table1, 'I9', 'percent-mismatch').message).toBe('ร้อยละที่พิมพ์ไว้ (๘๐.๗๒ ก้าวหน้ากว่าแผน) ไม่ตรงกับที่คำนวณได้ (๘๐.๗๑)');
  expect(at(english, SEED_SHEETS.table1, 'I9', 'percent-mismatch').message).toBe(
    'The percentage typed here (๘๐.๗๒ ก้าวหน้ากว่าแผน) differs from the computed 80.71',
  );
});

test('the header date outside FY 2566 and the hand-written typo, in English', () => {
  expect(at(english, SEED_SHEETS.table1, 'H2', 'header-date').message).toMatch(/^The header gives the date ".*๖๕.*", outside fiscal year 2566/);
  expect(at(thai, SEED_SHEETS.table1, 'H2', 'header-date').message).toMatch(/ไม่อยู่ในปีงบประมาณ ๒๕๖๖: ตรวจสอบวันที่$/);
  expect(at(english, SEED_SHEETS.kpiForm, 'F13', 'label-mismatch').message).toBe('Written "(ต่ำกว่ากว่าแผน)", but the figures say ahead of plan');
});

test('no English message has Thai words of ours: Thai letters only inside what a person typed', () => {
  for (const w of english) {
    const ours = w.message.replace(/"[^"]*"|\([^)]*[\u0E00-\u0E7F][^)]*\)|ตัวชี้วัด, แผน, ผล, ไตรมาส or งปม\.ที่ได้รับ/g, '');
    expect(ours).not.toMatch(/[\u0E00-\u0E7F]/);
  }
});

test('the terminal report in English lists the warnings in English', async () => {
  const out = await cli(['recalc', input, '-o', input.replace('.xlsx', '-en.xlsx'), '--lang', 'en']);
  expect(out).toContain(`${SEED_SHEETS.kpiForm}!C8 This indicator has a target in quarter 4 only`);
  expect(out).not.toContain('ตัวชี้วัดนี้มีค่าเป้าหมายเฉพาะไตรมาส');
});
