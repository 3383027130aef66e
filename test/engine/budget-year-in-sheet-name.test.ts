/**
 * Last year's budget sheet beside this year's, the year only in the sheets' names ('งบ ปี 2568', 'งบ ปี 2567'; test/
 * fixtures/budget-offices.ts yearInSheetNameWorkbook): 2568 is reported, 2567's sheet listed and left alone — not both
 * added up (1,900,000 allocated, 63.16 %).
 */
import { yearInSheetNameWorkbook } from '../fixtures/budget-offices';
import { recalcWorkbook, shown, warningCodesAt, type RecalcRun } from '../helpers/workbook-files';

let r: RecalcRun;
beforeAll(async () => {
  r = await recalcWorkbook(yearInSheetNameWorkbook(), 'year-in-sheet-name.xlsx');
});

test('fiscal year 2568 is reported from the sheet names; 2567\'s sheet is another year, not written', () => {
  expect(r.json.fiscalYear).toBe(2568);
  expect(r.json.budget.map((b) => [b.sheet, b.allocated, b.disbursed, b.percent])).toEqual([['งบ ปี 2568', 1_000_000, 300_000, 30]]);
  expect(warningCodesAt(r.json, 'A1')).toEqual(['other-year']);
  expect(r.changed).toEqual(['งบ ปี 2568!D2', 'งบ ปี 2568!E2']);
  expect(shown(r.out.getWorksheet('งบ ปี 2568')!, 'D2')).toBe(700_000);
});
