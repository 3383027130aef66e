/** A report shaped like the seed's at quarter 2 of FY 2566 (DOMAIN.md, worked figures), and fake operations. */
import type { IndicatorResult, Report, Settings } from '../../src/core/types';
import { DEFAULT_SETTINGS } from '../../src/core/types';
import type { PaneOperations } from '../../src/ui/operations';

function indicator(p: Partial<IndicatorResult> & Pick<IndicatorResult, 'name' | 'row' | 'overall'>): IndicatorResult {
  return {
    sheet: 'แบบรายงาน',
    unit: null,
    measure: 'count',
    direction: 'higher',
    target: null,
    plan: [],
    result: [],
    total: null,
    percent: null,
    status: [],
    flagged: p.overall === 'behind',
    dueQuarter: 1,
    notes: [],
    ...p,
  };
}

export const seedReport: Report = {
  fiscalYear: 2566,
  quarter: 2,
  digits: 'thai',
  tables: [
    { sheet: 'แบบรายงาน', kind: 'indicator', periods: 'quarter', rows: 'pairs', unit: null, range: 'A5:J30', indicators: 6, budgetLines: 0, digits: 'thai' },
    { sheet: 'งบประมาณ', kind: 'budget', periods: 'quarter', rows: 'single', unit: null, range: 'A3:Z10', indicators: 0, budgetLines: 5, digits: 'arabic' },
  ],
  skipped: [],
  indicators: [
    indicator({ name: 'ระดับความสำเร็จการจัดทำแผน', row: 7, measure: 'level', percent: 75, overall: 'ahead' }),
    indicator({ name: 'จำนวนวิสาหกิจเพื่อสังคมที่จดทะเบียนเพิ่มขึ้น', row: 9, percent: 39.53, overall: 'ahead' }),
    indicator({ name: 'ได้รับการจ้างงาน', row: 11, measure: 'cumulative', percent: 35, overall: 'not-due' }),
    indicator({ name: 'ระบบฐานข้อมูล e-service', row: 13, measure: 'level', percent: 25, overall: 'behind' }),
    indicator({ name: 'ได้รับการส่งเสริมและพัฒนา', row: 15, percent: 80.71, overall: 'ahead' }),
    indicator({ name: 'ช่องทางการเผยแพร่', row: 17, percent: 60, overall: 'on-plan' }),
  ],
  budget: [
    {
      sheet: 'งบประมาณ',
      row: 6,
      name: 'ความเสมอภาคทางสังคม',
      isTotal: false,
      allocated: 2,
      disbursed: 0.77,
      percent: 38.53,
      plannedPercent: 50,
      targetPercent: 50,
      status: 'behind',
      flagged: true,
      plannedAmount: [],
      disbursedByQuarter: [],
    },
  ],
  warnings: [
    { sheet: 'แบบรายงาน', cell: 'E15', code: 'percent-mismatch', args: { role: 'percent', typed: '๘๐.๗๒', computed: { value: 80.71, decimals: 2 } } },
  ],
};

export interface Deferred<T> {
  promise: Promise<T>;
  resolve: (v: T) => void;
  reject: (e: unknown) => void;
}

export function deferred<T>(): Deferred<T> {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

export function fakeOps(overrides: Partial<PaneOperations> = {}): jest.Mocked<PaneOperations> {
  const saved: Settings = { ...DEFAULT_SETTINGS };
  return {
    recalc: jest.fn(async () => seedReport),
    summarize: jest.fn(async () => ({ report: seedReport, sheetName: 'สรุปผล ไตรมาส ๒ ปี ๒๕๖๖' })),
    undo: jest.fn(async () => true),
    loadSettings: jest.fn(async () => saved),
    saveSettings: jest.fn(async () => undefined),
    selectCell: jest.fn(async () => undefined),
    summariesToReplace: jest.fn(async () => []),
    summaryClearsUndo: jest.fn(async () => false),
    ...overrides,
  } as jest.Mocked<PaneOperations>;
}

/** Matchers without @testing-library/jest-dom. */
export function isDisabled(el: Element): boolean {
  return (el as HTMLButtonElement).disabled || el.getAttribute('aria-disabled') === 'true';
}

/** An element's description as a screen reader reads it: the text of the elements its aria-describedby names. */
export function describedBy(el: Element): string {
  const ids = (el.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  return ids.map((id) => el.ownerDocument.getElementById(id)?.textContent ?? '').join(' ').trim();
}

export function text(el: Element | ChildNode | null): string {
  return el?.textContent ?? '';
}
