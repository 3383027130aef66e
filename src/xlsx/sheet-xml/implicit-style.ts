/**
 * The style of a cell the sheet's XML does not hold: its row's (`<row s="…" customFormat="1">`), else its column's
 * (`<col min max style>`), else 0 — as Excel shows such a cell and gives it when typed in. A `<c>` without `s` is
 * style 0 (ECMA-376 part 1, 18.3.1.4: s defaults to 0), whatever its row or column. The reader takes a cell's
 * locking from here (a column or row the user unlocked), and the patcher gives a new cell this style.
 */
import { attribute } from './xml-text';

export interface ColumnStyles {
  /** The column's style (0-based column), 0 where it has none. */
  at(col: number): number;
  /** The columns with a style, 0-based, inclusive. */
  spans: readonly { min: number; max: number; style: number }[];
}

export function columnStyles(xml: string, p: string): ColumnStyles {
  const spans: { min: number; max: number; style: number }[] = [];
  const cols = new RegExp(`<${p}cols>([\\s\\S]*?)<\\/${p}cols>`).exec(xml);
  if (cols) {
    for (const t of cols[1].matchAll(new RegExp(`<${p}col\\b[^>]*>`, 'g'))) {
      const style = Number(attribute(t[0], 'style') ?? 0);
      if (style) spans.push({ min: Number(attribute(t[0], 'min')) - 1, max: Number(attribute(t[0], 'max')) - 1, style });
    }
  }
  return { spans, at: (col) => spans.find((s) => col >= s.min && col <= s.max)?.style ?? 0 };
}

/** The style a `<row>`'s attributes give its cells not in the XML: `s` where `customFormat` is set, else none. */
export function rowStyle(rowAttrs: string): number | undefined {
  return /\bcustomFormat\s*=\s*["'](1|true)["']/.test(rowAttrs) ? Number(attribute(rowAttrs, 's') ?? 0) : undefined;
}
