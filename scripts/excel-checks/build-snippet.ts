/**
 * Makes docs/excel-checks/kpi-progress-checks.yaml, the Script Lab snippet, from checks.ts (its code as it is, with a
 * button that runs every check and prints PASS / FAIL / MANUAL per rule). `npm run excel-checks:snippet`;
 * test/excel/excel-checks.test.ts holds the file to what this makes.
 */
import fs from 'fs';
import path from 'path';

export const SNIPPET = path.resolve(__dirname, '../../docs/excel-checks/kpi-progress-checks.yaml');

const RUNNER = `
const runExcel: Run = (batch, options) => (options ? Excel.run(options, batch) : Excel.run(batch));

document.getElementById("run")!.addEventListener("click", async () => {
  const out = document.getElementById("out")!;
  out.textContent = "";
  const host = Office.context.platform === Office.PlatformType.OfficeOnline ? "web" : "desktop";
  for (const check of CHECKS) {
    let line: string;
    try {
      const { verdict, detail } = await check.run(runExcel, host);
      line = verdict.padEnd(6) + " " + check.id + ": " + check.rule + " — " + detail;
    } catch (e) {
      line = "FAIL   " + check.id + ": " + check.rule + " — threw " + String((e as Error).message ?? e);
    }
    out.textContent += line + "\\n";
  }
});
`;

export function snippetText(): string {
  const checks = fs.readFileSync(path.resolve(__dirname, 'checks.ts'), 'utf8').replace(/^export /gm, '');
  const indent = (text: string) =>
    text
      .split('\n')
      .map((l) => (l ? `    ${l}` : ''))
      .join('\n');
  return [
    'name: KPI Progress — Excel rules',
    'description: Runs each rule the add-in relies on against this Excel, on a scratch sheet it adds and deletes, and prints PASS / FAIL / MANUAL per rule.',
    'host: EXCEL',
    'api_set: {}',
    'script:',
    '  content: |',
    indent(checks + RUNNER),
    '  language: typescript',
    'template:',
    '  content: |',
    '    <p>Run on a scratch workbook: the checks add and delete a sheet named kpi_checks (which clears Excel\'s undo list).</p>',
    '    <button id="run">Run the checks</button>',
    '    <pre id="out"></pre>',
    '  language: html',
    'style:',
    '  content: |',
    '    pre { white-space: pre-wrap; font-size: 12px; }',
    '  language: css',
    'libraries: |',
    '  https://appsforoffice.microsoft.com/lib/1/hosted/office.js',
    '  @types/office-js',
    '',
  ].join('\n');
}

if (require.main === module) {
  fs.writeFileSync(SNIPPET, snippetText());
  console.log(`wrote ${path.relative(process.cwd(), SNIPPET)}`);
}
