/**
 * npm run render -- <workbook.xlsx> [-o out/render] [--sheet NAME | --summary] [--dpi 80]
 * Converts a workbook to PDF (LibreOffice headless) and PNG (pdftoppm) to look at how it prints.
 * --summary prints only the summary sheet the add-in made.
 */
import path from 'node:path';
import ExcelJS from 'exceljs';
import { ourSummarySheets } from '../src/xlsx/write-sheet-spec';
import { render, renderUnavailable } from './render-lib';

async function main(argv: string[]): Promise<number> {
  let input: string | undefined;
  let outDir = 'out/render';
  let sheet: string | undefined;
  let summary = false;
  let dpi = 80;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '-o' || a === '--out') outDir = argv[++i];
    else if (a === '--sheet') sheet = argv[++i];
    else if (a === '--summary') summary = true;
    else if (a === '--dpi') dpi = Number(argv[++i]);
    else if (a === '-h' || a === '--help') {
      console.log('usage: npm run render -- <workbook.xlsx> [-o out/render] [--sheet NAME | --summary] [--dpi 80]');
      return 0;
    } else input = a;
  }
  if (!input) {
    console.error('usage: npm run render -- <workbook.xlsx> [-o out/render] [--sheet NAME | --summary] [--dpi 80]');
    return 2;
  }
  const why = renderUnavailable();
  if (why) {
    console.error(`render: ${why}`);
    return 1;
  }
  if (summary) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(input);
    sheet = ourSummarySheets(wb)[0];
    if (!sheet) {
      console.error(`render: ${input} has no summary sheet made by kpi-progress`);
      return 1;
    }
  }
  const { pdf, pngs } = await render(path.resolve(input), path.resolve(outDir), { sheet, dpi });
  console.log(pdf);
  for (const p of pngs) console.log(p);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(`render: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  },
);
