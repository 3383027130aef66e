/**
 * The summary sheet's writes as plain data: each cell's style as settings on Office.js objects, cells of one style
 * joined into rectangles, merged areas, rows in bands of about a sync's bytes, runs of one width or height. Pure:
 * src/excel/write-sheet-spec.ts turns them into Office.js calls.
 */
import type { CellRange } from '../grid';
import type { BorderEdge, CellSpec, SheetSpec } from '../summary/sheet-spec';
import { coveringRectangles } from './rectangles';
import { OFFICE_COST, utf8Bytes } from './payload';

const { range: RANGE, object: OBJECT, edge: EDGE, action: ACTION } = OFFICE_COST;

/** Consecutive rows whose bytes stay under `limit` (a row over it alone is a band); `reach[r]`: r's band goes on to there. */
export function rowBands(rowBytes: number[], reach: number[], limit: number): RowSpan[] {
  const bands: RowSpan[] = [];
  let band: RowSpan | null = null;
  let bytes = 0;
  let mustReach = -1;
  for (let r = 0; r < rowBytes.length; r++) {
    if (band && r > mustReach && bytes + rowBytes[r] > limit) {
      bands.push(band);
      band = null;
    }
    if (!band) {
      band = { top: r, bottom: r };
      bytes = 0;
    }
    band.bottom = r;
    bytes += rowBytes[r];
    mustReach = Math.max(mustReach, reach[r]);
  }
  if (band) bands.push(band);
  return bands;
}

export interface RowSpan {
  top: number;
  bottom: number;
}

export function clip(rect: CellRange, band: RowSpan): CellRange | null {
  const top = Math.max(rect.top, band.top);
  const bottom = Math.min(rect.bottom, band.bottom);
  return top <= bottom ? { ...rect, top, bottom } : null;
}

/** Settings on these objects go to address lists; a border edge's to its rectangle (its inside edges differ). */
export const PLAIN_TARGETS = new Set(['font', 'fill', 'format']);

/**
 * Request bytes of a range's settings: the range, each object they reach (its format; the font, the fill, the
 * borders and each border edge), and a set each (a bordered block's twelve to eighteen edge sets come to about 4 KB).
 */
export function settingsBytes(settings: Setting[]): number {
  const targets = new Set(settings.map(([target]) => target));
  let bytes = RANGE + OBJECT;
  let edges = 0;
  for (const t of targets) {
    if (t === 'font' || t === 'fill') bytes += OBJECT;
    else if (t !== 'format') edges++;
  }
  if (edges) bytes += OBJECT + edges * EDGE;
  for (const [, , v] of settings) bytes += ACTION + utf8Bytes(v);
  return bytes;
}

/** A cell style as the properties to set: [object, property, value]; object is 'font', 'fill', 'format' or a border edge. */
export type Setting = [target: string, key: string, value: string | number | boolean];

/** Cells that take the same settings, as one range (its inside borders added when written: withInsideEdges). */
export interface StyleBlock {
  rect: CellRange;
  settings: Setting[];
}

/**
 * The cells' styles as few ranges: each property (bold, a fill colour, an alignment…) goes to the cells that have
 * it, in rectangles (see `rectangles`), so a table's alignment or font is a few commands however its status
 * colours vary. Borders go as a whole (the four
 * edges of a cell): a rectangle gets its outer edges plus Excel's inside edges, which draw each inner cell's edges
 * on both sides; so cells join across a row only where their left and right borders are the same, and down a
 * column only where their top and bottom ones are (true of every bordered summary cell: all four).
 */
export function styleBlocks(spec: SheetSpec): StyleBlock[] {
  const groups = new Map<string, { settings: Setting[]; across: boolean; down: boolean; cells: CellSpec[] }>();
  const add = (settings: Setting[], cell: CellSpec, across = true, down = true) => {
    const key = settings.map(([target, k, v]) => `${target}.${k}=${JSON.stringify(v)}`).join('|');
    const group = groups.get(key);
    if (group) group.cells.push(cell);
    else groups.set(key, { settings, across, down, cells: [cell] });
  };
  const same = (a?: BorderEdge, b?: BorderEdge) => JSON.stringify(a) === JSON.stringify(b);
  for (const cell of spec.cells) {
    const settings = styleSettings(spec, cell);
    const edges = settings.filter(([target]) => target.startsWith('Edge'));
    for (const setting of settings) if (!setting[0].startsWith('Edge')) add([setting], cell);
    const b = cell.border;
    if (b && edges.length) add(edges, cell, same(b.left, b.right), same(b.top, b.bottom));
  }
  const blocks: StyleBlock[] = [];
  for (const { settings, across, down, cells } of groups.values()) {
    for (const rect of coveringRectangles(cells, across, down)) blocks.push({ rect, settings });
  }
  return blocks;
}

/** A rectangle's inside edges drawn like its outer ones (see styleBlocks). */
export function withInsideEdges(settings: Setting[], rect: CellRange): Setting[] {
  const out = [...settings];
  for (const [target, key, value] of settings) {
    if (target === 'EdgeTop' && rect.bottom > rect.top) out.push(['InsideHorizontal', key, value]);
    if (target === 'EdgeLeft' && rect.right > rect.left) out.push(['InsideVertical', key, value]);
  }
  return out;
}

/** Merged areas; one-row areas of the same columns on consecutive rows go in as one "merge across". */
export function mergeAreas(spec: SheetSpec): { rect: CellRange; across: boolean }[] {
  const out: { rect: CellRange; across: boolean }[] = [];
  const open = new Map<string, CellRange>();
  for (const m of [...spec.merges].sort((a, b) => a.top - b.top || a.left - b.left)) {
    if (m.top !== m.bottom) {
      out.push({ rect: { ...m }, across: false });
      continue;
    }
    const at = `${m.left}:${m.right}`;
    const above = open.get(at);
    if (above && above.bottom === m.top - 1) above.bottom = m.top;
    else {
      const rect = { ...m };
      out.push({ rect, across: true });
      open.set(at, rect);
    }
  }
  return out;
}

export function styleSettings(spec: SheetSpec, c: CellSpec): Setting[] {
  const out: Setting[] = [];
  const f = c.font;
  if (f) {
    if (f.name && f.name !== spec.font.name) out.push(['font', 'name', f.name]);
    if (f.size && f.size !== spec.font.size) out.push(['font', 'size', f.size]);
    if (f.bold) out.push(['font', 'bold', true]);
    if (f.italic) out.push(['font', 'italic', true]);
    if (f.underline) out.push(['font', 'underline', 'Single']);
    if (f.color) out.push(['font', 'color', `#${f.color}`]);
  }
  if (c.fill) out.push(['fill', 'color', `#${c.fill}`]);
  const a = c.alignment;
  if (a) {
    if (a.horizontal) out.push(['format', 'horizontalAlignment', HORIZONTAL[a.horizontal]]);
    if (a.vertical) out.push(['format', 'verticalAlignment', VERTICAL[a.vertical]]);
    if (a.wrap) out.push(['format', 'wrapText', true]);
    if (a.indent) out.push(['format', 'indentLevel', a.indent]);
  }
  const b = c.border;
  if (b) {
    const edges: [keyof typeof b, string][] = [
      ['top', 'EdgeTop'],
      ['bottom', 'EdgeBottom'],
      ['left', 'EdgeLeft'],
      ['right', 'EdgeRight'],
    ];
    for (const [key, edge] of edges) {
      const e = b[key];
      if (!e) continue;
      out.push([edge, 'style', e.style === 'double' ? 'Double' : 'Continuous']);
      out.push([edge, 'weight', ({ hair: 'Hairline', thin: 'Thin', medium: 'Medium', double: 'Thick' } as const)[e.style]]);
      out.push([edge, 'color', `#${e.color ?? '000000'}`]);
    }
  }
  return out;
}

export const HORIZONTAL: Record<string, string> = {
  left: 'Left',
  center: 'Center',
  right: 'Right',
  justify: 'Justify',
  centerContinuous: 'CenterAcrossSelection',
};

export const VERTICAL: Record<string, string> = {
  top: 'Top',
  middle: 'Center',
  bottom: 'Bottom',
};

/** Runs of consecutive positions holding the same value (a later entry for a position wins, as written in order). */
export function sameRuns(entries: { at: number; value: number }[]): { first: number; count: number; value: number }[] {
  const byAt = new Map<number, number>();
  for (const e of entries) byAt.set(e.at, e.value);
  const runs: { first: number; count: number; value: number }[] = [];
  for (const [at, value] of [...byAt].sort((a, b) => a[0] - b[0])) {
    const last = runs[runs.length - 1];
    if (last && last.value === value && last.first + last.count === at) last.count++;
    else runs.push({ first: at, count: 1, value });
  }
  return runs;
}

