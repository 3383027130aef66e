/**
 * Writes a zip from entries that are either copied (their compressed bytes as read, unchanged) or new (deflated
 * here). Every entry gets the same fixed timestamp, so the same input run twice gives byte-identical output.
 */
import { crc32, deflateRawSync } from 'node:zlib';
import type { ZipEntry } from './read-zip';

/** A part: copied as read, or new bytes to deflate. */
export type ZipPart = ZipEntry | { name: string; data: Buffer | string };

/** 1 January 1980 00:00, the earliest DOS date: a fixed stamp, nothing of the run's clock in the file. */
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

/**
 * zlib level 3: a sheet of 100,000 rows (18 MB of XML) deflates in 0.7 s to 2.2 MB, against 1.5 s and 1.9 MB at the
 * default level 6 (measured on this project's bench workbook).
 */
const LEVEL = 3;

export function zipEntry(name: string, data: Buffer | string): ZipEntry {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  return { name, method: 8, crc32: crc32(bytes) >>> 0, size: bytes.length, compressed: deflateRawSync(bytes, { level: LEVEL }) };
}

export function writeZip(parts: readonly ZipPart[]): Buffer {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const e = 'data' in part ? zipEntry(part.name, part.data) : part;
    const name = Buffer.from(e.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    writeCommon(local, 4, e, name.length);
    chunks.push(local, name, e.compressed);

    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4); // made by: version 2.0, MS-DOS attributes
    writeCommon(dir, 6, e, name.length);
    dir.writeUInt32LE(offset, 42);
    central.push(dir, name);
    offset += 30 + name.length + e.compressed.length;
  }
  const centralSize = central.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  if (parts.length > 0xfffe || offset > 0xfffffffe) throw new Error('the workbook is too large for a zip without zip64');
  return Buffer.concat([...chunks, ...central, end]);
}

/** The fields local and central headers share, from `at` (version needed … name length). */
function writeCommon(b: Buffer, at: number, e: ZipEntry, nameLength: number): void {
  b.writeUInt16LE(20, at); // version needed: 2.0
  b.writeUInt16LE(0x800, at + 2); // names are UTF-8; sizes are in the header (no data descriptor)
  b.writeUInt16LE(e.method, at + 4);
  b.writeUInt16LE(DOS_TIME, at + 6);
  b.writeUInt16LE(DOS_DATE, at + 8);
  b.writeUInt32LE(e.crc32 >>> 0, at + 10);
  b.writeUInt32LE(e.compressed.length, at + 14);
  b.writeUInt32LE(e.size, at + 18);
  b.writeUInt16LE(nameLength, at + 22);
}
