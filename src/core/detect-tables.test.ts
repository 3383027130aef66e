import fc from 'fast-check';
import { isPlanLabel, isResultLabel } from './detect-tables';

test('แผน and ผล are row labels with any white space around them, and nothing else is', () => {
  const unit = fc.constantFrom(' ', '\u00a0', '\t', '\n', '\u2009', '\u3000', '\ufeff', 'แผน', 'ผล', 'แ', 'ผ', 'น', 'ก', '1', '๑');
  fc.assert(
    fc.property(fc.string({ unit, maxLength: 8 }), (s) => {
      expect(isPlanLabel(s)).toBe(/^\s*แผน\s*$/.test(s));
      expect(isResultLabel(s)).toBe(/^\s*ผล\s*$/.test(s));
    }),
  );
  expect(isPlanLabel(' แผน ')).toBe(true);
  expect(isResultLabel('ผลการดำเนินงาน')).toBe(false);
});
