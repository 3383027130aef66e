/** The size of the in-memory Excel's requests and responses, as Office.js would send them (engine.ts counts them). */
import type { Action } from './engine';

const encoder = new TextEncoder();
export function jsonBytes(data: unknown): number {
  return encoder.encode(JSON.stringify(data) ?? '').length;
}

/**
 * A request's bytes as Office.js's own serializer writes it, measured on excel-web-16.00 (the measured figures are
 * in test/excel/officejs-request-bytes.test.ts, which holds this model to them): each object a command reaches is
 * sent with its path (a range about 200 bytes; the objects under a range's format that a set goes through, its
 * font, fill, borders, about 145, a border edge about 180), each command as an action of about 100 bytes besides
 * its value's JSON, and arrays of over 1,500 cells cut into row chunks (about 0.6 byte a cell).
 */
export function requestBytes(actions: Action[]): number {
  let bytes = REQUEST_ENVELOPE;
  const objects = new Set<number>();
  const parts = new Set<string>();
  const addressed = new Set<number>();
  for (const { json } of actions) {
    const a = json as { reach?: number[]; on?: number; set?: string; value?: unknown; args?: unknown; props?: unknown; address?: unknown };
    const reach = a.reach ?? [a.on ?? -1];
    for (const id of reach) objects.add(id);
    // getRanges' address goes with its object's path, once.
    if (a.address !== undefined && !addressed.has(reach[0])) {
      addressed.add(reach[0]);
      bytes += jsonBytes(a.address);
    }
    bytes += ACTION_BYTES + jsonBytes(a.value ?? a.args ?? a.props ?? null);
    if (Array.isArray(a.value) && Array.isArray(a.value[0])) {
      for (const row of a.value as unknown[][]) bytes += row.length * CHUNK_BYTES_PER_CELL;
    }
    // 'fill.color', 'font.bold', 'borders.EdgeTop.style': the objects between the format and the property.
    if (a.set && a.on !== undefined) {
      const steps = a.set.split('.');
      for (let i = 1; i < steps.length; i++) parts.add(`${a.on}:${steps.slice(0, i).join('.')}`);
    }
  }
  bytes += objects.size * OBJECT_PATH_BYTES;
  for (const part of parts) bytes += part.includes('.') ? EDGE_PATH_BYTES : PART_PATH_BYTES;
  return Math.round(bytes);
}

/** The request's own envelope and the workbook → worksheets → sheet paths (measured 230 to 390 bytes). */
const REQUEST_ENVELOPE = 400;
const OBJECT_PATH_BYTES = 200;
const PART_PATH_BYTES = 145;
const EDGE_PATH_BYTES = 180;
const ACTION_BYTES = 100;
const CHUNK_BYTES_PER_CELL = 0.6;
