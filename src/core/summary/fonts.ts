/**
 * The fonts the summary may be drawn in, and how wide each draws Thai text relative to TH SarabunPSK at the same
 * point size: decided here once, so rows are as tall as their text needs in the widest of them and no taller
 * (DOMAIN.md, "The summary sheet").
 *
 * The sheet names TH SarabunPSK 16 pt (TH Sarabun New where it is missing: the same design and metrics). Where
 * neither is installed the text is drawn in another font:
 * - Windows (Excel desktop): the system's Thai fallback, Leelawadee UI (Windows 10 and later) or Tahoma;
 * - Mac: Thonburi, the system's Thai font;
 * - Excel on the web: the browser's Thai fallback of the same system, unless the font is installed there;
 * - LibreOffice on Linux (how this project renders the summary to check it): Laksaman, which fonts-thai-tlwg names
 *   as TH Sarabun's substitute (its fontconfig rule 89-tlwg-laksaman-synthetic.conf scales Laksaman by 0.66 to
 *   match TH Sarabun; LibreOffice ignores that scale and draws Laksaman at full size).
 * Leelawadee UI and Tahoma were measured from Microsoft's font files (Leelawadee UI 5.05 as Windows 10 ships it, its
 * Bold; Tahoma 7.00 and its Bold; Tahoma 6.96 measures the same). Thonburi could not be measured (no copy of the file
 * was at hand); the sans-serif Thai UI fonts of fonts-thai-tlwg (Loma, Garuda, Sawasdee) stand in for it, and as they
 * are wider than Leelawadee UI and Tahoma in both weights they set the widest. Windows 7 and 8's Leelawadee (the
 * non-UI design) was not measured either.
 *
 * `width` is the advance width of the summary's own text in that font divided by its width in TH SarabunPSK: the
 * seed's summary, 12,219 letters for the tlwg fonts and 11,272 for Leelawadee UI and Tahoma (measured later; on that
 * text the tlwg fonts come within 0.004 of their figures below), measured from the font files with fontTools (hmtx
 * advances through the cmap; Thai marks have no advance). TH SarabunPSK itself is Laksaman × 0.66 (the fontconfig
 * rule above; a TH Sarabun metrics file gives digits 362/1000 em and space 216/1000 em against Laksaman's 544 and
 * 324: 0.665). LibreOffice's Laksaman was checked in a rendered PDF: '๒๑๔' printed 2.025 em wide at the printed
 * size.
 */

export interface SummaryFont {
  name: string;
  /** Where it draws the summary. */
  where: string;
  /** Width of Thai text relative to TH SarabunPSK at the same size: regular and bold. */
  width: { regular: number; bold: number };
}

export const SUMMARY_FONTS: readonly SummaryFont[] = [
  { name: 'TH SarabunPSK', where: 'the font the sheet names', width: { regular: 1, bold: 1 } },
  { name: 'TH Sarabun New', where: 'its declared fallback (same metrics)', width: { regular: 1, bold: 1 } },
  { name: 'Laksaman', where: 'LibreOffice on Linux (fonts-thai-tlwg), unscaled', width: { regular: 1.515, bold: 1.515 } },
  { name: 'Leelawadee UI', where: 'Windows 10 and later, and Excel on the web there', width: { regular: 1.404, bold: 1.532 } },
  { name: 'Tahoma', where: 'older Windows, and Excel on the web there', width: { regular: 1.544, bold: 1.626 } },
  { name: 'Loma', where: 'stand-in for Thonburi (Mac)', width: { regular: 1.636, bold: 1.569 } },
  { name: 'Garuda', where: 'stand-in for Thonburi (Mac)', width: { regular: 1.559, bold: 1.638 } },
  { name: 'Sawasdee', where: 'stand-in for Thonburi (Mac)', width: { regular: 1.514, bold: 1.467 } },
];

/** The widest of them, by weight: rows are sized for it. */
export const WIDEST = {
  regular: Math.max(...SUMMARY_FONTS.map((f) => f.width.regular)),
  bold: Math.max(...SUMMARY_FONTS.map((f) => f.width.bold)),
};

/**
 * The line pitch rows are sized with, in em of the point size: the tallest measured where the summary is drawn,
 * LibreOffice's Laksaman (20.95 pt between lines of 16 pt text printed at 80 %: 1.637 em). TH SarabunPSK's own
 * lines are lower (Laksaman's 1.957 em × 0.66 ≈ 1.29 em); the stand-ins' own (Loma 1.59, Sawasdee 1.57, Garuda 1.88 em)
 * are not the fonts' they stand in for, and are not used. Leelawadee UI's lines are 1.33 em and Tahoma's 1.21 em
 * (ascent plus descent, hhea and OS/2 win alike), within 1.64.
 */
export const LINE_EM = 1.64;

/** The font text-size.ts measures in: Laksaman at full size. */
const MEASURED = SUMMARY_FONTS.find((f) => f.name === 'Laksaman')!.width;

/**
 * How much wider than the measured font (text-size.ts) the widest font draws: text is wrapped in a cell this many
 * times narrower, so it takes the lines the widest font needs (about 1.08).
 */
export function widestScale(bold: boolean): number {
  return bold ? WIDEST.bold / MEASURED.bold : WIDEST.regular / MEASURED.regular;
}
