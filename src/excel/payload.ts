/** Request and response sizes: Excel on the web refuses a request or a response over 5 MB, so we count bytes. */

const encoder = new TextEncoder();

/** UTF-8 bytes of a value's JSON (Thai letters are 3 bytes each). */
export function utf8Bytes(data: unknown): number {
  return encoder.encode(JSON.stringify(data) ?? '').length;
}

/** What we allow one sync to carry, leaving room under the 5 MB limit for Office's own envelope. */
export const WRITE_BUDGET = 4_000_000;
