/**
 * @jest-environment jsdom
 *
 * The preview on the real sample workbook (assets/sample/seed-fy2566-q2.xlsx) through the in-memory Excel and the
 * engine: what anyone sees when they open taskpane.html outside Excel.
 */
import './setup-dom';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { execFileSync } from 'child_process';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import fs from 'fs';
import os from 'os';
import path from 'path';
import type { Grid } from '../../src/core/grid';
import { PreviewApp } from '../../src/ui/preview/PreviewApp';
import { openSampleWorkbook } from '../../src/ui/preview/sample-workbook';
import { FLAG_FILL } from '../../src/core/words';
import { describedBy, isDisabled, text } from './fixtures';

const root = path.resolve(__dirname, '../..');
const sample = path.join(root, 'assets/sample/seed-fy2566-q2.xlsx');
const haveSample = fs.existsSync(sample);
if (!haveSample) console.warn(`Preview test SKIPPED: ${sample} is missing (npm run sample builds it).`);

let grid: Grid;
beforeAll(() => {
  if (!haveSample) return;
  // The same conversion the build runs (scripts/build-sample-grid.ts), in a child: exceljs wants Node, not jsdom.
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kpi-preview-')), 'sample-grid.json');
  execFileSync(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/build-sample-grid.ts', sample, out], {
    cwd: root,
    stdio: 'pipe',
  });
  grid = JSON.parse(fs.readFileSync(out, 'utf8')) as Grid;
}, 60_000);

jest.spyOn(console, 'error').mockImplementation(() => undefined);

function cell(address: string): string {
  return text(document.querySelector(`td[data-cell="${address}"]`));
}

(haveSample ? test : test.skip)(
  'คำนวณความก้าวหน้า on the sample lists e-service behind plan, writes 80.71 in the sheet, and ย้อนกลับ restores the seed',
  async () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <PreviewApp sample={openSampleWorkbook(grid)} initialLanguage="th" />
      </FluentProvider>,
    );
    fireEvent.click(screen.getByRole('tab', { name: 'ตารางที่ ๑' }));
    expect(cell('I9')).toBe('๘๐.๗๒ ก้าวหน้ากว่าแผน');
    // Ready when the saved settings are read: the first read loads the settings store's module, which on a cold
    // transform cache and a busy machine takes longer than waitFor's default second. The buttons are
    // `disabledFocusable`, so readiness is aria-disabled, which isDisabled reads.
    await waitFor(() => expect(isDisabled(screen.getByRole('button', { name: 'คำนวณความก้าวหน้า' }))).toBe(false), { timeout: 20_000 });

    fireEvent.click(screen.getByRole('button', { name: 'คำนวณความก้าวหน้า' }));
    const behind = await screen.findByRole('list', { name: /^ตัวชี้วัด/ }, { timeout: 20_000 });
    const eService = within(behind).getAllByRole('button').find((b) => describedBy(b).includes('e-service'))!;
    expect(text(eService).replace(/\u00a0/g, ' ')).toBe('ต่ำกว่าแผน ร้อยละ ๒๕.๐๐, แบบรายงานตัวชี้วัด แถว ๑๐');
    expect(text(screen.getByRole('region', { name: 'ตารางที่พบ' }))).toContain('แบบรายงานตัวชี้วัด');

    fireEvent.click(eService);
    await waitFor(() => expect(document.querySelector('td.sel')).not.toBeNull(), { timeout: 20_000 }); // select-cell loads on first use
    expect(document.querySelector('td.sel')!.getAttribute('data-cell')).toMatch(/^[A-Z]+1[01]$/);
    const flagged = document.querySelectorAll(`td[data-fill="${FLAG_FILL}"]`);
    expect(flagged.length).toBeGreaterThan(0);

    fireEvent.click(screen.getByRole('tab', { name: 'ตารางที่ ๑' }));
    expect(cell('I9')).toMatch(/^๘๐\.๗๑/);

    fireEvent.click(screen.getByRole('button', { name: 'ย้อนกลับ' }));
    await waitFor(() => expect(text(document.querySelector('[data-notice]'))).toBe('ย้อนกลับแล้ว: เซลล์กลับเป็นค่าก่อนการคำนวณครั้งล่าสุด'), { timeout: 20_000 });
    expect(cell('I9')).toBe('๘๐.๗๒ ก้าวหน้ากว่าแผน');
    expect(within(document.querySelector('.preview-grid') as HTMLElement).queryAllByText(/^๘๐\.๗๑/)).toHaveLength(0);
  },
  60_000,
);
