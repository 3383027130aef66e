/** Grids for the Office.js adapter's tests: the seed workbook as exceljs reads it, and a big one made from it. */
import { inRange, type CellRange, type CellValue, type Grid, type SheetGrid } from '../../src/core/grid';
import { toThaiDigits } from '../../src/core/thai-digits';
import { readGrid as readXlsxGrid } from '../../src/xlsx/read-grid';
import { buildSeedWorkbook, SEED_SHEETS } from '../fixtures/seed-workbook';

/** The seed workbook (test/fixtures/seed-workbook.ts) read with exceljs, as Excel would hold it. */
export function seedGrid(): Grid {
  return readXlsxGrid(buildSeedWorkbook());
}

/**
 * The seed's ตารางที่ ๑ grown to `rows` rows: its header, then indicator 3's pair of rows over and over, each
 * with its own name and with totals and percentages left empty for the add-in to fill. Every third indicator is
 * behind plan in Q2 (๑๐ against ๓๕), so flags are written too.
 */
export function bigGrid(rows: number): Grid {
  const seed = seedGrid().sheets.find((s) => s.name === SEED_SHEETS.table1)!;
  const header = seed.values.slice(0, 3).map((r) => [...(r ?? [])]);
  const values: CellValue[][] = header;
  const merges: CellRange[] = seed.merges.filter((m) => m.bottom <= 2).map((m) => ({ ...m }));
  let n = 0;
  for (let top = 3; top + 1 < rows; top += 2) {
    n++;
    const name = `${toThaiDigits(String(n))}. จำนวนวิสาหกิจเพื่อสังคม ที่ได้รับการส่งเสริมและพัฒนา (กิจการ)`;
    const q2 = n % 3 === 0 ? '๑๐' : '๗๑';
    values[top] = [name, '๑๔๐', 'แผน', '๓๕', '๓๕', '๓๕', '๓๕', '๑๔๐', '๑๐๐'];
    values[top + 1] = [null, null, 'ผล', '๔๒', q2, '-', '-'];
    merges.push({ top, left: 0, bottom: top + 1, right: 0 }, { top, left: 1, bottom: top + 1, right: 1 });
  }
  const sheet: SheetGrid = { name: SEED_SHEETS.table1, values, merges };
  return { sheets: [sheet] };
}

/** Every cell of a grid as 'sheet!A1' → value|format|fill|formula, for comparing whole workbooks. */
export function cellMap(grid: Grid): Map<string, string> {
  const out = new Map<string, string>();
  for (const s of grid.sheets) {
    const rows = Math.max(s.values.length, s.formats?.length ?? 0, s.fills?.length ?? 0);
    for (let r = 0; r < rows; r++) {
      const cols = Math.max(s.values[r]?.length ?? 0, s.formats?.[r]?.length ?? 0, s.fills?.[r]?.length ?? 0);
      for (let c = 0; c < cols; c++) {
        const v = s.values[r]?.[c] ?? null;
        const f = s.formats?.[r]?.[c] ?? null;
        const fill = s.fills?.[r]?.[c] ?? null;
        const formula = s.formulas?.[r]?.[c] ?? false;
        if (v === null && (f === null || f === 'General') && fill === null && !formula) continue;
        out.set(`${s.name}!${r},${c}`, JSON.stringify([v, f === 'General' ? null : f, fill, formula]));
      }
    }
    out.set(`${s.name}!merges`, JSON.stringify([...s.merges].sort((a, b) => a.top - b.top || a.left - b.left)));
  }
  return out;
}

/** Keys whose entries differ between two cell maps. */
export function changedKeys(before: Map<string, string>, after: Map<string, string>): string[] {
  const keys = new Set([...before.keys(), ...after.keys()]);
  return [...keys].filter((k) => before.get(k) !== after.get(k)).sort();
}

/** The grid with its number formats kept only inside `needs` (formatNeeds of a workbook); other cells have none. */
export function formatsOnlyWhere(grid: Grid, needs: Map<string, CellRange[]>): Grid {
  return {
    sheets: grid.sheets.map((s) => {
      const areas = needs.get(s.name) ?? [];
      const formats = (s.formats ?? []).map((row, r) => (row ?? []).map((f, c) => (areas.some((a) => inRange(a, r, c)) ? f : undefined)));
      return { ...s, formats };
    }),
  };
}

/** cellMap with each number format kept only where `needs` says the engine reads it (a big workbook's read). */
export function cellMapWhereRead(grid: Grid, needs: Map<string, CellRange[]>): Map<string, string> {
  return cellMap(formatsOnlyWhere(grid, needs));
}
