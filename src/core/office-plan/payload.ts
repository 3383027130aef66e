/** Request and response sizes: Excel on the web refuses a request or a response over 5 MB, so we count bytes. */

const encoder = new TextEncoder();

/** UTF-8 bytes of a value's JSON (Thai letters are 3 bytes each). */
export function utf8Bytes(data: unknown): number {
  return encoder.encode(JSON.stringify(data) ?? '').length;
}

/** What we allow one sync to carry, leaving room under the 5 MB limit for Office's own envelope. */
export const WRITE_BUDGET = 4_000_000;

/**
 * What Office.js sends beside the data, in bytes, as its own serializer writes a request (measured on
 * excel-web-16.00's, test/excel/officejs-request-bytes.test.ts): every object a command reaches is sent with its
 * path and an action that makes it, and ids grow with a long Excel.run (up to 7 digits), so these are the measured
 * costs at 6-digit ids plus about a tenth.
 */
export const OFFICE_COST = {
  /** A range got by getRangeByIndexes or getRange (measured 195 to 207). */
  range: 230,
  /** An object under a range or a sheet: format, fill, font, borders (measured 140 to 155). */
  object: 170,
  /** A border edge, borders.getItem(edge) (measured 177 to 189). */
  edge: 210,
  /** A property set, a method call or a load, beside its value (measured 98 to 106). */
  action: 120,
  /** Arrays of over 1,500 cells go in row chunks, each with its own range and action: about 0.6 byte a cell. */
  cell: 1,
} as const;

/** Request bytes of writing a 2D array (values or number formats) to a new range. */
export function arrayWriteBytes(data: unknown[][]): number {
  let cells = 0;
  for (const row of data) cells += row.length;
  return OFFICE_COST.range + OFFICE_COST.action + utf8Bytes(data) + cells * OFFICE_COST.cell;
}

/**
 * Packs items into syncs, in order, each sync's bytes (by `bytesOf`) under the budget; an item bigger than the
 * budget on its own gets a sync of its own. The one packer of the adapter: cell writes, the undo snapshot's parts and the summary sheet use it.
 */
export function packBySize<T>(items: T[], bytesOf: (item: T) => number, budget = WRITE_BUDGET): T[][] {
  const syncs: T[][] = [];
  let current: T[] = [];
  let size = 0;
  for (const item of items) {
    const bytes = bytesOf(item);
    if (current.length && size + bytes > budget) {
      syncs.push(current);
      current = [];
      size = 0;
    }
    current.push(item);
    size += bytes;
  }
  if (current.length) syncs.push(current);
  return syncs;
}

