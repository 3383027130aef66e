/**
 * The text measures, made fast for a summary of 100,000 indicators (40 million letters), measure as they did:
 * the first version, kept here as the reference, and the new one agree on every text, width and weight.
 */
import fc from 'fast-check';
import { EM, FILL, PX_PER_PT, THAI_NARROW, isCombining, textWidthPx, wrapLines } from '../../src/core/summary/text-size';

// ---- the first version, letter by letter (text-size.ts before 2 December 2026), on the same measured widths ----
function charEm(ch: string, bold: boolean): number {
  const m = bold ? EM.bold : EM.regular;
  const c = ch.codePointAt(0) ?? 0;
  if (isCombining(c)) return 0;
  if (ch in THAI_NARROW) return THAI_NARROW[ch];
  if (c >= 0x0e50 && c <= 0x0e59) return m.thaiDigit;
  if (c >= 0x0e01 && c <= 0x0e5b) return m.thai;
  if (c >= 0x30 && c <= 0x39) return m.digit;
  if (c >= 0x61 && c <= 0x7a) return m.lower;
  if (c >= 0x41 && c <= 0x5a) return m.upper;
  if (ch === ' ') return m.space;
  return m.other;
}

/** Width of one line of text in pixels at `pt` points. */
function textWidthPx1(text: string, pt: number, bold = false): number {
  let em = 0;
  for (const ch of text) em += charEm(ch, bold);
  return em * pt * PX_PER_PT;
}

/**
 * Lines the text wraps to in a cell `widthPx` wide. Thai writes words together and LibreOffice (and Excel)
 * break between Thai words, so a line can end almost anywhere: the estimate fills each line letter by letter
 * (never before an above/below mark), breaks at the last space when there is one near the end, and leaves
 * FILL of the width for the word that did not fit. Explicit line breaks ('\n') count.
 */
function wrapLines1(text: string, widthPx: number, pt: number, bold = false): string[] {
  const out: string[] = [];
  const room = Math.max(widthPx * FILL, pt * PX_PER_PT);
  for (const para of text.split('\n')) {
    // What fits whole needs no break, so no room is lost to one.
    if (textWidthPx1(para, pt, bold) <= widthPx) {
      out.push(para);
      continue;
    }
    let line = '';
    let width = 0;
    for (const ch of para) {
      const w = charEm(ch, bold) * pt * PX_PER_PT;
      if (line !== '' && width + w > room && !isCombining(ch.codePointAt(0) ?? 0)) {
        // Prefer the last space in the line's last fifth: a Latin word or a number stays whole.
        const space = line.lastIndexOf(' ');
        if (space > 0 && textWidthPx1(line.slice(space), pt, bold) < room / 5) {
          out.push(line.slice(0, space));
          line = line.slice(space + 1);
        } else {
          out.push(line);
          line = '';
        }
        if (ch === ' ' && line === '') {
          width = 0;
          continue;
        }
        width = textWidthPx1(line, pt, bold);
      }
      line += ch;
      width += w;
    }
    out.push(line);
  }
  return out;
}

// ---- the checks ----
const letters = [...'กขคงจฉชซญฎฐณดตถทนบปผพฟภมยรลวศษสหฬอฮะาำิีึืุูเแโใไๅๆ็่้๊๋์ั๐๑๒๓๔๕๖๗๘๙0123456789 ,.()%-/abcXYZ\n'];
const text = fc.oneof(
  fc.string({ unit: fc.constantFrom(...letters), maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
);

test('widths and wrapped lines are those of the first version, for any text, width, size and weight', () => {
  fc.assert(
    fc.property(text, fc.integer({ min: 1, max: 900 }), fc.constantFrom(14, 16, 18), fc.boolean(), (s, width, pt, bold) => {
      expect(textWidthPx(s, pt, bold)).toBe(textWidthPx1(s, pt, bold));
      expect(wrapLines(s, width, pt, bold)).toEqual(wrapLines1(s, width, pt, bold));
    }),
    { numRuns: 2_000 },
  );
});
