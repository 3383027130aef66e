/**
 * `npm run excel-checks [-- --host web|windows|mac]`: the checks of docs/excel-checks/ (checks.ts) against the
 * in-memory Excel, one line per rule. The same checks run in a real Excel from the Script Lab snippet: where the
 * two disagree, the in-memory Excel (src/memory-excel/rules.ts) is wrong about that Excel.
 */
import { createMemoryExcel } from '../../src/memory-excel';
import type { Host } from '../../src/memory-excel/rules';
import { CHECKS } from './checks';

async function main(): Promise<void> {
  const at = process.argv.indexOf('--host');
  const host = (at > 0 ? process.argv[at + 1] : 'web') as Host;
  const excel = createMemoryExcel({ sheets: [{ name: 'Sheet1', values: [['']], merges: [] }] }, { host, apiVersion: '1.20' });
  let failed = 0;
  for (const check of CHECKS) {
    let line: string;
    try {
      const { verdict, detail } = await check.run(excel.run, host === 'web' ? 'web' : 'desktop');
      if (verdict === 'FAIL') failed++;
      line = `${verdict.padEnd(6)} ${check.id}: ${check.rule} — ${detail}`;
    } catch (e) {
      failed++;
      line = `FAIL   ${check.id}: ${check.rule} — threw ${(e as Error).message}`;
    }
    console.log(line);
  }
  console.log(`in-memory Excel (${host}): ${CHECKS.length - failed} of ${CHECKS.length} as Excel`);
  process.exitCode = failed ? 1 : 0;
}

void main();
