/**
 * The lint config catches the Office.js mistakes that cost round trips or throw at run time.
 * eslint-plugin-office-addins recognises the request context only under the name `context` (not `ctx`).
 */
import { spawnSync } from 'child_process';
import path from 'path';

const root = path.resolve(__dirname, '../..');

/** Runs eslint as `npm run lint` does (in a child: eslint loads its flat config with a dynamic import). */
async function lint(code: string, file: string): Promise<(string | null)[]> {
  const r = spawnSync(process.execPath, [path.join(root, 'node_modules/eslint/bin/eslint.js'), '--stdin', '--stdin-filename', file, '-f', 'json'], {
    cwd: root,
    input: code,
    encoding: 'utf8',
  });
  const [result] = JSON.parse(r.stdout) as { messages: { ruleId: string | null; message: string }[] }[];
  return result.messages.map((m) => m.ruleId);
}

test('reading a property that was never loaded, and a sync per row, are errors in src/excel', async () => {
  const code = `
export async function bad(context: Excel.RequestContext, rows: number[]) {
  const range = context.workbook.worksheets.getItem('KPI').getRange('A1');
  console.log(range.values);
  for (const r of rows) {
    context.workbook.worksheets.getItem('KPI').getRange('A' + r).values = [[r]];
    await context.sync();
  }
}
`;
  const rules = await lint(code, 'src/excel/bad-example.ts');
  expect(rules).toContain('office-addins/load-object-before-read');
  expect(rules).toContain('office-addins/no-context-sync-in-loop');
}, 30000);

test('a load, one sync, then a read passes', async () => {
  const code = `
export async function good(context: Excel.RequestContext) {
  const range = context.workbook.worksheets.getItem('KPI').getRange('A1');
  range.load('values');
  await context.sync();
  return range.values;
}
`;
  expect(await lint(code, 'src/excel/good-example.ts')).toEqual([]);
}, 30000);
