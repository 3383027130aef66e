/**
 * The checks anyone can run in a real Excel (docs/excel-checks/) against the in-memory Excel: every rule as
 * Excel is documented to behave, on the web and on Windows; and the Script Lab snippet made from the same code.
 */
import fs from 'fs';
import { createMemoryExcel } from '../../src/memory-excel';
import { CHECKS } from '../../scripts/excel-checks/checks';
import { SNIPPET, snippetText } from '../../scripts/excel-checks/build-snippet';

test.each(['web', 'windows'] as const)('every check passes (or asks for a manual step) on the in-memory Excel: %s', async (host) => {
  const excel = createMemoryExcel({ sheets: [{ name: 'Sheet1', values: [['']], merges: [] }] }, { host, apiVersion: '1.20' });
  const verdicts: Record<string, string> = {};
  for (const check of CHECKS) verdicts[check.id] = (await check.run(excel.run, host === 'web' ? 'web' : 'desktop')).verdict;
  expect(Object.values(verdicts).filter((v) => v === 'FAIL')).toEqual([]);
  expect(verdicts['no-rollback']).toBe('PASS');
  for (const id of ['structure-protection', 'request-limit', 'response-limit', 'protected-locked-cell', 'protected-formats', 'protected-null-over-locked', 'custom-xml-parts', 'custom-xml-part-1mb']) {
    expect([id, verdicts[id]]).toEqual([id, 'PASS']);
  }
  expect(excel.workbook.sheets.map((s) => s.name)).toEqual(['Sheet1']);
  expect(excel.workbook.structureProtected).toBeFalsy();
});

test('the Script Lab snippet is the one made from the checks (npm run excel-checks:snippet)', () => {
  expect(fs.readFileSync(SNIPPET, 'utf8')).toBe(snippetText());
});
