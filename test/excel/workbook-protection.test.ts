/**
 * @jest-environment jsdom
 *
 * Review › Protect Workbook from a script (WorkbookProtection.protect / unprotect, ExcelApi 1.7) in the in-memory
 * Excel: a protected structure refuses a new sheet with AccessDenied, a password is needed to unprotect, both calls
 * clear Ctrl+Z on every host; and the excel-checks rule that uses them runs through Office.js's own client.
 */
import { realClient } from './real-client'; // first: real-officejs gives jsdom TextEncoder
import { createMemoryExcel } from '../../src/memory-excel';
import { CHECKS } from '../../scripts/excel-checks/checks';

const blank = () => createMemoryExcel({ sheets: [{ name: 'Sheet1', values: [['']], merges: [] }] }, { host: 'web', apiVersion: '1.20' });
const codeOf = (e: unknown) => (e as { code?: string }).code;

test('protect() refuses a new sheet (AccessDenied); unprotect needs the password; then a sheet can be added', async () => {
  const excel = blank();
  await excel.run(async (context) => {
    context.workbook.protection.protect('ลับ');
    await context.sync();
  });
  expect(excel.workbook.structureProtected).toBe(true);
  const add = () =>
    excel.run(async (context) => {
      context.workbook.worksheets.add('สรุปผล');
      await context.sync();
    });
  await expect(add()).rejects.toMatchObject({ code: 'AccessDenied' });
  const again = await excel
    .run(async (context) => {
      context.workbook.protection.protect();
      await context.sync();
    })
    .catch(codeOf);
  expect(again).toBe('InvalidOperation'); // "Fails if the workbook has been protected"
  const wrong = await excel
    .run(async (context) => {
      context.workbook.protection.unprotect('ผิด');
      await context.sync();
    })
    .catch(codeOf);
  expect(wrong).toBe('InvalidArgument');
  await excel.run(async (context) => {
    context.workbook.protection.unprotect('ลับ');
    await context.sync();
  });
  await add();
  expect(excel.workbook.sheets.map((s) => s.name)).toEqual(['Sheet1', 'สรุปผล']);
});

test('protect and unprotect clear the undo stack, even on the web', async () => {
  const excel = blank();
  const write = (v: string) =>
    excel.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [[v]];
      await context.sync();
    });
  await write('x');
  await excel.run(async (context) => {
    context.workbook.protection.protect();
    await context.sync();
  });
  expect(excel.undo()).toBe(false);
  expect(excel.value('Sheet1', 'A1')).toBe('x');
});

test.each(['web', 'windows'] as const)('the structure-protection check passes through Office.js\'s client on %s and leaves the workbook unprotected', async (host) => {
  const excel = createMemoryExcel({ sheets: [{ name: 'Sheet1', values: [['']], merges: [] }] }, { host });
  const client = realClient(excel, host);
  const check = CHECKS.find((c) => c.id === 'structure-protection')!;
  const verdict = await check.run(client.run, host === 'web' ? 'web' : 'desktop');
  expect(client.faults).toEqual([]);
  expect(verdict).toEqual({ verdict: 'PASS', detail: 'adding a sheet refused (AccessDenied)' });
  expect(excel.workbook.structureProtected).toBeFalsy();
  expect(excel.workbook.sheets.map((s) => s.name)).toEqual(['Sheet1']);
});
