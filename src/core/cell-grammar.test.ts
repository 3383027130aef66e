/** The cell grammar of DOMAIN.md, "Numbers as staff type them". */
import fc from 'fast-check';
import { cellKind, parseCell, parseCellText, textFigures } from './cell-grammar';
import { seedGrid } from '../../test/excel/workbooks';
import { formatNumber } from './thai-digits';

test.each([
  ['๑,๖๐๐', 1600],
  ['1,600', 1600],
  ['๘๐.๗๒', 80.72],
  ['-5', -5],
])('%s reads as the number %d', (text, n) => {
  expect(parseCellText(text)).toMatchObject({ kind: 'number', value: n });
});

test.each(['-', '–', '', '   '])('%j is no result yet', (text) => {
  expect(['dash', 'empty']).toContain(parseCellText(text).kind);
});

test('N/A is no plan for this quarter', () => expect(parseCellText('N/A').kind).toBe('na'));

test('a status word written by hand beside a number', () => {
  expect(parseCellText('๔๒ (เป็นไปตามแผน)')).toMatchObject({ kind: 'number', value: 42, status: 'on-plan', statusText: '(เป็นไปตามแผน)' });
  expect(parseCellText('๔๒ (ต่ำกว่ากว่าแผน)')).toMatchObject({ value: 42, status: 'behind', statusText: '(ต่ำกว่ากว่าแผน)' });
  expect(parseCellText('๘๐.๗๒ ก้าวหน้ากว่าแผน')).toMatchObject({ value: 80.72, status: 'ahead', statusText: 'ก้าวหน้ากว่าแผน' });
});

test('levels on a 1–5 scale', () => {
  expect(parseCellText('ระดับ ๓')).toMatchObject({ kind: 'level', value: 3 });
  expect(parseCellText('ระดับ ๓ (ก้าวหน้ากว่าแผน)')).toMatchObject({ kind: 'level', value: 3, status: 'ahead' });
});

test('cumulative targets and totals: (N/ปี), จากฐาน, and this year’s part in brackets', () => {
  expect(parseCellText('๑,๖๐๐ (๒๐๐/ปี)')).toMatchObject({ value: 1600, secondary: 200, perYear: true });
  expect(parseCellText('๑,๔๗๐ (๗๐)')).toMatchObject({ value: 1470, secondary: 70, perYear: false });
  expect(parseCellText('ประชาชนได้รับการจ้างงาน (คน) (๒๐๐/ปี จากฐาน ๑,๔๐๐ คน)')).toMatchObject({ kind: 'text', secondary: 200, perYear: true, base: 1400 });
});

test('a status word and an explanation, with no number', () => {
  expect(parseCellText('(ต่ำกว่าแผน) มีการปรับแก้ TOR กำหนดพิจารณาผล ๔ เม.ย. ๖๖')).toMatchObject({
    kind: 'text',
    status: 'behind',
    note: 'มีการปรับแก้ TOR กำหนดพิจารณาผล ๔ เม.ย. ๖๖',
  });
});

test('deferred to Q4 by the committee, and a plan that falls due in Q4 only', () => {
  expect(parseCellText('ขอปรับเป็นรายงานผลการดำเนินงาน ไตรมาส ๔ (ตามเสนอในการประชุมคณะกรรมการติดตามฯ ครั้งที่ ๑/๒๕๖๖)')).toMatchObject({ kind: 'text', deferred: true });
  expect(parseCellText('รายงานผลการดำเนินงาน ไตรมาส ๔')).toMatchObject({ kind: 'text', dueInQ4: true });
});

test('a list number is a heading, not a value', () => {
  expect(parseCellText('๑. ประชาชนกลุ่มเป้าหมาย ได้รับการจ้างงาน (สะสม)').kind).toBe('text');
});

test('error values are unreadable cells, not zeros', () => {
  expect(parseCell({ error: '#DIV/0!' })).toMatchObject({ kind: 'error', error: '#DIV/0!' });
  expect(parseCellText('#REF!')).toMatchObject({ kind: 'error' });
});

test('text that looks like a formula is text', () => {
  expect(parseCellText('=SUM(A1:A3)').kind).toBe('text');
});

test('the grammar never throws, whatever is typed', () => {
  fc.assert(
    fc.property(fc.oneof(fc.string(), fc.string({ unit: fc.constantFrom(...'๐๑๒๓๔๕๖๗๘๙0123456789,.-()/ ระดับปีจากฐานNA%ก้าวหน้ากว่าแผน'.split('')) })), (s) => {
      const p = parseCellText(s);
      expect(['empty', 'dash', 'na', 'number', 'level', 'text', 'error']).toContain(p.kind);
    }),
    { numRuns: 3000 },
  );
});

test('formatting a number in Thai digits and reading it back gives the number', () => {
  fc.assert(
    fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 4 }), (n, decimals) => {
      const value = n / 10 ** decimals;
      const text = formatNumber(value, 'thai', { decimals });
      expect(text).toMatch(/^-?[๐-๙,.]+$/);
      expect(parseCellText(text).value).toBeCloseTo(value, 6);
    }),
    { numRuns: 3000 },
  );
});

test('the kind alone, read the short way for long texts, is the kind parseCell reads', () => {
  const letters = '๐๑๒๓๔๕๖๗๘๙0123456789,.-()/ ระดับปีจากฐานNA%ก้าวหน้ากว่าแผน#DIV/0!'.split('');
  fc.assert(
    fc.property(fc.string({ unit: fc.constantFrom(...letters), minLength: 30, maxLength: 90 }), (s) => {
      expect(cellKind(s)).toBe(parseCellText(s).kind);
    }),
    { numRuns: 3000 },
  );
  const long = 'ระดับความสำเร็จของการดำเนินงานตามแผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. ๒๕๖๖';
  expect(cellKind(long)).toBe('text');
  expect(cellKind(`ระดับ ๓ ${long}`)).toBe('level');
  expect(cellKind(`๑. ${long}`)).toBe('text');
  expect(cellKind(`๑๒,๕๐๐ ${long}`)).toBe('number');
});

test("a name's base and per-year part, read alone, are what the whole reading finds", () => {
  const figures = (s: string) => {
    const p = parseCellText(s);
    return { base: p.base, secondary: p.secondary, perYear: p.perYear };
  };
  // Every text of the seed report, names with '(๒๐๐/ปี จากฐาน ๑,๔๐๐ คน)' among them.
  const texts = seedGrid().sheets.flatMap((sheet) => sheet.values.flat().filter((v): v is string => typeof v === 'string'));
  expect(texts.filter((t) => textFigures(t).perYear).length).toBeGreaterThan(0);
  for (const t of texts) expect(textFigures(t)).toEqual(figures(t));
  const letters = '๐๑๒๓๔๕๖๗๘๙0123456789,.-()/ \u200bระดับปีจากฐานเดิมNA%ก้าวหน้ากว่าแผน#DIV/0!'.split('');
  fc.assert(
    fc.property(fc.string({ unit: fc.constantFrom(...letters, 'จากฐาน ', '/ปี', ' (', ') '), minLength: 20, maxLength: 90 }), (s) => {
      expect(textFigures(s)).toEqual(figures(s));
    }),
    { numRuns: 3000 },
  );
  expect(textFigures('ประชาชนกลุ่มเป้าหมายได้รับการจ้างงาน (๒๐๐/ปี จากฐาน ๑,๔๐๐ คน)')).toEqual({ base: 1400, secondary: 200, perYear: true });
});

test('spaces of every kind read as one plain space, whether or not the text needed changing', () => {
  const spaces = [' ', '  ', '\u00a0', '\u200b', '\u2009', '\u202f', '\t', '\n', '\u3000', '\ufeff'];
  const unit = fc.constantFrom(...spaces, ...'๓๕ผลแผนa1.');
  fc.assert(
    fc.property(fc.string({ unit, maxLength: 30 }), (s) => {
      const normal = s.replace(/[\u00a0\u200b\u2009\u202f]/g, ' ').replace(/\s+/g, ' ').trim();
      expect(parseCellText(s).text).toBe(normal);
    }),
  );
});
