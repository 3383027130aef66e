/** A user's corrections (measure, direction) and settings, saved with the workbook, change the figures. */
import { buildSeedWorkbook, SEED_SHEETS } from '../fixtures/seed-workbook';
import { layoutCWorkbook } from '../fixtures/workbooks';
import { writeSettings, readSettings } from '../../src/xlsx/settings-sheet';
import { parseSettings, serializeSettings } from '../../src/core/settings';
import { readWorkbook, recalcFile, writeTemp } from '../helpers/workbook-files';
import { readFileSync } from 'node:fs';
import { settingsXml } from '../../src/core/store-xml';
import { entryBytes, readZip } from '../../src/xlsx/zip/read-zip';
import { addCustomXmlPart } from '../helpers/custom-xml-store';

test('an indicator set to lower-is-better in the workbook is judged that way', async () => {
  const wb = layoutCWorkbook();
  writeSettings(wb, { overrides: { 'ตัวชี้วัด ปี ๒๕๖๗!5': { direction: 'lower' } } });
  const { json } = await recalcFile(await writeTemp(wb, 'c.xlsx'));
  // 320 trained against 300 planned is ahead when more is better; with fewer better it is behind.
  expect(json.indicators.find((i) => i.row === 5)).toMatchObject({ direction: 'lower', overall: 'behind', flagged: true });
});

test('a measure set by the user wins over detection', async () => {
  const wb = buildSeedWorkbook();
  writeSettings(wb, { overrides: { [`${SEED_SHEETS.kpiForm}!12`]: { measure: 'rate' } } });
  const { json } = await recalcFile(await writeTemp(wb, 'seed.xlsx'));
  // As a rate the latest value counts: 71 of 140 = 50.71.
  expect(json.indicators.find((i) => i.sheet === SEED_SHEETS.kpiForm && i.row === 12)).toMatchObject({ measure: 'rate', total: 71, percent: 50.71 });
});

test('an on-plan tolerance makes a near miss on plan', async () => {
  const wb = layoutCWorkbook();
  writeSettings(wb, { tolerance: 1 });
  const { json } = await recalcFile(await writeTemp(wb, 'c.xlsx'));
  // Complaints: 9 against 8 planned by Q3 is within one of plan.
  expect(json.indicators.find((i) => i.row === 6)?.overall).toBe('on-plan');
});

test('settings survive the file round trip, stay hidden, and are left as they were', async () => {
  const wb = layoutCWorkbook();
  writeSettings(wb, { digits: 'thai', cabinetTargets: [32, 54, 77, 100] });
  const { out } = await recalcFile(await writeTemp(wb, 'c.xlsx'));
  expect(out.getWorksheet('_kpi_progress')?.state).toBe('veryHidden');
  expect(readSettings(out).settings).toMatchObject({ digits: 'thai', cabinetTargets: [32, 54, 77, 100] });
  const again = await readWorkbook((await recalcFile(await writeTemp(out, 'again.xlsx'))).output);
  expect(readSettings(again).settings.digits).toBe('thai');
});

test('settings that cannot be read fall back to the defaults, with a reason', () => {
  expect(parseSettings(['{broken'])).toMatchObject({ settings: {}, problems: [expect.stringMatching(/อ่านไม่ได้/)] });
  expect(parseSettings(['{"tolerance":-3,"digits":"roman","overrides":{"x":{"measure":"zzz"}}}']).settings).toEqual({ overrides: {} });
  const long = { overrides: Object.fromEntries(Array.from({ length: 3000 }, (_, i) => [`ชีต!${i + 1}`, { measure: 'count' as const }])) };
  const chunks = serializeSettings(long);
  expect(chunks.length).toBeGreaterThan(1);
  expect(parseSettings(chunks).settings.overrides?.['ชีต!3000']).toEqual({ measure: 'count' });
});

describe("the add-in's store: settings in a custom XML part, as Excel saves it", () => {
  test('read by the command line, and kept byte for byte in the output', async () => {
    const file = await writeTemp(layoutCWorkbook(), 'store.xlsx');
    addCustomXmlPart(file, settingsXml({ overrides: { 'ตัวชี้วัด ปี ๒๕๖๗!5': { direction: 'lower' } } }));
    const { json, output } = await recalcFile(file);
    expect(json.indicators.find((i) => i.row === 5)).toMatchObject({ direction: 'lower', overall: 'behind', flagged: true });
    const part = (f: string) => readZip(readFileSync(f)).find((e) => e.name === 'customXml/item1.xml')!;
    expect(entryBytes(part(output)).equals(entryBytes(part(file)))).toBe(true);
  });

  test("read before an older workbook's settings sheet", async () => {
    const plain = (await recalcFile(await writeTemp(layoutCWorkbook(), 'plain.xlsx'))).json.indicators.find((i) => i.row === 6)?.overall;
    expect(plain).not.toBe('on-plan');
    const wb = layoutCWorkbook();
    writeSettings(wb, { tolerance: 1 }); // the old sheet says on plan
    const file = await writeTemp(wb, 'both.xlsx');
    addCustomXmlPart(file, `<other xmlns="http://example.com/not-ours">{"tolerance":5}</other>`);
    expect((await recalcFile(file)).json.indicators.find((i) => i.row === 6)?.overall).toBe('on-plan');
    addCustomXmlPart(file, settingsXml({ tolerance: 0 })); // the store, saved later by the add-in, says none
    expect((await recalcFile(file)).json.indicators.find((i) => i.row === 6)?.overall).toBe(plain);
  });
});
