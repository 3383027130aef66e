/**
 * Reads the sample workbook (the seed's tables) into core's Grid and writes it as JSON for the preview, which runs
 * it through the in-memory Excel. Usage: tsx scripts/build-sample-grid.ts <in.xlsx> <out.json>
 */
import ExcelJS from 'exceljs';
import fs from 'fs';
import path from 'path';
import { readGrid } from '../src/xlsx/read-grid';

async function main(): Promise<void> {
  const [input, output] = process.argv.slice(2);
  if (!input || !output) throw new Error('usage: tsx scripts/build-sample-grid.ts <in.xlsx> <out.json>');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(input);
  const grid = readGrid(workbook);
  fs.mkdirSync(path.dirname(output), { recursive: true });
  fs.writeFileSync(output, JSON.stringify(grid));
  console.log(`[kpi-progress] sample grid: ${grid.sheets.map((s) => s.name).join(', ')} → ${path.relative(process.cwd(), output)}`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
