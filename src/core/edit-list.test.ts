import fc from 'fast-check';
import { EditList } from './edit-list';
import type { Edit, EditReason } from './types';

const reasons: EditReason[] = ['total', 'percent', 'status', 'status-word', 'budget', 'flag'];

const anEdit: fc.Arbitrary<Edit> = fc.record({
  sheet: fc.constantFrom('ตัวชี้วัด', 'งบประมาณ', 'ตารางที่ ๑'),
  row: fc.nat({ max: 1_048_575 }),
  col: fc.nat({ max: 16_383 }),
  reason: fc.constantFrom(...reasons),
  value: fc.option(fc.oneof(fc.double({ noNaN: true }), fc.integer(), fc.string()), { nil: undefined }),
  numberFormat: fc.option(fc.constantFrom('#,##0', '[$-D01041E]#,##0.00', '0.00%', '@'), { nil: undefined }),
  fill: fc.option(fc.constantFrom('FFC7CE', null), { nil: undefined }),
});

test('every edit reads back as it was planned, in order, however many there are', () => {
  fc.assert(
    fc.property(fc.array(anEdit, { maxLength: 600 }), fc.nat({ max: 40 }), (records, expected) => {
      const edits = records.map((e) => ({ ...e })); // fast-check's records have no prototype
      const list = new EditList(expected); // a small guess: the list grows past it
      for (const e of edits) list.add(e.sheet, e.row, e.col, e.reason, e.value, e.numberFormat, e.fill);
      expect(list.length).toBe(edits.length);
      expect(list.toArray()).toStrictEqual(edits);
      expect([...list]).toStrictEqual(edits);
      expect(EditList.from(edits).toArray()).toStrictEqual(edits);
    }),
  );
});

test('a format cleared and a fill cleared are kept apart from a format or fill left alone', () => {
  const list = new EditList();
  list.add('ตัวชี้วัด', 4, 12, 'flag', undefined, undefined, null);
  list.add('ตัวชี้วัด', 5, 12, 'percent', 80.71, undefined, undefined);
  expect(list.at(0)).toStrictEqual({ sheet: 'ตัวชี้วัด', row: 4, col: 12, reason: 'flag', value: undefined, numberFormat: undefined, fill: null });
  expect(list.at(1).fill).toBeUndefined();
  expect(() => list.at(2)).toThrow(RangeError);
});
