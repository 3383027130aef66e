/** @jest-environment jsdom */
/** The pane's list of tables: what was found of each table's shape, and the tables not read with why. */
import './setup-dom';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen } from '@testing-library/react';
import ExcelJS from 'exceljs';
import { recalculate } from '../../src/core/engine';
import { readGrid } from '../../src/xlsx/read-grid';
import { TablesFound } from '../../src/ui/pane/components/TablesFound';
import { stringsFor } from '../../src/ui/i18n';
import { notProgressWorkbook } from '../fixtures/shapes';

test('the table read shows its shape; the staff list, the scoring table and the header with no result are listed with why', async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await notProgressWorkbook().xlsx.writeBuffer()) as ArrayBuffer);
  const { report } = recalculate(readGrid(wb));
  render(
    <FluentProvider theme={webLightTheme}>
      <TablesFound report={report} strings={stringsFor('th')} />
    </FluentProvider>,
  );
  expect(screen.getByText('ตัวชี้วัด · รายไตรมาส · แถวเดียว')).toBeTruthy();
  expect(screen.getByText('ตารางที่ไม่ได้อ่าน')).toBeTruthy();
  expect(screen.getByText('รายชื่อบุคลากร ไม่ใช่ตารางความก้าวหน้า')).toBeTruthy();
  expect(screen.getByText('ตารางเกณฑ์การให้คะแนน ไม่ใช่ตารางความก้าวหน้า')).toBeTruthy();
  expect(screen.getByText('ไม่พบคอลัมน์ผลการดำเนินงาน')).toBeTruthy();
  expect(screen.getByText('เป้าหมาย · A2:E2')).toBeTruthy();
});

test('the pane shows the as-of date, the unit of money, and a table of another fiscal year skipped with why', async () => {
  const { bahtBudgetWorkbook, twoYearsWorkbook } = await import('../fixtures/cells-workbooks');
  const load = async (w: ExcelJS.Workbook) => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await w.xlsx.writeBuffer()) as ArrayBuffer);
    return recalculate(readGrid(wb)).report;
  };
  const baht = await load(bahtBudgetWorkbook());
  const { unmount } = render(
    <FluentProvider theme={webLightTheme}>
      <TablesFound report={baht} strings={stringsFor('th')} />
    </FluentProvider>,
  );
  expect(screen.getByText(/งบประมาณ · .* · หน่วย บาท$/)).toBeTruthy();
  // Its one table has no periods: the date is shown as the data's date, not as naming a quarter.
  expect(screen.getByText(/^วันที่ข้อมูล "ข้อมูล ณ วันที่ ๓๑ มีนาคม ๒๕๖๘"/)).toBeTruthy();
  expect(screen.queryByText(/ไตรมาส/)).toBeNull();
  unmount();
  const years = await load(twoYearsWorkbook());
  render(
    <FluentProvider theme={webLightTheme}>
      <TablesFound report={years} strings={stringsFor('en')} />
    </FluentProvider>,
  );
  expect(screen.getByText('a table of fiscal year 2566, not the one reported: not written')).toBeTruthy();
});
