/**
 * Reads a zip (an .xlsx package) into its entries without inflating them: each entry keeps its compressed bytes,
 * so a part the writer does not change is copied as it came (no npm zip library can hand those bytes over).
 * Inflating is on demand, part by part, with Node's zlib.
 */
import { isAscii } from 'node:buffer';
import { inflateRawSync } from 'node:zlib';

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated (the only two an .xlsx uses). */
  method: number;
  crc32: number;
  size: number;
  /** The entry's bytes as stored in the zip (a view into the input). */
  compressed: Buffer;
}

export class ZipError extends Error {}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** The entries of a zip, in the order of its central directory. Throws ZipError on a file that is not a whole zip. */
export function readZip(bytes: Buffer): ZipEntry[] {
  const end = findEndOfCentralDirectory(bytes);
  const end64 = zip64End(bytes, end);
  const count = end64?.count ?? bytes.readUInt16LE(end + 10);
  let at = end64?.at ?? bytes.readUInt32LE(end + 16);
  if (count === 0xffff || at === 0xffffffff) throw new ZipError('damaged zip: zip64 sizes without a zip64 end record');
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== CENTRAL) throw new ZipError('damaged zip: central directory');
    const flags = bytes.readUInt16LE(at + 8);
    const method = bytes.readUInt16LE(at + 10);
    const crc32 = bytes.readUInt32LE(at + 16);
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    // Bit 11: the name is UTF-8; otherwise CP437, which for the ASCII names of a package reads the same.
    const name = bytes.toString(flags & 0x800 ? 'utf8' : 'latin1', at + 46, at + 46 + nameLength);
    const sizes = zip64Sizes(bytes, at + 46 + nameLength, extraLength, {
      size: bytes.readUInt32LE(at + 24),
      compressedSize: bytes.readUInt32LE(at + 20),
      local: bytes.readUInt32LE(at + 42),
    });
    const { size, compressedSize, local } = sizes;
    if (local + 30 > bytes.length || bytes.readUInt32LE(local) !== LOCAL) throw new ZipError(`damaged zip: entry ${name}`);
    const dataStart = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    if (dataStart + compressedSize > bytes.length) throw new ZipError(`damaged zip: entry ${name} is cut short`);
    if (method !== 0 && method !== 8) throw new ZipError(`entry ${name}: compression method ${method} is not supported`);
    if (flags & 1) throw new ZipError(`entry ${name} is encrypted`);
    entries.push({ name, method, crc32, size, compressed: bytes.subarray(dataStart, dataStart + compressedSize) });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

const LOCATOR64 = 0x07064b50;
const END64 = 0x06064b50;

/**
 * The entry count and central directory offset of a zip64 end record, where a locator sits just before the end
 * record (some writers add one to every zip, however small, with the plain record's fields at 0xFFFF… or not).
 */
function zip64End(bytes: Buffer, end: number): { count: number; at: number } | null {
  const locator = end - 20;
  if (locator < 0 || bytes.readUInt32LE(locator) !== LOCATOR64) return null;
  const record = Number(bytes.readBigUInt64LE(locator + 8));
  if (record + 56 > locator || bytes.readUInt32LE(record) !== END64) throw new ZipError('damaged zip: zip64 end record');
  return { count: Number(bytes.readBigUInt64LE(record + 32)), at: Number(bytes.readBigUInt64LE(record + 48)) };
}

interface EntrySizes {
  size: number;
  compressedSize: number;
  local: number;
}

/** Sizes and offset from the zip64 extra field (id 1) for those the central header gives as 0xFFFFFFFF, in its order. */
function zip64Sizes(bytes: Buffer, from: number, length: number, plain: EntrySizes): EntrySizes {
  const wide = (v: number) => v === 0xffffffff;
  if (!wide(plain.size) && !wide(plain.compressedSize) && !wide(plain.local)) return plain;
  for (let p = from; p + 4 <= from + length; ) {
    const id = bytes.readUInt16LE(p);
    const len = bytes.readUInt16LE(p + 2);
    if (id === 1) {
      let q = p + 4;
      const next = () => {
        if (q + 8 > p + 4 + len) throw new ZipError('damaged zip: zip64 extra field');
        const v = Number(bytes.readBigUInt64LE(q));
        q += 8;
        return v;
      };
      const size = wide(plain.size) ? next() : plain.size;
      const compressedSize = wide(plain.compressedSize) ? next() : plain.compressedSize;
      const local = wide(plain.local) ? next() : plain.local;
      return { size, compressedSize, local };
    }
    p += 4 + len;
  }
  throw new ZipError('damaged zip: zip64 sizes without their extra field');
}

/** The entry's uncompressed bytes. */
export function entryBytes(entry: ZipEntry): Buffer {
  if (entry.method === 0) return entry.compressed;
  // Output in one piece of the size the zip declares: zlib's 16 KB pieces joined at the end cost a copy, and 2.5
  // times the time (19 MB of sheet XML: 154 ms against 63). A wrong size only costs more pieces.
  return inflateRawSync(entry.compressed, { chunkSize: Math.min(Math.max(entry.size, 64 * 1024), MAX_PIECE) });
}

/** The largest single piece asked of zlib (a damaged header may declare any size). */
const MAX_PIECE = 512 * 2 ** 20;

/** The entry as UTF-8 text (an XML part), without a byte-order mark. */
export function entryText(entry: ZipEntry): string {
  const bytes = entryBytes(entry);
  // Sheet XML is mostly ASCII: read so it is a one-byte string, three times quicker and half the memory.
  const text = isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function findEndOfCentralDirectory(bytes: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65,535.
  const stop = Math.max(0, bytes.length - 22 - 0xffff);
  for (let i = bytes.length - 22; i >= stop; i--) {
    if (bytes.readUInt32LE(i) === EOCD) return i;
  }
  throw new ZipError('not a zip file (no end of central directory)');
}
