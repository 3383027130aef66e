/**
 * What the add-in keeps in a workbook besides the user's cells, the settings and the ย้อนกลับ snapshot, as custom
 * XML parts (ExcelApi 1.5 `workbook.customXmlParts`; in the file, customXml/item*.xml). Not in very hidden sheets any
 * more: adding a sheet and setting its visibility clear the user's Ctrl+Z on Windows and Mac ("Unsupported APIs" of
 * Microsoft's page "Undo support in Excel add-ins",
 * https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-undo-capabilities; office-js #6170 for add),
 * and no CustomXmlPart call is on that list.
 *
 * Each part is one element of our namespace holding JSON as text:
 *   <settings xmlns="…/settings/1">{"version":1,…}</settings>
 *   <snapshot xmlns="…/undo/1" id="…" at="…" part="1" of="3">…a piece of the snapshot's JSON…</snapshot>
 * A snapshot is cut into parts of at most PART_BYTES: Office on the web refuses a custom XML part over 1 MB
 * (office-js #2408, measured in Word on the web: "precisely 1MB"; Excel on the web has the 5 MB request limit too).
 *
 * Pure: the parser reads the XML text as Excel's getXml answers it and as the .xlsx holds it (with or without an
 * XML declaration, entities, CDATA), for the add-in and the command line alike.
 */
import { parseSettings } from './settings';
import { snapshotFromJson, snapshotJson, SnapshotDamaged, type Snapshot } from './office-plan/snapshot-plan';
import type { Settings } from './types';

export const SETTINGS_NAMESPACE = 'http://schemas.kpi-progress.th/settings/1';
export const UNDO_NAMESPACE = 'http://schemas.kpi-progress.th/undo/1';
/** A snapshot part's most bytes as sent (UTF-8 of the XML in the request's JSON), under the web's 1 MB. */
export const PART_BYTES = 900_000;

/** The root element of a store part: its namespace, local name, attributes and text. */
export interface StoreElement {
  namespace: string | null;
  name: string;
  attributes: Record<string, string>;
  text: string;
}

export class StoreXmlError extends Error {}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) =>
    e[0] === '#' ? String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)) : ENTITIES[e],
  );
}

function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttribute(s: string): string {
  return escapeText(s).replace(/"/g, '&quot;');
}

/** Skips the XML declaration, comments, processing instructions and white space. */
function skipProlog(xml: string, at: number): number {
  for (;;) {
    while (at < xml.length && /\s/.test(xml[at])) at++;
    if (xml.startsWith('<?', at)) at = xml.indexOf('?>', at) + 2;
    else if (xml.startsWith('<!--', at)) at = xml.indexOf('-->', at) + 3;
    else return at;
    if (at < 2) throw new StoreXmlError('an unclosed declaration or comment');
  }
}

/** Reads the one root element of a part. Child elements are read as their text (ours have none). */
export function readStoreXml(xml: string): StoreElement {
  const start = skipProlog(xml.replace(/^\uFEFF/, ''), 0);
  const body = xml.replace(/^\uFEFF/, '');
  const tag = /^<([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/.exec(body.slice(start));
  if (!tag) throw new StoreXmlError('no root element');
  const prefix = tag[1] ? tag[1].slice(0, -1) : '';
  const attributes: Record<string, string> = {};
  for (const a of tag[3].matchAll(/([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) attributes[a[1]] = decodeEntities(a[2] ?? a[3]);
  const namespace = attributes[prefix ? `xmlns:${prefix}` : 'xmlns'] ?? null;
  const own = Object.fromEntries(Object.entries(attributes).filter(([k]) => k !== 'xmlns' && !k.startsWith('xmlns:')));
  const open = start + tag[0].length;
  if (tag[4]) return { namespace, name: tag[2], attributes: own, text: '' };
  const closing = `</${tag[1] ?? ''}${tag[2]}`;
  const end = body.lastIndexOf(closing);
  if (end < open || !/^\s*>\s*$/.test(body.slice(end + closing.length).replace(/<!--[\s\S]*?-->/g, ''))) {
    throw new StoreXmlError(`<${tag[2]}> is not closed`);
  }
  const inner = body.slice(open, end);
  let text = '';
  // CDATA as it is; elsewhere entities decoded and any child element's tags dropped.
  for (const piece of inner.split(/(<!\[CDATA\[[\s\S]*?\]\]>)/)) {
    if (piece.startsWith('<![CDATA[')) text += piece.slice(9, -3);
    else text += decodeEntities(piece.replace(/<!--[\s\S]*?-->/g, '').replace(/<[^>]*>/g, ''));
  }
  return { namespace, name: tag[2], attributes: own, text };
}

/** The settings part's XML. */
export function settingsXml(settings: Partial<Settings>): string {
  return `<settings xmlns="${SETTINGS_NAMESPACE}">${escapeText(JSON.stringify({ version: 1, ...settings }))}</settings>`;
}

/** The settings of a part, read defensively (core/settings.ts parseSettings); null when the part is not ours. */
export function settingsFromXml(xml: string): { settings: Partial<Settings>; problems: string[] } | null {
  let element: StoreElement;
  try {
    element = readStoreXml(xml);
  } catch {
    return { settings: {}, problems: ['การตั้งค่าที่บันทึกไว้อ่านไม่ได้: ใช้ค่าเริ่มต้น'] };
  }
  if (element.namespace !== SETTINGS_NAMESPACE || element.name !== 'settings') return null;
  return parseSettings([element.text]);
}

/**
 * The saved settings, from the store's parts when there is one of ours, else from an older workbook's settings
 * sheet (`legacyChunks`, its column A), else none.
 */
export function storedSettings(parts: string[], legacyChunks: string[] | null): { settings: Partial<Settings>; problems: string[]; from: 'store' | 'sheet' | 'none' } {
  for (const xml of parts) {
    const read = settingsFromXml(xml);
    if (read) return { ...read, from: 'store' };
  }
  if (legacyChunks?.length) return { ...parseSettings(legacyChunks), from: 'sheet' };
  return { settings: {}, problems: [], from: 'none' };
}

/** UTF-8 bytes of one UTF-16 unit as it travels in a request: JSON escapes, XML escapes, surrogates 2 + 2. */
function unitBytes(code: number): number {
  if (code === 0x22 || code === 0x5c) return 2; // '"' and '\' escaped in the request's JSON
  if (code === 0x26) return 5; // &amp;
  if (code === 0x3c || code === 0x3e) return 4; // &lt; &gt;
  if (code < 0x20) return 6;
  if (code < 0x80) return 1;
  if (code < 0x800) return 2;
  if (code >= 0xd800 && code <= 0xdfff) return 2;
  return 3;
}

/** Cuts `text` into pieces of at most `bytes` each as sent, never inside a surrogate pair. */
export function cutByBytes(text: string, bytes: number): string[] {
  const pieces: string[] = [];
  let from = 0;
  let size = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // A surrogate pair (an emoji) travels as one 4-byte letter and is never cut.
    const pair = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length;
    const b = pair ? 4 : unitBytes(code);
    if (size + b > bytes && i > from) {
      pieces.push(text.slice(from, i));
      from = i;
      size = 0;
    }
    size += b;
    if (pair) i++;
  }
  if (from < text.length || !pieces.length) pieces.push(text.slice(from));
  return pieces;
}

/** Room an element's tags and attributes take in a part, beside its text. */
const PART_ENVELOPE = 400;

/** The snapshot as store parts, each at most `maxBytes` as sent (PART_BYTES, or less under a smaller budget). */
export function snapshotParts(snapshot: Snapshot, maxBytes = PART_BYTES): string[] {
  const pieces = cutByBytes(snapshotJson(snapshot), Math.max(1_000, maxBytes - PART_ENVELOPE));
  const head = (i: number) =>
    `<snapshot xmlns="${UNDO_NAMESPACE}" id="${escapeAttribute(snapshot.id)}" at="${escapeAttribute(snapshot.at)}" part="${i + 1}" of="${pieces.length}" cells="${snapshot.cells.length}">`;
  return pieces.map((piece, i) => `${head(i)}${escapeText(piece)}</snapshot>`);
}

/**
 * The snapshot in a workbook's undo parts: null when there is none. Parts are grouped by id; of the snapshots whose
 * parts are all there, the latest run's (a run whose older parts were not removed yet leaves two). Parts there but
 * no snapshot whole: SnapshotDamaged (nothing is restored from half a snapshot).
 */
export function snapshotFromParts(xmls: string[]): Snapshot | null {
  const runs = new Map<string, { at: string; of: number; pieces: Map<number, string> }>();
  for (const xml of xmls) {
    let element: StoreElement;
    try {
      element = readStoreXml(xml);
    } catch {
      continue;
    }
    if (element.namespace !== UNDO_NAMESPACE || element.name !== 'snapshot') continue;
    const { id, at = '', part, of } = element.attributes;
    const n = Number(part);
    const total = Number(of);
    if (!id || !Number.isInteger(n) || !Number.isInteger(total) || n < 1 || n > total) continue;
    let run = runs.get(id);
    if (!run) runs.set(id, (run = { at, of: total, pieces: new Map() }));
    if (run.of === total) run.pieces.set(n, element.text);
  }
  if (!runs.size) {
    if (xmls.length) throw new SnapshotDamaged('no part can be read');
    return null;
  }
  const whole = [...runs.entries()].filter(([, r]) => r.pieces.size === r.of).sort(([, a], [, b]) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
  if (!whole.length) throw new SnapshotDamaged('a part is missing');
  const [id, run] = whole[0];
  const json = Array.from({ length: run.of }, (_, i) => run.pieces.get(i + 1)!).join('');
  return snapshotFromJson(json, id);
}
