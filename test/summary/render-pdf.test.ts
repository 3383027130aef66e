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
import { LINE_EM, widestScale } from '../../src/core/summary/fonts';
import { WIDTHS } from '../../src/core/summary/layout';
import { columnPx, textWidthPx } from '../../src/core/summary/text-size';

const unavailable = renderUnavailable();
if (unavailable) {
  console.warn(`render-pdf.test: skipped, LibreOffice rendering is ${unavailable}`);
}
const describeIfRender = unavailable ? describe.skip : describe;

/** The form's แผนงาน (column A, merged down the side), as the indicator table heads its groups (one line each). */
const SEED_PLANS = [
  '๑. นโยบายและแผนการส่งเสริมวิสาหกิจเพื่อสังคมแห่งชาติ',
  '๒. การจดทะเบียนวิสาหกิจเพื่อสังคม',
  '๓. การจัดทำระบบฐานข้อมูลวิสาหกิจเพื่อสังคม',
  '๔. การส่งเสริมวิสาหกิจเพื่อ',
  '๕. การประเมินผลลัพธ์ทางสังคม (Social Impact Assessment)',
  '๖. ประชุมสมัชชาวิสาหกิจเพื่อสังคม',
  '๗. การประชาสัมพันธ์สร้างการรับรู้',
  '๘. วิสาหกิจเพื่อสังคมที่เข้ารับบริการด้านกองทุน',
];

/** pdftotext splits Thai marks from their letters and breaks lines anywhere: compare letters only. */
const letters = (s: string) => s.replace(/[\s\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]/g, '');

/** The seed's summary (in `font`, default TH SarabunPSK) as a file, printed to PDF by LibreOffice. */
async function printSeedSummary(dir: string, font?: string) {
  // The seed as a file, its summary added as new parts of the package (as the command line does).
  const pkg = openPackage(Buffer.from((await buildSeedWorkbook().xlsx.writeBuffer()) as ArrayBuffer));
  const sources = userSheetNames(pkg);
  const ours = new Set(ourSummarySheets(pkg));
  const { report } = recalculate(readWorkbookGrid(pkg, (n) => !ours.has(n)).grid);
  const spec = renderSummary(report, { sheetNames: sources, ...(font ? { font } : {}) });
  const writer = new PackageWriter(pkg);
  const { sheetName } = addSummaryParts(writer, spec, sources);
  const cellTexts = spec.cells.filter((c) => typeof c.value === 'string' && c.value.trim() !== '').map((c) => c.value as string);
  const xlsx = path.join(dir, `seed-summary-${font ?? 'sarabun'}.xlsx`.replace(/\s+/g, '-'));
  fs.writeFileSync(xlsx, writer.toBuffer());
  const pdf = await xlsxToPdf(xlsx, dir, { sheet: sheetName });
  return { spec, cellTexts, pdf, text: pdfText(pdf) };
}

/** The texts of the sheet whose ends (last 12 letters) are not in the printed text: clipped by their row. */
function clipped(cellTexts: string[], text: string): string[] {
  const all = letters(text);
  // A header broken on purpose ('ได้รับ\nจัดสรร') prints line by line beside its neighbours.
  // A short word wrapped in a narrow header ('ยังไม่ / รายงานผล') prints in two pieces: its second half is its end.
  const end = (t: string) => letters(t).slice(-Math.min(12, Math.ceil(letters(t).length / 2)));
  // A cell's line break inside its end puts the cells beside it between the two pieces: both print, in order (the
  // second, at least six letters, is what a clipped last line would lose).
  const printed = (e: string) => {
    if (all.includes(e)) return true;
    for (let k = 1; k <= e.length - 6; k++) {
      const at = all.indexOf(e.slice(0, k));
      if (at >= 0 && all.indexOf(e.slice(k), at + k) >= 0) return true;
    }
    return false;
  };
  return cellTexts.flatMap((t) => t.split('\n')).filter((t) => !printed(end(t)));
}

describeIfRender('the seed summary printed by LibreOffice', () => {
  let dir: string;
  let pdf: string;
  let text: string;
  let cellTexts: string[];
  let spec: ReturnType<typeof renderSummary>;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kpi-summary-pdf-'));
    ({ spec, cellTexts, pdf, text } = await printSeedSummary(dir));
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
    expect(clipped(cellTexts, text)).toEqual([]);
  });

  it('prints on at most six A4 pages (pdfinfo counts them), the form\'s แผนงาน heading their indicators', () => {
    const pages = Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1]);
    expect(pages).toBeGreaterThan(0);
    expect(pages).toBeLessThanOrEqual(6);
    // The pages hold the groups: each แผนงาน heads its indicators in the table, in the form's order.
    const printed = letters(text);
    const at = SEED_PLANS.map((plan) => printed.indexOf(letters(plan)));
    expect(at).not.toContain(-1);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it('makes every row at least as tall as its text needs in the widest font, unbroken (a lower bound)', () => {
    // The text's width in the widest font over the cell's width, rounded up: no line breaking can use fewer lines.
    const heights = new Map(spec.rowHeights.map((h) => [h.row, h.height]));
    const colPx = (c: number) => columnPx(WIDTHS[c]);
    const short: string[] = [];
    for (const c of spec.cells) {
      if (typeof c.value !== 'string' || c.value.trim() === '') continue;
      const merge = spec.merges.find((m) => m.top === c.row && m.left === c.col);
      let px = -8;
      for (let k = c.col; k <= (merge?.right ?? c.col); k++) px += colPx(k);
      const size = c.font?.size ?? spec.font.size;
      const bold = !!c.font?.bold;
      const lines = c.value
        .split('\n')
        .reduce((n, l) => n + Math.max(1, Math.ceil((textWidthPx(l, size, bold) * widestScale(bold)) / px)), 0);
      const needs = lines * LINE_EM * size;
      if ((heights.get(c.row) ?? 0) < needs) short.push(`row ${c.row + 1}: ${heights.get(c.row)} < ${needs.toFixed(1)} pt for ${lines} lines`);
    }
    expect(short).toEqual([]);
  });
});

describeIfRender('the seed summary printed in the widest font (Loma, measured 1.64 × TH SarabunPSK)', () => {
  let dir: string;
  let printed: Awaited<ReturnType<typeof printSeedSummary>>;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kpi-summary-pdf-loma-'));
    printed = await printSeedSummary(dir, 'Loma');
  }, 240_000);

  afterAll(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('is drawn in Loma', () => {
    expect(pdfFonts(printed.pdf).some((f) => /Loma/.test(f))).toBe(true);
  });

  it('prints every text to its end: rows sized for the widest font clip nothing drawn in it', () => {
    expect(clipped(printed.cellTexts, printed.text)).toEqual([]);
  });
});

/** The text of one page of the PDF. */
function execPage(file: string, page: number): string {
  return execFileSync('pdftotext', ['-f', String(page), '-l', String(page), file, '-'], { encoding: 'utf8' });
}
