/**
 * How the ย้อนกลับ snapshot's custom XML parts travel: the size of a part under a sync's budget, parts packed into
 * syncs, how many to read back per sync. Pure: src/excel/undo-snapshot.ts makes the calls.
 */
import { PART_BYTES } from '../store-xml';
import { OFFICE_COST, packBySize, utf8Bytes } from './payload';

/** A part's most bytes: PART_BYTES (under the web's 1 MB a part), or half the sync's budget when that is smaller. */
export function partBytes(budget: number): number {
  return Math.max(1_000, Math.min(PART_BYTES, Math.floor(budget / 2) - 2 * OFFICE_COST.action));
}

/** Request bytes of adding one part: its XML as a JSON string, and the call. */
export function partRequestBytes(xml: string): number {
  return utf8Bytes(xml) + OFFICE_COST.action + OFFICE_COST.object;
}

/** The parts, in order, into syncs under the budget (a part over the budget alone gets a sync of its own). */
export function packParts(parts: string[], budget: number): string[][] {
  return packBySize(parts, partRequestBytes, budget);
}

/** Parts whose XML one sync may read back (getXml) and stay under the budget: parts are at most partBytes(budget). */
export function partsPerRead(budget: number): number {
  return Math.max(1, Math.floor(budget / (partBytes(budget) + OFFICE_COST.action)));
}

/** Pieces of `list`, `per` at a time, in order. */
export function inPieces<T>(list: T[], per: number): T[][] {
  const pieces: T[][] = [];
  for (let i = 0; i < list.length; i += per) pieces.push(list.slice(i, i + per));
  return pieces;
}
