/**
 * The seed summary as it prints: LibreOffice renders the .xlsx to PDF and the PDF's text is checked.
 * Skips (saying why) where LibreOffice or poppler-utils is missing; CI installs them.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { recalculate } from '../../src/core/engine';
import { renderSummary } from '../../src/core/summary/render-summary';
import { openPackage } from '../../src/xlsx/package/package';
import { ourSummarySheets, userSheetNames } from '../../src/xlsx/package/our-sheets';
import { PackageWriter } from '../../src/xlsx/patch/package-writer';
import { readWorkbookGrid } from '../../src/xlsx/sheet-xml/read-workbook';
import { addSummaryParts } from '../../src/xlsx/summary/add-summary';
import { pdfFonts, pdfPages, pdfText, renderUnavailable, xlsxToPdf } from '../../scripts/render-lib';
import { buildSeedWorkbook } from '../fixtures/seed-workbook';

const unavailable = renderUnavailable();
if (unavailable) {
  console.warn(`render-pdf.test: skipped, LibreOffice rendering is ${unavailable}`);
}
const describeIfRender = unavailable ? describe.skip : describe;

/** pdftotext splits Thai marks from their letters and breaks lines anywhere: compare letters only. */
const letters = (s: string) => s.replace(/[\s\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]/g, '');

describeIfRender('the seed summary printed by LibreOffice', () => {
  let dir: string;
  let pdf: string;
  let text: string;
  let cellTexts: string[];
  let spec: ReturnType<typeof renderSummary>;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kpi-summary-pdf-'));
    // The seed as a file, its summary added as new parts of the package (as the command line does).
    const pkg = openPackage(Buffer.from((await buildSeedWorkbook().xlsx.writeBuffer()) as ArrayBuffer));
    const sources = userSheetNames(pkg);
    const ours = new Set(ourSummarySheets(pkg));
    const { report } = recalculate(readWorkbookGrid(pkg, (n) => !ours.has(n)).grid);
    spec = renderSummary(report, { sheetNames: sources });
    const writer = new PackageWriter(pkg);
    const { sheetName } = addSummaryParts(writer, spec, sources);
    cellTexts = spec.cells.filter((c) => typeof c.value === 'string' && c.value.trim() !== '').map((c) => c.value as string);
    const xlsx = path.join(dir, 'seed-summary.xlsx');
    fs.writeFileSync(xlsx, writer.toBuffer());
    pdf = await xlsxToPdf(xlsx, dir, { sheet: sheetName });
    text = pdfText(pdf);
  }, 240_000);

  afterAll(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('shows the title and the period', () => {
    expect(text).toContain('ผลการวิเคราะห์ข้อมูลการดำเนินงาน รอบ ๖ เดือน');
    expect(text).toContain('(เดือนตุลาคม ๒๕๖๕ – มีนาคม ๒๕๖๖)');
  });

  it('shows the figures in Thai digits, from numbers formatted [$-D01041E]', () => {
    // 113, 80.71, 49.60 and 50.07 are number cells in the tables; LibreOffice draws them in Thai digits.
    const words = text.split(/\s+/);
    for (const figure of ['๑๑๓', '๘๐.๗๑', '๔๙.๖๐', '๕๐.๐๗', '๑๓.๖๙๐๑']) expect(words).toContain(figure);
    expect(letters(text)).toContain(letters('คิดเป็นร้อยละ ๘๐.๗๑'));
    // Arabic figures may only come from the engine's warning messages (section ๖), never from our tables.
    const beforeWarnings = text.slice(0, text.indexOf('ข้อควรตรวจสอบ'));
    expect(beforeWarnings).not.toMatch(/\b80\.71\b|\b49\.60\b|\b113\b/);
  });

  it('prints on A4 portrait, every page one page wide, in a Thai font', () => {
    const { pages, width, height } = pdfPages(pdf);
    expect(pages).toBeGreaterThan(0);
    expect(Math.round(width)).toBe(595);
    expect(Math.round(height)).toBe(842);
    // The first and the last column of the table print on the same page: fitted to one page wide.
    const firstPage = execPage(pdf, 1);
    expect(letters(firstPage)).toContain(letters('ลำดับ'));
    expect(letters(firstPage)).toContain(letters('สถานะ'));
    expect(pdfFonts(pdf).some((f) => /Laksaman|Sarabun/i.test(f))).toBe(true);
  });

  it('breaks the pages where the summary says, a table going on under its header again', () => {
    const { pages } = pdfPages(pdf);
    expect(pages).toBe(spec.page.rowBreaks.length + 1);
    spec.page.rowBreaks.forEach((row, k) => {
      // The header's cells come first on the page (a three-line header cell may come before 'ลำดับ').
      const first = execPage(pdf, k + 2).trim().split('\n').slice(0, 4).join('');
      const startsWithHeader = spec.cells.some((c) => c.row === row && c.value === 'ลำดับ');
      if (startsWithHeader) expect(letters(first)).toContain(letters('ลำดับ'));
    });
  });

  it('prints every text of the sheet to its end: nothing is clipped', () => {
    const all = letters(text);
    // A header broken on purpose ('งบประมาณ\nที่ได้รับ') prints line by line beside its neighbours.
    const pieces = cellTexts.flatMap((t) => t.split('\n'));
    const missing = pieces.filter((t) => !all.includes(letters(t).slice(-12)));
    expect(missing).toEqual([]);
  });
});

/** The text of one page of the PDF. */
function execPage(file: string, page: number): string {
  return execFileSync('pdftotext', ['-f', String(page), '-l', String(page), file, '-'], { encoding: 'utf8' });
}
