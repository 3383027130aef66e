import fc from 'fast-check';
import { isPlanLabel, isResultLabel } from './detect-tables';

const PLAN = /^\s*(?:แผน|แผนการดำเนินงาน|เป้า|เป้าหมาย)\s*$/;
const RESULT = /^\s*(?:ผล|ผลงาน|ผลการดำเนินงาน|ผลดำเนินงาน|ผลการดำเนินการ|ผลดำเนินการ|ผลการปฏิบัติงาน|ผลปฏิบัติงาน)\s*$/;

test('แผน / เป้าหมาย and ผล / ผลการดำเนินงาน are row labels with any white space around them, and nothing else is', () => {
  const unit = fc.constantFrom(' ', '\u00a0', '\t', '\n', '\u2009', '\u3000', '\ufeff', 'แผน', 'ผล', 'เป้า', 'หมาย', 'การ', 'ดำเนินงาน', 'งาน', 'แ', 'ผ', 'เ', 'น', 'ก', '1', '๑');
  fc.assert(
    fc.property(fc.string({ unit, maxLength: 8 }), (s) => {
      expect(isPlanLabel(s)).toBe(PLAN.test(s));
      expect(isResultLabel(s)).toBe(RESULT.test(s));
    }),
  );
  expect(isPlanLabel(' แผน ')).toBe(true);
  expect(isPlanLabel('เป้าหมาย')).toBe(true);
  expect(isResultLabel('ผลการดำเนินงาน')).toBe(true);
  expect(isPlanLabel('แผนงาน')).toBe(false); // a group heading's word, not a row's label
  expect(isResultLabel('ผลผลิต')).toBe(false);
  expect(isResultLabel('ผลการ')).toBe(false);
});
