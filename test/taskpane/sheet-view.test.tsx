/** @jest-environment jsdom */
import './setup-dom';
import { render } from '@testing-library/react';
import type { SheetGrid } from '../../src/core/grid';
import { SheetView, displayValue, parseAddress } from '../../src/ui/preview/SheetView';

const sheet: SheetGrid = {
  name: 'ตารางที่ ๑',
  values: [
    ['ตัวชี้วัด', null, 'รวม'],
    ['จำนวนวิสาหกิจ', 140, 80.71],
    ['ช่องทาง', 1234.5, 'ระดับ ๓'],
  ],
  formats: [[], [null, '#,##0', '[$-D01041E]#,##0.00'], [null, '0.00']],
  fills: [[], ['FFC7CE', 'FFC7CE', 'FFC7CE']],
  merges: [{ top: 0, left: 0, bottom: 0, right: 1 }],
};

test('numbers show as Excel would with their format: Thai digits where the format says so', () => {
  expect(displayValue(sheet, 1, 2)).toBe('๘๐.๗๑');
  expect(displayValue(sheet, 1, 1)).toBe('140');
  expect(displayValue(sheet, 2, 1)).toBe('1234.50');
  expect(displayValue(sheet, 2, 2)).toBe('ระดับ ๓');
  expect(displayValue({ ...sheet, values: [[{ error: '#DIV/0!' }]] }, 0, 0)).toBe('#DIV/0!');
});

test('addresses from the pane (cell, range, whole row) select the right cells', () => {
  expect(parseAddress('F13')).toEqual({ top: 12, bottom: 12, left: 5, right: 5 });
  expect(parseAddress('A12:J12')).toEqual({ top: 11, bottom: 11, left: 0, right: 9 });
  expect(parseAddress('AA3')).toEqual({ top: 2, bottom: 2, left: 26, right: 26 });
  expect(parseAddress('12:12')?.top).toBe(11);
});

test('merged cells span, flagged rows keep their fill, the selection is outlined', () => {
  const { container } = render(<SheetView sheet={sheet} selection={{ top: 1, bottom: 1, left: 0, right: 2 }} />);
  const a1 = container.querySelector('td[data-cell="A1"]')!;
  expect(a1.getAttribute('colspan')).toBe('2');
  expect(container.querySelector('td[data-cell="B1"]')).toBeNull();
  expect(container.querySelector('td[data-cell="C2"]')!.getAttribute('data-fill')).toBe('FFC7CE');
  expect([...container.querySelectorAll('td.sel')].map((td) => td.getAttribute('data-cell'))).toEqual(['A2', 'B2', 'C2']);
});
