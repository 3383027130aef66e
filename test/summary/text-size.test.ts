import { columnPx, rowHeightFor, textWidthPx, wrapLines, wrapSpans } from '../../src/core/summary/text-size';

describe('how much room Thai text takes in TH SarabunPSK 16', () => {
  it('measures a status word close to the font (ก้าวหน้ากว่าแผน is 106.2 pt wide in Laksaman)', () => {
    const pt = (textWidthPx('ก้าวหน้ากว่าแผน', 16) * 72) / 96;
    expect(pt).toBeGreaterThan(100);
    expect(pt).toBeLessThan(112);
  });

  it('gives marks above and below no width', () => {
    expect(textWidthPx('ที่', 16)).toBe(textWidthPx('ท', 16));
  });

  it('keeps a word that fits on one line, and wraps a long name over several', () => {
    expect(wrapLines('ก้าวหน้ากว่าแผน', columnPx(22.5) - 8, 16)).toHaveLength(1);
    const name = 'ระดับความสำเร็จการจัดทำแผนการส่งเสริมวิสาหกิจเพื่อสังคมแห่งชาติ ประกอบด้วย ยุทธศาสตร์ นโยบาย และแผนการส่งเสริมวิสาหกิจเพื่อสังคมแห่งชาติ พ.ศ. ๒๕๖๖ - ๒๕๗๐';
    const narrow = wrapLines(name, columnPx(30) - 8, 16).length;
    const wide = wrapLines(name, columnPx(45.5) - 8, 16).length;
    expect(narrow).toBeGreaterThan(wide);
    expect(wide).toBeGreaterThanOrEqual(4);
  });

  it('never starts a line with a mark, and loses no letter', () => {
    const text = 'ผลการดำเนินงานก้าวหน้ากว่าเป้าหมายที่ตั้งไว้โดยผลการดำเนินงานมีจำนวนวิสาหกิจเพื่อสังคมเพิ่มขึ้น';
    const lines = wrapLines(text, 120, 16);
    for (const l of lines) expect(l).not.toMatch(/^[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]/);
    expect(lines.join('')).toBe(text);
  });

  it('gives the lines back as spans of the text', () => {
    const text = 'ผลการเบิกจ่าย ณ สิ้นไตรมาส ๒ จำนวน ๖.๗๙๐๒ ล้านบาท คิดเป็นร้อยละ ๔๙.๖๐ ของงบประมาณที่ได้รับ (๑๓.๖๙๐๑ ล้านบาท)';
    const spans = wrapSpans(text, 200, 16);
    expect(spans.length).toBeGreaterThan(1);
    for (let i = 1; i < spans.length; i++) expect(spans[i].start).toBeGreaterThanOrEqual(spans[i - 1].end);
    expect(spans[spans.length - 1].end).toBe(text.length);
  });

  it('makes a row tall enough for its lines at the line pitch LibreOffice prints (1.64 em, fonts.ts)', () => {
    expect(rowHeightFor(1, 16)).toBeGreaterThanOrEqual(26.24);
    expect(rowHeightFor(3, 16) - rowHeightFor(2, 16)).toBeCloseTo(26.24, 0);
  });
});
