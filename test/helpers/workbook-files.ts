/** Test helpers: write a fixture to a temp .xlsx, run the command line on it, read cells back. */
import ExcelJS from 'exceljs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { run } from '../../src/cli/main';

export function tempDir(prefix = 'kpi-'): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}

export async function writeTemp(workbook: ExcelJS.Workbook, name: string, dir = tempDir()): Promise<string> {
  const file = path.join(dir, name);
  await workbook.xlsx.writeFile(file);
  return file;
}

export async function readWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** Runs `kpi-progress <args>` in-process; returns its printed output. */
export async function cli(args: string[]): Promise<string> {
  const lines: string[] = [];
  await run(args, (s) => lines.push(s));
  return lines.join('\n');
}

/** A fixture recalculated through the command line: its report, the written workbook, the cells that changed. */
export interface RecalcRun<J extends JsonReport = JsonReport> {
  json: J;
  out: ExcelJS.Workbook;
  changed: string[];
}

/** Writes `wb` to a temporary .xlsx, recalculates it through the command line, and lists what changed. */
export async function recalcWorkbook<J extends JsonReport = JsonReport>(wb: ExcelJS.Workbook, name: string): Promise<RecalcRun<J>> {
  const input = await writeTemp(wb, name);
  const before = await readWorkbook(input);
  const r = await recalcFile(input);
  return { json: r.json as J, out: r.out, changed: changedCells(snapshot(before), snapshot(r.out)) };
}

/** The warning codes the report gives for one cell. */
export const warningCodesAt = (json: JsonReport, cell: string): string[] =>
  json.warnings.filter((w) => w.cell === cell).map((w) => w.code);

/** The indicator reported for a sheet row (1-based). */
export const indicatorAtRow = (json: JsonReport, row: number): JsonIndicator => json.indicators.find((i) => i.row === row)!;

/** Recalculates `input` into a new file and returns the report (from --json) and the written workbook. */
export async function recalcFile(
  input: string,
  extra: string[] = [],
): Promise<{ json: JsonReport; out: ExcelJS.Workbook; output: string }> {
  const output = input.replace(/\.xlsx$/, `.out${Math.random().toString(36).slice(2, 7)}.xlsx`);
  const json = JSON.parse(await cli(['recalc', input, '-o', output, '--json', ...extra])) as JsonReport;
  return { json, out: await readWorkbook(output), output };
}

export interface JsonIndicator {
  sheet: string;
  row: number;
  name: string;
  unit: string | null;
  measure: string;
  direction: string;
  target: number | null;
  plan: (number | null)[];
  result: (number | null)[];
  total: number | null;
  percent: number | null;
  status: (string | null)[];
  overall: string;
  flagged: boolean;
}

export interface JsonBudget {
  sheet: string;
  row: number;
  name: string;
  allocated: number | null;
  disbursed: number | null;
  percent: number | null;
  plannedPercent: number | null;
  targetPercent: number | null;
  status: string;
  flagged: boolean;
}

export interface JsonReport {
  fiscalYear: number | null;
  quarter: number;
  indicators: JsonIndicator[];
  budget: JsonBudget[];
  warnings: { sheet: string; cell: string; code: string; message: string }[];
  /** The tables read, as --json lists them (README). */
  tables: { sheet: string; kind?: string; range?: string }[];
}

/** A cell's value as a person reads it: formulas by their result, rich text as text. */
export function shown(ws: ExcelJS.Worksheet, address: string): unknown {
  const v = ws.getCell(address).value;
  if (v && typeof v === 'object' && 'result' in v) return (v as { result: unknown }).result;
  if (v && typeof v === 'object' && 'richText' in v) return (v as ExcelJS.CellRichTextValue).richText.map((t) => t.text).join('');
  return v;
}

/** Every cell of every sheet as a comparable snapshot: value (with formula), number format, fill, font. */
export function snapshot(wb: ExcelJS.Workbook): Map<string, string> {
  const out = new Map<string, string>();
  wb.eachSheet((ws) => {
    ws.eachRow({ includeEmpty: true }, (row) => {
      row.eachCell({ includeEmpty: true }, (cell) => {
        out.set(
          `${ws.name}!${cell.address}`,
          canonical({ v: cell.value, f: cell.numFmt ?? null, fill: cell.fill ?? null, font: cell.font ?? null, a: cell.alignment ?? null, b: cell.border ?? null }),
        );
      });
    });
    out.set(`${ws.name}!#merges`, JSON.stringify((ws.model as { merges?: string[] }).merges ?? []));
  });
  return out;
}

/** The addresses whose snapshot differs between two workbooks. */
export function changedCells(before: Map<string, string>, after: Map<string, string>): string[] {
  const keys = new Set([...before.keys(), ...after.keys()]);
  return [...keys].filter((k) => before.get(k) !== after.get(k)).sort();
}

/** JSON with keys sorted, so two equal styles compare equal whatever order exceljs built them in. */
function canonical(v: unknown): string {
  return JSON.stringify(v, (_k, x: unknown) =>
    x && typeof x === 'object' && !Array.isArray(x) && !(x instanceof Date)
      ? Object.fromEntries(Object.entries(x as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : x,
  );
}

/** The summary sheet (สรุปผล…) that the command line's `summary` makes of a workbook. */
export async function summarySheetOf(wb: ExcelJS.Workbook, name: string): Promise<ExcelJS.Worksheet> {
  const input = await writeTemp(wb, name);
  const output = path.join(tempDir(), 'summary.xlsx');
  await cli(['summary', input, '-o', output]);
  return (await readWorkbook(output)).worksheets.find((w) => w.name.startsWith('สรุปผล'))!;
}

/** A sheet's rows as their texts, top to bottom: a row's cells joined by ' | ', a merged cell once. */
export function rowTexts(ws: ExcelJS.Worksheet): string[] {
  const rows: string[] = [];
  ws.eachRow((row) => {
    const texts: string[] = [];
    row.eachCell((c) => {
      if (c.isMerged && c.master.address !== c.address) return;
      if (c.value !== null && c.value !== '') texts.push(String(c.value));
    });
    rows.push(texts.join(' | '));
  });
  return rows;
}
