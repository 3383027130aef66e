/**
 * Renders a workbook the way it prints: LibreOffice headless to PDF, pdftoppm to PNG, pdftotext for tests.
 * LibreOffice shows Thai digits for '[$-D01041E]…' number formats (not for '[$-D07041E]…') and maps
 * TH SarabunPSK to Laksaman (fonts-thai-tlwg), which has the same metrics.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';

export function hasCommand(cmd: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
}

/** Why rendering cannot run here, or null when it can. */
export function renderUnavailable(): string | null {
  const missing = ['libreoffice', 'pdftoppm', 'pdftotext'].filter((c) => !hasCommand(c));
  return missing.length
    ? `not installed: ${missing.join(', ')} (apt-get install -y libreoffice-calc-nogui fonts-thai-tlwg poppler-utils)`
    : null;
}

export interface RenderResult {
  pdf: string;
  pngs: string[];
}

/**
 * Converts `xlsx` to PDF in `outDir`. With `sheet`, only that sheet prints (the others are hidden in a
 * temporary copy; the input file is never changed).
 */
export async function xlsxToPdf(xlsx: string, outDir: string, options: { sheet?: string } = {}): Promise<string> {
  fs.mkdirSync(outDir, { recursive: true });
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'kpi-render-'));
  try {
    let input = xlsx;
    if (options.sheet) {
      input = path.join(work, path.basename(xlsx));
      fs.writeFileSync(input, await onlySheet(fs.readFileSync(xlsx), options.sheet));
    }
    // A profile of our own, so a LibreOffice already running (or a parallel test) does not swallow the job.
    const profile = `file://${path.join(work, 'profile')}`;
    execFileSync(
      'libreoffice',
      [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', work, input],
      { stdio: 'pipe', timeout: 180_000 },
    );
    const produced = path.join(work, `${path.basename(input, path.extname(input))}.pdf`);
    if (!fs.existsSync(produced)) throw new Error(`LibreOffice made no PDF from ${xlsx}`);
    const pdf = path.join(outDir, `${path.basename(xlsx, path.extname(xlsx))}${options.sheet ? '-summary' : ''}.pdf`);
    fs.copyFileSync(produced, pdf);
    return pdf;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

/**
 * The workbook with every sheet but `sheet` hidden, so only that one prints. Edits workbook.xml in the zip
 * rather than going through exceljs, which would drop the sheet's manual page breaks on reading.
 */
async function onlySheet(data: Buffer, sheet: string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(data);
  const file = zip.file('xl/workbook.xml');
  if (!file) throw new Error('not an .xlsx: no xl/workbook.xml');
  let xml = await file.async('string');
  const escaped = sheet.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
  let index = -1;
  let i = 0;
  xml = xml.replace(/<sheet\b[^>]*?\/>/g, (tag) => {
    const name = /\bname="([^"]*)"/.exec(tag)?.[1];
    const mine = name === escaped || name === sheet;
    if (mine) index = i;
    i++;
    const bare = tag.replace(/\sstate="[^"]*"/, '');
    return mine ? bare : bare.replace(/\s*\/>$/, ' state="hidden"/>');
  });
  if (index < 0) throw new Error(`No sheet named "${sheet}"`);
  // The active sheet must be the visible one (LibreOffice shows, and prints, a hidden active sheet).
  if (/<workbookView\b/.test(xml)) {
    xml = xml.replace(/<workbookView\b[^>]*?\/>/, (tag) =>
      tag.replace(/\s(activeTab|firstSheet)="[^"]*"/g, '').replace(/\s*\/>$/, ` activeTab="${index}" firstSheet="${index}"/>`),
    );
  } else {
    xml = xml.replace('<sheets>', `<bookViews><workbookView activeTab="${index}" firstSheet="${index}"/></bookViews><sheets>`);
  }
  zip.file('xl/workbook.xml', xml);
  return zip.generateAsync({ type: 'nodebuffer' });
}

/** One PNG per page: `<pdf base>-1.png`, … */
export function pdfToPngs(pdf: string, dpi = 80): string[] {
  const prefix = pdf.replace(/\.pdf$/i, '');
  const dir = path.dirname(pdf);
  const base = path.basename(prefix);
  const isPage = (f: string) => f.startsWith(`${base}-`) && /^-\d+\.png$/.test(f.slice(base.length));
  for (const f of fs.readdirSync(dir).filter(isPage)) fs.rmSync(path.join(dir, f)); // pages of an earlier run
  execFileSync('pdftoppm', ['-png', '-r', String(dpi), pdf, prefix], { stdio: 'pipe' });
  return fs
    .readdirSync(dir)
    .filter(isPage)
    .sort((a, b) => Number(/-(\d+)\.png$/.exec(a)?.[1]) - Number(/-(\d+)\.png$/.exec(b)?.[1]))
    .map((f) => path.join(dir, f));
}

export function pdfText(pdf: string): string {
  return execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
}

/** Page sizes in points, from pdfinfo (A4 portrait is 595 × 842). */
export function pdfPages(pdf: string): { pages: number; width: number; height: number } {
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
  const m = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(info);
  return { pages, width: m ? Number(m[1]) : 0, height: m ? Number(m[2]) : 0 };
}

/** Fonts embedded in the PDF (pdffonts), to check a Thai font was used. */
export function pdfFonts(pdf: string): string[] {
  const out = execFileSync('pdffonts', [pdf], { encoding: 'utf8' });
  return out
    .split('\n')
    .slice(2)
    .map((l) => l.trim().split(/\s+/)[0])
    .filter(Boolean);
}

export async function render(xlsx: string, outDir: string, options: { sheet?: string; dpi?: number } = {}): Promise<RenderResult> {
  const pdf = await xlsxToPdf(xlsx, outDir, options);
  return { pdf, pngs: pdfToPngs(pdf, options.dpi) };
}
