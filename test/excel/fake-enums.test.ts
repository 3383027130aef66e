/**
 * The in-memory Excel's enum arguments are exactly the values @types/office-js declares for Excel: a value Excel
 * takes is taken, and one it refuses is refused, so the fake is neither more lenient nor stricter than the typings.
 */
import { readFileSync } from 'node:fs';
import { createMemoryExcel } from '../../src/memory-excel';
import { ENUMS } from '../../src/memory-excel/rules';

/** Each enum kind the fake checks, and the Excel enum that declares its values. */
const TYPINGS_ENUM: Record<string, string> = {
  'pageLayout.paperSize': 'PaperType',
  'pageLayout.orientation': 'PageOrientation',
  chartType: 'ChartType',
  seriesBy: 'ChartSeriesBy',
  horizontalAlignment: 'HorizontalAlignment',
  verticalAlignment: 'VerticalAlignment',
  'border.style': 'BorderLineStyle',
  'border.weight': 'BorderWeight',
  underline: 'RangeUnderlineStyle',
};

/** The string values of `enum name` inside `declare namespace Excel { … }` of @types/office-js. */
function excelEnum(name: string): string[] {
  const dts = readFileSync(require.resolve('@types/office-js/index.d.ts'), 'utf8');
  const start = dts.indexOf('\ndeclare namespace Excel {');
  const excel = dts.slice(start, dts.indexOf('\ndeclare namespace ', start + 1));
  const from = excel.indexOf(`\n    enum ${name} {`);
  if (from < 0) throw new Error(`no enum Excel.${name} in @types/office-js`);
  const body = excel.slice(from, excel.indexOf('\n    }', from));
  return [...body.matchAll(/^\s+\w+ = "([^"]+)",?$/gm)].map((m) => m[1]);
}

test('every enum the fake checks holds the values @types/office-js declares (a chart type "Invalid" aside)', () => {
  expect(Object.keys(ENUMS).sort()).toEqual(Object.keys(TYPINGS_ENUM).sort());
  for (const [kind, name] of Object.entries(TYPINGS_ENUM)) {
    const declared = excelEnum(name).filter((v) => !(kind === 'chartType' && v === 'Invalid'));
    expect({ kind, values: [...ENUMS[kind]].sort() }).toEqual({
      kind,
      values: declared.sort(),
    });
  }
});

test('a declared chart type and paper size are taken; an undeclared one is refused as Excel refuses it', async () => {
  const excel = createMemoryExcel({
    sheets: [
      {
        name: 'ก',
        values: [
          ['x', 1],
          ['y', 2],
        ],
        merges: [],
      },
    ],
  });
  const attempt = (queue: (ws: Excel.Worksheet) => void) =>
    excel.run(async (context) => {
      queue(context.workbook.worksheets.getItem('ก'));
      await context.sync();
    });
  await attempt(
    (ws) => void ws.charts.add('Radar' as Excel.ChartType, ws.getRange('A1:B2'), 'Columns' as Excel.ChartSeriesBy),
  );
  await attempt((ws) => void (ws.pageLayout.paperSize = 'EnvelopeDL' as Excel.PaperType));
  expect(excel.workbook.sheets[0].charts.map((c) => c.type)).toEqual(['Radar']);
  await expect(
    attempt((ws) => void ws.charts.add('Radial' as Excel.ChartType, ws.getRange('A1:B2'))),
  ).rejects.toMatchObject({
    code: 'InvalidArgument',
  });
  await expect(attempt((ws) => void (ws.pageLayout.paperSize = 'A6' as Excel.PaperType))).rejects.toMatchObject({
    code: 'InvalidArgument',
  });
});
