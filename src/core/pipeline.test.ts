import { layoutGrid } from '../../bench/generate';
import { recalculate } from './engine';
import type { EditList } from './edit-list';
import type { Grid } from './grid';
import { recalcWorkbook, summarizeWorkbook, type WorkbookPort } from './pipeline';
import type { SheetSpec } from './summary/sheet-spec';
import type { Warning } from './types';

/** A workbook that keeps what the pipeline asks of it, in order. */
function recordingPort(grid: Grid, saved = {}) {
  const calls: string[] = [];
  let edits: EditList | null = null;
  let spec: SheetSpec | null = null;
  const unreadable: Warning = { sheet: 'เสีย', cell: '', code: 'unreadable-sheet', args: { reason: 'broken part' } } as Warning;
  const port: WorkbookPort = {
    async readGrid() {
      calls.push('read');
      return { grid, userSheets: grid.sheets.map((s) => s.name), settings: saved, warnings: [unreadable] };
    },
    async applyEdits(e) {
      calls.push('apply');
      edits = e;
      return { written: e.length, warnings: [] };
    },
    async writeSummary(s) {
      calls.push('summary');
      spec = s;
      return { sheetName: s.name, replaced: [] };
    },
  };
  return { port, calls, edits: () => edits, spec: () => spec };
}

test('recalc reads, computes and writes the engine’s edits, once each, with the read problems first among the warnings', async () => {
  const grid = layoutGrid('C', 40);
  const w = recordingPort(grid);
  const done = await recalcWorkbook(w.port);
  expect(w.calls).toEqual(['read', 'apply']);
  expect(w.edits()!.toArray()).toEqual(recalculate(grid).edits.toArray());
  expect(done.report.warnings[0].code).toBe('unreadable-sheet');
});

test('the settings saved with the workbook are used, and the caller’s override them', async () => {
  const grid = layoutGrid('D', 20);
  const w = recordingPort(grid, { tolerance: 1000, font: 'Saved Font' });
  const done = await recalcWorkbook(w.port, { settings: { font: 'Given Font' } });
  expect(done.settings).toEqual({ tolerance: 1000, font: 'Given Font' });
  expect(done.report.budget.every((l) => l.status === 'on-plan' || l.status === 'not-due' || l.status === 'no-data')).toBe(true);
});

test('a check before writing stops the run with nothing written', async () => {
  const w = recordingPort(layoutGrid('A', 10));
  await expect(
    recalcWorkbook(w.port, {
      beforeWrite: () => {
        throw new Error('no table');
      },
    }),
  ).rejects.toThrow('no table');
  expect(w.calls).toEqual(['read']);
});

test('the summary is laid out with the same settings and written after the edits', async () => {
  const w = recordingPort(layoutGrid('C', 10), { font: 'TH Sarabun New', digits: 'arabic' });
  const done = await summarizeWorkbook(w.port);
  expect(w.calls).toEqual(['read', 'apply', 'summary']);
  expect(w.spec()!.font.name).toBe('TH Sarabun New');
  expect(done.summary.sheetName).toBe('สรุปผล ไตรมาส ' + done.report.quarter + ' ปี ' + done.report.fiscalYear);
});
