import fc from 'fast-check';
import { formatNumber, percentOf, roundHalfAway, toArabicDigits, toThaiDigits } from './thai-digits';

test('113 ÷ 140 is 80.71, not the 80.72 typed in the seed', () => {
  expect(percentOf(113, 140)).toBe(80.71);
});

test('rounding is half away from zero, free of binary noise', () => {
  expect(roundHalfAway(1.005, 2)).toBe(1.01);
  expect(roundHalfAway(-1.005, 2)).toBe(-1.01);
  expect(roundHalfAway(0.125, 2)).toBe(0.13);
  expect(roundHalfAway(2.675, 2)).toBe(2.68);
});

test('percent of nothing is nothing', () => {
  expect(percentOf(5, 0)).toBeNull();
  expect(percentOf(null, 5)).toBeNull();
});

test('Thai digits as staff type them', () => {
  expect(formatNumber(1470, 'thai')).toBe('๑,๔๗๐');
  expect(formatNumber(80.71, 'thai', { decimals: 2 })).toBe('๘๐.๗๑');
  expect(formatNumber(35, 'thai', { decimals: 2 })).toBe('๓๕.๐๐');
  expect(formatNumber(69190, 'arabic')).toBe('69,190');
  expect(toArabicDigits('๒๕๖๖')).toBe('2566');
  expect(toThaiDigits('2566')).toBe('๒๕๖๖');
});

test('Thai digits become Arabic wherever they stand, and nothing else changes', () => {
  const letters = [...'๐๑๒๓๔๕๖๗๘๙0123456789 ,.ร้อยละกขฯ๚๛\u0e4f'];
  fc.assert(
    fc.property(fc.string({ unit: fc.constantFrom(...letters), maxLength: 60 }), (s) => {
      expect(toArabicDigits(s)).toBe(s.replace(/[๐-๙]/g, (d) => String(d.charCodeAt(0) - 0x0e50)));
    }),
  );
});

test('a figure that rounds to zero is 0, never -0', () => {
  expect(formatNumber(-0.001, 'arabic', { decimals: 2 })).toBe('0.00');
  expect(formatNumber(-0, 'thai')).toBe('๐');
  expect(formatNumber(-0.5, 'arabic', { decimals: 0 })).toBe('-1');
});
