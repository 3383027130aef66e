import { renderSummary } from '../../src/core/summary/render-summary';
import { summarySheetName } from '../../src/core/summary/sheet-name';
import type { CellSpec, SheetSpec } from '../../src/core/summary/sheet-spec';
import type { Quarter, Report } from '../../src/core/types';
import { DEFERRED_NOTE, E_SERVICE_NOTE, seedReport } from './seed-report';

const texts = (spec: SheetSpec) => spec.cells.filter((c) => typeof c.value === 'string').map((c) => c.value as string);
const allText = (spec: SheetSpec) => [...texts(spec), ...paragraphs(spec)].join('\n');
const cellWith = (spec: SheetSpec, pred: (s: string) => boolean): CellSpec => {
  const c = spec.cells.find((x) => typeof x.value === 'string' && pred(x.value));
  if (!c) throw new Error('no such cell');
  return c;
};
/**
 * A paragraph as the reader sees it: its first row and the rows it goes on in. A paragraph spans B:G under a label
 * in column A, or A:G when it names its own number ('ตัวชี้วัดที่ ๓ …'); a row going on has no label and no number.
 */
function paragraphs(spec: SheetSpec): string[] {
  const out: string[] = [];
  const at = (r: number, c: number) => spec.cells.find((x) => x.row === r && x.col === c);
  const spanFrom = (r: number) => spec.merges.find((m) => m.top === r && m.bottom === r && m.right === 6 && m.left <= 1)?.left;
  const isText = (c: CellSpec) => typeof c.value === 'string' && !c.font?.bold && !c.fill;
  for (const c of spec.cells) {
    const from = spanFrom(c.row);
    if (from === undefined || c.col !== from || typeof c.value !== 'string' || !isText(c)) continue;
    const before = spanFrom(c.row - 1);
    const continues =
      out.length > 0 &&
      before === from &&
      (from === 1 ? !at(c.row, 0) : !c.value.startsWith('ตัวชี้วัดที่')) &&
      isText(at(c.row - 1, from) as CellSpec);
    if (continues) out[out.length - 1] += c.value;
    else out.push(c.value);
  }
  return out;
}
const cellWithText = (spec: SheetSpec, pred: (s: string) => boolean): { value: string } => {
  const p = paragraphs(spec).find(pred);
  if (!p) throw new Error('no such paragraph');
  return { value: p };
};
const rowOf = (spec: SheetSpec, row: number) => spec.cells.filter((c) => c.row === row).sort((a, b) => a.col - b.col);

describe('the summary of the seed report (quarter 2, FY 2566)', () => {
  const spec = renderSummary(seedReport());

  it('is named for the round in Thai digits, within 31 characters', () => {
    expect(spec.name).toBe('สรุปผล ไตรมาส ๒ ปี ๒๕๖๖');
    expect(spec.name.length).toBeLessThanOrEqual(31);
  });

  it('opens with the seed title and period', () => {
    expect(spec.cells[0]).toMatchObject({ row: 0, col: 0, value: 'ผลการวิเคราะห์ข้อมูลการดำเนินงาน รอบ ๖ เดือน' });
    expect(texts(spec)).toContain('(เดือนตุลาคม ๒๕๖๕ – มีนาคม ๒๕๖๖)');
    expect(allText(spec)).toContain('ประจำปีงบประมาณ พ.ศ. ๒๕๖๖');
  });

  it('states indicator 3 as the seed does, with the right percentage ๘๐.๗๑', () => {
    const p = cellWithText(spec, (s) => s.startsWith('ตัวชี้วัดที่ ๑ จำนวนวิสาหกิจเพื่อสังคมที่ได้รับการส่งเสริมและพัฒนา'));
    expect(p.value).toContain('เป้าหมาย ๑๔๐ กิจการ');
    expect(p.value).toContain('ผลการดำเนินงาน ไตรมาส ๒ (เดือนมกราคม - มีนาคม ๒๕๖๖) เพิ่มขึ้น ๗๑ กิจการ');
    expect(p.value).toContain('รวมผลการดำเนินงานรอบ ๖ เดือน (๑ ตุลาคม ๒๕๖๕ - ๓๑ มีนาคม ๒๕๖๖) จำนวน ๑๑๓ กิจการ');
    expect(p.value).toContain('คิดเป็นร้อยละ ๘๐.๗๑ ของเป้าหมายการดำเนินงาน');
    expect(p.value).toContain('ก้าวหน้ากว่าแผน');
    // The typed ๘๐.๗๒ only appears in the warning that points at it.
    expect(texts(spec).filter((t) => t.includes('๘๐.๗๒')).every((t) => t.startsWith("'ตารางที่ ๑'!I8"))).toBe(true);
  });

  it('says the e-service indicator is behind plan, quoting the note typed in its result cell', () => {
    const p = cellWithText(spec, (s) => s.includes('e-service') && s.startsWith('ตัวชี้วัดที่'));
    expect(p.value).toContain('อยู่ที่ ระดับ ๑');
    expect(p.value).toContain('ผลการดำเนินงานต่ำกว่าแผน (แผน ระดับ ๒)');
    expect(p.value).toContain(E_SERVICE_NOTE);
    const first = cellWith(spec, (s) => s.includes('e-service') && s.startsWith('ตัวชี้วัดที่'));
    expect(first.text).toBe(true);
  });

  it('says when a not-due indicator falls due, and carries the committee note of a deferred one', () => {
    const jobs = cellWithText(spec, (s) => s.startsWith('ตัวชี้วัดที่') && s.includes('ได้รับการจ้างงาน'));
    expect(jobs.value).toContain('เป้าหมายปีนี้ ๒๐๐ คน จากฐาน ๑,๔๐๐ คน');
    expect(jobs.value).toContain('ยอดรวมสะสม ๑,๔๗๐ คน');
    expect(jobs.value).toContain('คิดเป็นร้อยละ ๓๕.๐๐ ของเป้าหมายปีนี้');
    expect(jobs.value).toContain('ยังไม่ถึงกำหนดประเมินผล โดยกำหนดรายงานผลในไตรมาส ๔');
    const deferred = cellWithText(spec, (s) => s.startsWith('ตัวชี้วัดที่') && s.includes('ได้รับการสนับสนุน'));
    expect(deferred.value).toContain(DEFERRED_NOTE);
  });

  it('gives the budget paragraph in the seed words: ๔๙.๖๐ of the budget against a plan of ๕๐.๐๗', () => {
    const p = cellWithText(spec, (s) => s.startsWith('ผลการเบิกจ่าย ณ สิ้นไตรมาส'));
    expect(p.value).toContain(
      'ผลการเบิกจ่าย ณ สิ้นไตรมาส ๒ จำนวน ๖.๗๙๐๒ ล้านบาท คิดเป็นร้อยละ ๔๙.๖๐ ของงบประมาณที่ได้รับ (๑๓.๖๙๐๑ ล้านบาท) ต่ำกว่าแผนการใช้จ่ายสะสม (ร้อยละ ๕๐.๐๗)',
    );
    expect(p.value).toContain('เป้าหมายการเบิกจ่ายสะสมของรัฐบาล (ร้อยละ ๕๐.๐๐)');
  });

  it('lists the budget lines behind plan in the budget section', () => {
    const p = paragraphs(spec).filter((s) => s.startsWith('ผลการเบิกจ่าย ณ สิ้นไตรมาส')).pop() as string;
    expect(p).toContain('แผนงานพื้นฐานด้านการสร้างโอกาสและความเสมอภาคทางสังคม (ร้อยละ ๓๘.๕๓ แผนร้อยละ ๕๐.๑๙)');
    expect(p).not.toContain('แผนงานบุคลากรภาครัฐ (');
  });

  it('compares against the cabinet target when one is set', () => {
    const withCabinet = renderSummary(seedReport(), { cabinetTargets: [32, 55, 77, 93] });
    expect(allText(withCabinet)).toContain('ต่ำกว่าเป้าหมายการเบิกจ่ายสะสมของรัฐบาล (ร้อยละ ๕๕.๐๐)');
  });

  it('keeps figures as numbers shown in Thai digits by their format, right-aligned', () => {
    const header = spec.cells.find((c) => c.value === 'ตัวชี้วัด' && c.col === 1) as CellSpec;
    const first = rowOf(spec, header.row + 2); // the group heading comes first
    // The name in two lines at most (here whole: a longer one ends in '…', its paragraph giving it whole).
    expect(first.map((c) => c.value)).toEqual([1, 'จำนวนวิสาหกิจเพื่อสังคมที่ได้รับการส่งเสริมและพัฒนา (กิจการ)', '', 140, 113, 80.71, 'ก้าวหน้ากว่าแผน']);
    expect(first[3].numberFormat).toBe('[$-D01041E]#,##0');
    expect(first[5].numberFormat).toBe('[$-D01041E]#,##0.00');
    expect(first[5].alignment?.horizontal).toBe('right');
    // A level says so in its format: 'ระดับ ๔', still the number 4.
    const level = rowOf(spec, (spec.cells.find((c) => typeof c.value === 'string' && c.value.startsWith('ระดับความสำเร็จ') && c.col === 1) as CellSpec).row);
    expect(level[3]).toMatchObject({ value: 4, numberFormat: '[$-D01041E]"ระดับ "#,##0' });
    const disbursed = spec.cells.find((c) => c.value === 6.7902) as CellSpec;
    expect(disbursed.numberFormat).toBe('[$-D01041E]#,##0.0000');
  });

  it('colours the status cells: behind red, on plan amber, ahead green', () => {
    const status = (word: string) => spec.cells.find((c) => c.value === word && c.col === 6) as CellSpec;
    expect(status('ต่ำกว่าแผน').fill).toBe('FFC7CE');
    expect(status('เป็นไปตามแผน').fill).toBe('FFEB9C');
    expect(status('ก้าวหน้ากว่าแผน').fill).toBe('C6EFCE');
  });

  it('counts indicators by status', () => {
    // The statuses side by side, their counts in the row below them.
    const count = (word: string) => {
      const head = spec.cells.find((c) => c.value === word && c.font?.bold && c.col >= 2 && c.row < 12) as CellSpec;
      const counts = spec.cells.find((c) => c.value === 'จำนวน (ตัวชี้วัด)') as CellSpec;
      expect(counts.row).toBe(head.row + 1);
      return spec.cells.find((c) => c.row === counts.row && c.col === head.col)?.value;
    };
    // The ๑๔๐-กิจการ indicator is in both tables (ตารางที่ ๑ and the office's form): counted once, so 3 ahead of 7.
    expect(count('ก้าวหน้ากว่าแผน')).toBe(3);
    expect(count('เป็นไปตามแผน')).toBe(1);
    expect(count('ต่ำกว่าแผน')).toBe(1);
    expect(count('ยังไม่ถึงกำหนด')).toBe(2);
    expect(allText(spec)).toContain('ตัวชี้วัดทั้งหมด ๗ ตัวชี้วัด (ตัวชี้วัดที่ซ้ำกันในสองตาราง ๑ ตัวชี้วัด นับครั้งเดียว)');
  });

  it('lists what is behind plan with where it sits, and the warnings with their cells', () => {
    const text = allText(spec);
    expect(text).toContain('ตัวชี้วัด: พัฒนาระบบฐานข้อมูลออนไลน์ e-service');
    expect(text).toContain('(แบบรายงานผล แถว ๑๐)');
    expect(text).toContain('แผนงบประมาณ: แผนงานยุทธศาสตร์เสริมสร้างพลังทางสังคม เบิกจ่ายร้อยละ ๓.๑๐ (แผนร้อยละ ๕๐.๐๐)');
    expect(text).toContain('งบประมาณภาพรวม เบิกจ่ายร้อยละ ๔๙.๖๐ (แผนร้อยละ ๕๐.๐๗)');
    expect(text).toContain("'ตารางที่ ๑'!I8 ร้อยละที่พิมพ์ไว้ (๘๐.๗๒) ไม่ตรงกับที่คำนวณได้ (๘๐.๗๑)");
    expect(text).toContain("'ผลการใช้จ่ายงบประมาณ'!C9");
  });

  it('writes every text that comes from a user cell as text', () => {
    const report = seedReport();
    report.indicators[1].name = '=HYPERLINK("http://x")';
    report.indicators[4].notes = ['+๑ ล่าช้า', '@ผู้รับผิดชอบ'];
    const s = renderSummary(report);
    for (const c of s.cells.filter((x) => typeof x.value === 'string' && /HYPERLINK|ล่าช้า/.test(x.value as string))) {
      expect(c.text).toBe(true);
    }
    expect(s.cells.filter((c) => c.value === '=HYPERLINK("http://x")')).toHaveLength(1);
  });

  it('prints on A4 portrait, one page wide, no gridlines, in TH SarabunPSK 16', () => {
    expect(spec.page).toMatchObject({ paperSize: 'A4', orientation: 'portrait', fitToWidth: 1, fitToHeight: 0 });
    expect(spec.showGridlines).toBe(false);
    expect(spec.font).toEqual({ name: 'TH SarabunPSK', size: 16 });
    expect(spec.fallbackFont).toBe('TH Sarabun New');
    expect(renderSummary(seedReport(), { font: 'TH Sarabun New' }).font.name).toBe('TH Sarabun New');
  });

  it('repeats the table header at the top of every page a long table goes on to', () => {
    const report = seedReport();
    report.indicators = Array.from({ length: 40 }, (_, i) => ({ ...report.indicators[i % 8], row: 4 + 2 * i }));
    const long = renderSummary(report);
    const header = ['ลำดับ', 'ตัวชี้วัด', '', 'เป้าหมาย', 'ผลสะสม', 'ร้อยละ', 'สถานะ'];
    const isIndicatorRow = (r: number) => typeof rowOf(long, r)[0]?.value === 'number' && rowOf(long, r).length === 7;
    const breaksInTable = long.page.rowBreaks.filter((r) => isIndicatorRow(r + 1) && (isIndicatorRow(r - 1) || rowOf(long, r - 1)[0]?.fill === 'F2F2F2'));
    expect(breaksInTable.length).toBeGreaterThan(0);
    // Each table's own header: the indicator table's, or the budget table's where that one goes on.
    for (const r of breaksInTable) {
      const values = rowOf(long, r).map((c) => c.value);
      if (values[1] !== 'แผนงาน') expect(values).toEqual(header);
      else expect(values[0]).toBe('ลำดับ');
    }
    // No printed page holds more rows than fit on it.
    const starts = [0, ...long.page.rowBreaks];
    const heights = new Map(long.rowHeights.map((h) => [h.row, h.height]));
    const lastRow = Math.max(...long.cells.map((c) => c.row));
    starts.forEach((start, i) => {
      const end = i + 1 < starts.length ? starts[i + 1] : lastRow + 1;
      let sum = 0;
      for (let r = start; r < end; r++) sum += heights.get(r) ?? 0;
      expect(sum).toBeLessThanOrEqual(1000);
    });
    // The print titles would repeat the indicator header over the budget: not used.
    expect(long.page.printTitleRows).toBeNull();
  });

  it('cuts a name too long for the table with "…", and gives it whole in its paragraph', () => {
    const report = seedReport();
    const long = `${report.indicators[4].name} ${'รายละเอียดเพิ่มเติมของตัวชี้วัด '.repeat(30)}ท้ายสุด`;
    report.indicators[4].name = long;
    const s = renderSummary(report);
    const cell = s.cells.find((c) => c.col === 1 && typeof c.value === 'string' && c.value.startsWith('พัฒนาระบบฐานข้อมูลออนไลน์')) as CellSpec;
    expect(cell.value).toMatch(/…$/);
    expect(cell.value).not.toContain('ท้ายสุด');
    expect(paragraphs(s).some((p) => p.includes('ท้ายสุด'))).toBe(true);
    for (const h of s.rowHeights) expect(h.height).toBeLessThanOrEqual(409);
  });

  it('gives every row a height Excel accepts and never writes inside a merged area', () => {
    for (const h of spec.rowHeights) expect(h.height).toBeLessThanOrEqual(409);
    for (const m of spec.merges) {
      const inside = spec.cells.filter(
        (c) => c.row >= m.top && c.row <= m.bottom && c.col >= m.left && c.col <= m.right && !(c.row === m.top && c.col === m.left),
      );
      expect(inside.filter((c) => c.value !== '')).toEqual([]);
    }
    const seen = new Set<string>();
    for (const c of spec.cells) {
      expect(seen.has(`${c.row}:${c.col}`)).toBe(false);
      seen.add(`${c.row}:${c.col}`);
    }
  });

  it('splits a paragraph too long for one row over several rows, losing nothing', () => {
    const report = seedReport();
    const long = Array.from({ length: 60 }, (_, i) => `ข้อความบันทึกที่ ${i + 1} ของผู้รับผิดชอบ`).join(' ');
    report.indicators[4].notes = [long];
    const s = renderSummary(report);
    const rows = s.cells.filter((c) => c.col <= 1 && typeof c.value === 'string' && c.value.includes('ข้อความบันทึกที่'));
    expect(rows.length).toBeGreaterThan(1);
    for (const r of rows) expect(r.text).toBe(true);
    const p = paragraphs(s).find((t) => t.includes('e-service')) as string;
    expect(p).toContain(`ทั้งนี้ ผู้รับผิดชอบรายงานว่า “${long}”`);
    for (const h of s.rowHeights) expect(h.height).toBeLessThanOrEqual(409);
  });

  it('is plain data: the same after a JSON round trip, with no undefined anywhere', () => {
    expect(JSON.parse(JSON.stringify(spec))).toStrictEqual(spec);
  });

  it('describes the two charts for adapters that can draw them', () => {
    expect(spec.charts.map((c) => c.type)).toEqual(['line', 'columnClustered']);
    const disbursement = spec.charts[0];
    expect(disbursement.categories).toEqual(['ไตรมาส ๑', 'ไตรมาส ๒', 'ไตรมาส ๓', 'ไตรมาส ๔']);
    expect(disbursement.series[0].values).toEqual([24.96, 50.07, 75.04, 100]);
    expect(disbursement.series[1].values).toEqual([24.07, 49.6, null, null]);
    expect(spec.charts[1].series[0].values).toEqual([3, 1, 1, 0, 2]); // as the counts: the shared indicator once
    const lastRow = Math.max(...spec.cells.map((c) => c.row));
    for (const c of spec.charts) expect(c.anchor.row).toBeGreaterThan(lastRow);
  });
});

describe('digits', () => {
  it('follows an Arabic-digit workbook, and the setting over the workbook', () => {
    const arabic = renderSummary({ ...seedReport(), digits: 'arabic' });
    expect(arabic.name).toBe('สรุปผล ไตรมาส 2 ปี 2566');
    expect(texts(arabic)).toContain('ผลการวิเคราะห์ข้อมูลการดำเนินงาน รอบ 6 เดือน');
    expect(texts(arabic)).toContain('(เดือนตุลาคม 2565 – มีนาคม 2566)');
    expect(allText(arabic)).toContain('คิดเป็นร้อยละ 80.71 ของเป้าหมายการดำเนินงาน');
    expect(arabic.cells.find((c) => c.value === 80.71)?.numberFormat).toBe('#,##0.00');
    const forced = renderSummary(seedReport(), { digits: 'arabic' });
    expect(forced.name).toBe('สรุปผล ไตรมาส 2 ปี 2566');
  });

  it('never changes the digits a user typed in a name', () => {
    const arabic = renderSummary({ ...seedReport(), digits: 'arabic' });
    expect(allText(arabic)).toContain('ร้อยละ ๒๐ ของวิสาหกิจเพื่อสังคม');
  });
});

describe('titles and periods for every round', () => {
  const cases: [Quarter, number, string, string, string][] = [
    [1, 2567, 'ผลการวิเคราะห์ข้อมูลการดำเนินงาน รอบ ๓ เดือน', '(เดือนตุลาคม – ธันวาคม ๒๕๖๖)', 'สรุปผล ไตรมาส ๑ ปี ๒๕๖๗'],
    [2, 2566, 'ผลการวิเคราะห์ข้อมูลการดำเนินงาน รอบ ๖ เดือน', '(เดือนตุลาคม ๒๕๖๕ – มีนาคม ๒๕๖๖)', 'สรุปผล ไตรมาส ๒ ปี ๒๕๖๖'],
    [3, 2568, 'ผลการวิเคราะห์ข้อมูลการดำเนินงาน รอบ ๙ เดือน', '(เดือนตุลาคม ๒๕๖๗ – มิถุนายน ๒๕๖๘)', 'สรุปผล ไตรมาส ๓ ปี ๒๕๖๘'],
    [4, 2565, 'ผลการวิเคราะห์ข้อมูลการดำเนินงาน รอบ ๑๒ เดือน', '(เดือนตุลาคม ๒๕๖๔ – กันยายน ๒๕๖๕)', 'สรุปผล ไตรมาส ๔ ปี ๒๕๖๕'],
  ];
  it.each(cases)('quarter %i of FY %i', (quarter, fiscalYear, title, period, name) => {
    const spec = renderSummary({ ...seedReport(), quarter, fiscalYear });
    expect(spec.cells[0].value).toBe(title);
    expect(texts(spec)).toContain(period);
    expect(spec.name).toBe(name);
  });

  it('gives the quarter and the round days in a paragraph of quarter 4', () => {
    const spec = renderSummary({ ...seedReport(), quarter: 4, fiscalYear: 2566 });
    const text = allText(spec);
    expect(text).toContain('ผลการดำเนินงาน ไตรมาส ๔ (เดือนกรกฎาคม - กันยายน ๒๕๖๖)');
    expect(text).toContain('รวมผลการดำเนินงานรอบ ๑๒ เดือน (๑ ตุลาคม ๒๕๖๕ - ๓๐ กันยายน ๒๕๖๖)');
  });

  it('says "จำนวน" for quarter 1, where the round is the quarter', () => {
    const report: Report = { ...seedReport(), quarter: 1, fiscalYear: 2567 };
    const spec = renderSummary(report);
    const p = cellWithText(spec, (s) => s.startsWith('ตัวชี้วัดที่ ๑ จำนวนวิสาหกิจ'));
    expect(p.value).toContain('ผลการดำเนินงาน ไตรมาส ๑ (เดือนตุลาคม - ธันวาคม ๒๕๖๖) จำนวน ๔๒ กิจการ');
    expect(p.value).not.toContain('รวมผลการดำเนินงานรอบ');
  });

  it('leaves the period out when the fiscal year is unknown', () => {
    const spec = renderSummary({ ...seedReport(), fiscalYear: null });
    expect(spec.name).toBe('สรุปผล ไตรมาส ๒');
    expect(spec.cells[0].value).toBe('ผลการวิเคราะห์ข้อมูลการดำเนินงาน รอบ ๖ เดือน');
    expect(allText(spec)).not.toMatch(/เดือนตุลาคม/);
  });
});

describe('the sheet name', () => {
  it('does not take the name of a sheet the user made', () => {
    const name = summarySheetName(2, 2566, 'thai', ['สรุปผล ไตรมาส ๒ ปี ๒๕๖๖']);
    expect(name).toBe('สรุปผล ไตรมาส ๒ ปี ๒๕๖๖ (ระบบ)');
    expect(name.length).toBeLessThanOrEqual(31);
    const again = summarySheetName(2, 2566, 'thai', ['สรุปผล ไตรมาส ๒ ปี ๒๕๖๖', 'สรุปผล ไตรมาส ๒ ปี ๒๕๖๖ (ระบบ)']);
    expect(again).not.toBe(name);
    expect(again.length).toBeLessThanOrEqual(31);
    expect(again).not.toMatch(/[\\/?*[\]:]/);
  });

  it('stays Excel-valid when renderSummary is told the user sheets', () => {
    const spec = renderSummary(seedReport(), { sheetNames: ['แบบรายงานผล', 'สรุปผล ไตรมาส ๒ ปี ๒๕๖๖'] });
    expect(spec.name).toBe('สรุปผล ไตรมาส ๒ ปี ๒๕๖๖ (ระบบ)');
  });
});

describe('a report with nothing in it', () => {
  it('still makes a sheet that says so', () => {
    const empty: Report = { fiscalYear: 2566, quarter: 1, digits: 'thai', tables: [], skipped: [], indicators: [], budget: [], warnings: [] };
    const spec = renderSummary(empty);
    const text = allText(spec);
    expect(text).toContain('ไม่พบตารางผลการใช้จ่ายงบประมาณ');
    expect(text).toContain('ไม่มีตัวชี้วัดหรือแผนงานที่ต่ำกว่าแผน');
    expect(text).toContain('ไม่พบข้อควรตรวจสอบ');
    expect(spec.page.printTitleRows).toBeNull();
    expect(spec.charts).toEqual([]);
  });
});
