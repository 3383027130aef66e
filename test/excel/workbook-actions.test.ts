/** สร้างสรุปผล, settings saved with the workbook, and selecting a cell, on the in-memory Excel. */
import { serializeSettings, SETTINGS_SHEET } from '../../src/core/settings';
import { settingsXml, SETTINGS_NAMESPACE, storedSettings } from '../../src/core/store-xml';
import { SUMMARY_NAME_PREFIX } from '../../src/core/summary/sheet-spec';
import { createMemoryExcel } from '../../src/memory-excel';
import { selectCell } from '../../src/excel/select-cell';
import { loadSettings, saveSettings } from '../../src/excel/settings-store';
import { recalcWorkbookDetailed, summarizeWorkbook } from '../../src/excel/workbook-actions';
import { SEED_SHEETS } from '../fixtures/seed-workbook';
import { seedGrid } from './workbooks';

describe('settings saved with the workbook', () => {
  test('saved in a custom XML part the CLI reads, loaded back, used by the next run; no sheet added', async () => {
    const excel = createMemoryExcel(seedGrid());
    expect(await loadSettings(excel.run)).toEqual({});
    const settings = {
      tolerance: 1,
      cabinetTargets: [32, 54, 77, 93],
      overrides: { [`${SEED_SHEETS.kpiForm}!6`]: { measure: 'count' as const, direction: 'higher' as const } },
    };
    await saveSettings(excel.run, settings);
    expect(excel.workbook.sheets.map((s) => s.name)).toEqual(seedGrid().sheets.map((s) => s.name));
    const parts = excel.workbook.customXmlParts.filter((p) => p.namespaceUri === SETTINGS_NAMESPACE);
    // One part, holding exactly what core/store-xml.ts writes and the command line parses.
    expect(parts.map((p) => p.xml)).toEqual([settingsXml(settings)]);
    expect(storedSettings([parts[0].xml], null)).toMatchObject({ settings, from: 'store' });
    expect(await loadSettings(excel.run)).toEqual(settings);
    const run = await recalcWorkbookDetailed(excel.run);
    expect(run.settings).toEqual(settings);
    // Saved again, smaller: still one part, nothing of the old JSON left behind.
    await saveSettings(excel.run, { tolerance: 0 });
    expect(excel.workbook.customXmlParts.filter((p) => p.namespaceUri === SETTINGS_NAMESPACE)).toHaveLength(1);
    expect(await loadSettings(excel.run)).toEqual({ tolerance: 0 });
  });

  test("an older workbook's settings sheet is still read; once saved, the store's part is read first and the sheet left", async () => {
    const old = { tolerance: 2, digits: 'arabic' as const };
    const grid = seedGrid();
    grid.sheets.push({ name: SETTINGS_SHEET, values: serializeSettings(old).map((c) => [c]), merges: [] });
    const excel = createMemoryExcel(grid);
    expect(await loadSettings(excel.run)).toEqual(old);
    expect((await recalcWorkbookDetailed(excel.run)).settings).toEqual(old);
    await saveSettings(excel.run, { tolerance: 0 });
    expect(await loadSettings(excel.run)).toEqual({ tolerance: 0 });
    expect((await recalcWorkbookDetailed(excel.run)).settings).toEqual({ tolerance: 0 });
    // Not deleted (Worksheet.delete clears the user's undo stack) and not changed.
    const sheet = excel.workbook.sheets.find((s) => s.name === SETTINGS_SHEET)!;
    expect(sheet.rows.map((r) => r?.[0]?.value)).toEqual(serializeSettings(old));
  });
});

describe('selectCell', () => {
  test('a behind-plan row is shown: its sheet active, the cell selected', async () => {
    const excel = createMemoryExcel(seedGrid());
    await selectCell(excel.run, SEED_SHEETS.kpiForm, 'E11');
    const active = excel.workbook.sheets.find((s) => s.id === excel.workbook.activeSheetId)!;
    expect(active.name).toBe(SEED_SHEETS.kpiForm);
    expect(excel.workbook.selection).toEqual({ sheetId: active.id, address: 'E11' });
    await expect(selectCell(excel.run, 'ไม่มีแผ่นนี้', 'A1')).rejects.toMatchObject({
      code: 'sheet-missing',
      message: expect.stringContaining('ไม่มีแผ่นนี้'),
    });
  });
});

describe('สร้างสรุปผล', () => {
  test('writes the summary sheet with its charts, marked as ours, and shows it', async () => {
    const excel = createMemoryExcel(seedGrid());
    const outcome = await summarizeWorkbook(excel.run);
    expect(outcome.sheetName.startsWith('สรุปผล')).toBe(true);
    const sheet = excel.workbook.sheets.find((s) => s.name === outcome.sheetName)!;
    expect(excel.workbook.activeSheetId).toBe(sheet.id);
    const texts = sheet.rows.flatMap((r) => (r ?? []).map((c) => c?.value)).filter((v) => typeof v === 'string') as string[];
    expect(texts.some((t) => t.includes('ร้อยละ ๘๐.๗๑'))).toBe(true);
    expect(texts.some((t) => t.includes('e-service'))).toBe(true);
    expect(sheet.rows.flatMap((r) => r ?? []).some((c) => c?.formula !== undefined)).toBe(false);
    expect(sheet.sheetFont).toMatchObject({ name: 'TH SarabunPSK', size: 16 });
    expect(sheet.layout['pageLayout.paperSize']).toBe('A4');
    expect(sheet.charts.length).toBeGreaterThan(0);
    expect(sheet.charts.every((c) => c.props['plotVisibleOnly'] === false)).toBe(true);
    expect((sheet.layout.hiddenColumns as number[]).length).toBeGreaterThan(0);
    const marker = excel.workbook.names.find((n) => n.name.startsWith(SUMMARY_NAME_PREFIX))!;
    expect(marker.formula).toBe(`='${outcome.sheetName}'!$A$1`);
  });

  test('generated again it replaces ours, never a user sheet, and the next recalculation ignores it', async () => {
    const excel = createMemoryExcel(seedGrid());
    const first = await summarizeWorkbook(excel.run);
    const second = await summarizeWorkbook(excel.run);
    expect(second.replaced).toEqual([first.sheetName]);
    expect(excel.workbook.sheets.filter((s) => s.name.startsWith('สรุปผล')).map((s) => s.name)).toEqual([second.sheetName]);
    expect(excel.workbook.names.filter((n) => n.name.startsWith(SUMMARY_NAME_PREFIX))).toHaveLength(1);
    const again = await recalcWorkbookDetailed(excel.run);
    expect(again.index.grid.sheets.map((s) => s.name)).toEqual([SEED_SHEETS.table1, SEED_SHEETS.kpiForm, SEED_SHEETS.budget]);
    expect(again.edits.toArray()).toEqual([]);

    // The user renames our sheet's marker away (a copy of their own with the same name): it is theirs, kept.
    excel.workbook.names.length = 0;
    const third = await summarizeWorkbook(excel.run);
    expect(third.replaced).toEqual([]);
    expect(third.sheetName).not.toBe(second.sheetName);
    expect(excel.workbook.sheets.some((s) => s.name === second.sheetName)).toBe(true);
  });
});
