/**
 * The summary's indicator table gives a name in two lines at most, '…' after. Thai writes its words together, so the
 * cut must fall where a word ends (as Intl.Segmenter finds Thai words), never inside a number nor before a vowel or
 * tone mark. Read back from the summary sheet of .xlsx files, as a user reads it.
 */
import ExcelJS from 'exceljs';
import { buildSeedWorkbook } from '../fixtures/seed-workbook';
import { lay, styleTable } from '../fixtures/sheet-style';
import { summarySheetOf } from '../helpers/workbook-files';

/** The indicator table's name cells (column B after the ลำดับ header) that were cut, with '…'. */
async function cutNames(wb: ExcelJS.Workbook, file: string): Promise<string[]> {
  const ws = await summarySheetOf(wb, file);
  const out: string[] = [];
  ws.eachRow((row) => {
    const order = row.getCell(1).value;
    const name = row.getCell(2).value;
    if (typeof order === 'number' && typeof name === 'string' && name.endsWith('…')) out.push(name);
  });
  return out;
}

const WORDS = new Intl.Segmenter('th', { granularity: 'word' });

/** Where the segments of `text` end. */
function segmentEnds(text: string): Set<number> {
  return new Set([...WORDS.segment(text)].map((s) => s.index + s.segment.length));
}

/** The full name a cut name comes from (the summary drops the form's leading number '๑. '). */
function fullNameOf(cut: string, names: string[]): string {
  const kept = cut.slice(0, -1);
  const full = names.map((n) => n.replace(/^[0-9๐-๙.]+\s+/, '')).find((n) => n.startsWith(kept));
  if (full === undefined) throw new Error(`"${cut}" is not the start of any indicator's name`);
  return full;
}

function expectCutAtWordEnds(cuts: string[], names: string[]): void {
  for (const cut of cuts) {
    const full = fullNameOf(cut, names);
    const kept = cut.slice(0, -1);
    // The text kept ends where a segment of the full name ends: not inside a word or a number, no mark left over.
    expect({ cut, atSegmentEnd: segmentEnds(full).has(kept.length) }).toEqual({ cut, atSegmentEnd: true });
    expect(full[kept.length]).not.toMatch(/[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]/);
    expect(kept.length).toBeLessThan(full.length);
    // A number is kept whole or left out whole.
    if (/[0-9๐-๙]$/.test(kept)) expect({ cut, next: full[kept.length] }).not.toEqual({ cut, next: expect.stringMatching(/[0-9๐-๙,.]/) });
  }
}

describe('the seed: long names cut where a word ends', () => {
  test('every cut name is the start of its name, ending where a Thai word ends, then …', async () => {
    const wb = buildSeedWorkbook();
    const names: string[] = [];
    for (const ws of wb.worksheets)
      ws.eachRow((row) => row.eachCell((c) => typeof c.value === 'string' && names.push(c.value)));
    const cuts = await cutNames(wb, 'seed.xlsx');
    expect(cuts.length).toBeGreaterThan(5);
    expectCutAtWordEnds(cuts, names);
    // "ผลการดำเนินงาน" is not cut to "ผลกา": the cut comes after a whole word.
    expect(cuts).toContain('จำนวนวิสาหกิจเพื่อสังคม ที่ได้รับการกำกับติดตาม ผลการดำเนินงาน…');
  }, 60_000);
});

describe('numbers inside long names stay whole', () => {
  // The same long name with the number further along in each row: wherever the second line ends, a number there is
  // one word (๑,๒๓๔,๕๖๗ / 1,234,567.89) and is kept whole or left out whole.
  const words = ['วิสาหกิจ', 'เพื่อ', 'สังคม', 'และ', 'กลุ่ม', 'กิจการ', 'เพื่อ', 'สังคม', 'ที่', 'ได้รับ', 'การ', 'ส่งเสริม', 'และ', 'พัฒนา', 'ศักยภาพ'];
  const filler = words.join('');
  const names = Array.from({ length: 24 }, (_, i) => {
    const number = i % 2 === 0 ? '๑,๒๓๔,๕๖๗' : '1,234,567.89';
    const start = [...words, ...words].slice(0, 4 + i).join('');
    return `จำนวน${start} ไม่น้อยกว่า ${number} ราย ${filler}`;
  });

  test('no cut ends inside a number', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('ตัวชี้วัด');
    ws.getCell('A1').value = 'ผลการดำเนินงานตามตัวชี้วัด ประจำปีงบประมาณ พ.ศ. 2568';
    lay(ws, 3, [
      ['ลำดับ', 'ตัวชี้วัด', 'หน่วยนับ', 'ค่าเป้าหมาย', 'ไตรมาส 1', 'ไตรมาส 2', 'ไตรมาส 3', 'ไตรมาส 4'],
      ...names.map((n, i) => [i + 1, n, 'ราย', 100, 20, 30]),
    ]);
    styleTable(ws, `A3:H${3 + names.length}`, 1);
    const cuts = await cutNames(wb, 'numbers.xlsx');
    expect(cuts).toHaveLength(names.length);
    const insideNumbers = cuts.filter((cut) => /[0-9๐-๙][,.]?$/.test(cut.slice(0, -1)) && /^[,.]?[0-9๐-๙]/.test(fullNameOf(cut, names).slice(cut.length - 1)));
    expect(insideNumbers).toEqual([]);
    expectCutAtWordEnds(cuts, names);
  }, 60_000);
});
