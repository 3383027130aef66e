/** The zip under the package: entries copied with their compressed bytes, fixed timestamps, byte-identical reruns. */
import { crc32, deflateRawSync } from 'node:zlib';
import { FIXTURES } from '../fixtures/workbooks';
import { entryBytes, readZip, ZipError } from '../../src/xlsx/zip/read-zip';
import { writeZip } from '../../src/xlsx/zip/write-zip';
import { openPackage } from '../../src/xlsx/package/package';
import { readWorkbookGrid } from '../../src/xlsx/sheet-xml/read-workbook';

async function fixtureBytes(): Promise<Buffer> {
  return Buffer.from((await FIXTURES['layout-c-fy2567-q3.xlsx']().xlsx.writeBuffer()) as ArrayBuffer);
}

test('a workbook written back unchanged holds every entry with the same compressed and uncompressed bytes', async () => {
  const input = await fixtureBytes();
  const entries = readZip(input);
  expect(entries.map((e) => e.name)).toContain('xl/workbook.xml');
  const again = readZip(writeZip(entries));
  expect(again.map((e) => e.name)).toEqual(entries.map((e) => e.name));
  again.forEach((e, i) => {
    expect(e.compressed.equals(entries[i].compressed)).toBe(true);
    expect(entryBytes(e).equals(entryBytes(entries[i]))).toBe(true);
  });
});

test('the same parts written twice give byte-identical zips (no clock in the file)', async () => {
  const entries = readZip(await fixtureBytes());
  const a = writeZip([...entries, { name: 'xl/new.xml', data: '<x/>' }]);
  await new Promise((r) => setTimeout(r, 1100)); // across a DOS-time tick (2 s resolution, 1 s is enough to catch a clock)
  const b = writeZip([...entries, { name: 'xl/new.xml', data: '<x/>' }]);
  expect(a.equals(b)).toBe(true);
});

test('a stored (uncompressed) entry and a deflated one read back; a new part is deflated', () => {
  const text = 'ตัวชี้วัด '.repeat(100);
  const stored = { name: 's.txt', method: 0, crc32: crc32(Buffer.from(text)) >>> 0, size: Buffer.byteLength(text), compressed: Buffer.from(text) };
  const zip = writeZip([stored, { name: 'd.txt', data: text }]);
  const [s, d] = readZip(zip);
  expect(entryBytes(s).toString()).toBe(text);
  expect(d.method).toBe(8);
  expect(d.compressed.length).toBeLessThan(Buffer.byteLength(text));
  expect(entryBytes(d).toString()).toBe(text);
  expect(deflateRawSync(Buffer.from(text)).length).toBeGreaterThan(0);
});

test('a file cut short or not a zip is refused with a reason', async () => {
  const input = await fixtureBytes();
  expect(() => readZip(input.subarray(0, input.length - 30))).toThrow(ZipError);
  expect(() => readZip(Buffer.from('PK not really a zip at all, just text'))).toThrow(/not a zip/);
});

/**
 * The zip `zip` (as writeZip makes it: no extras, no comments) rewritten with zip64 end records, as some writers
 * emit them even for small files: `wide` puts 0xFFFF… in the plain end record and in every central header (the
 * sizes and offsets then in each entry's zip64 extra field); otherwise the plain fields keep their values.
 */
function asZip64(zip: Buffer, wide: boolean): Buffer {
  const entries = readZip(zip);
  const out: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(45, 4);
    local.writeUInt16LE(0x800, 6);
    local.writeUInt16LE(e.method, 8);
    local.writeUInt32LE(e.crc32, 14);
    local.writeUInt32LE(e.compressed.length, 18);
    local.writeUInt32LE(e.size, 22);
    local.writeUInt16LE(name.length, 26);
    const extra = Buffer.alloc(wide ? 28 : 0);
    if (wide) {
      extra.writeUInt16LE(1, 0);
      extra.writeUInt16LE(24, 2);
      extra.writeBigUInt64LE(BigInt(e.size), 4);
      extra.writeBigUInt64LE(BigInt(e.compressed.length), 12);
      extra.writeBigUInt64LE(BigInt(offset), 20);
    }
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(45, 4);
    dir.writeUInt16LE(45, 6);
    dir.writeUInt16LE(0x800, 8);
    dir.writeUInt16LE(e.method, 10);
    dir.writeUInt32LE(e.crc32, 16);
    dir.writeUInt32LE(wide ? 0xffffffff : e.compressed.length, 20);
    dir.writeUInt32LE(wide ? 0xffffffff : e.size, 24);
    dir.writeUInt16LE(name.length, 28);
    dir.writeUInt16LE(extra.length, 30);
    dir.writeUInt32LE(wide ? 0xffffffff : offset, 42);
    central.push(dir, name, extra);
    out.push(local, name, e.compressed);
    offset += 30 + name.length + e.compressed.length;
  }
  const centralBytes = Buffer.concat(central);
  const end64 = Buffer.alloc(56);
  end64.writeUInt32LE(0x06064b50, 0);
  end64.writeBigUInt64LE(44n, 4);
  end64.writeUInt16LE(45, 12);
  end64.writeUInt16LE(45, 14);
  end64.writeBigUInt64LE(BigInt(entries.length), 24);
  end64.writeBigUInt64LE(BigInt(entries.length), 32);
  end64.writeBigUInt64LE(BigInt(centralBytes.length), 40);
  end64.writeBigUInt64LE(BigInt(offset), 48);
  const locator = Buffer.alloc(20);
  locator.writeUInt32LE(0x07064b50, 0);
  locator.writeBigUInt64LE(BigInt(offset + centralBytes.length), 8);
  locator.writeUInt32LE(1, 16);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(wide ? 0xffff : entries.length, 8);
  end.writeUInt16LE(wide ? 0xffff : entries.length, 10);
  end.writeUInt32LE(wide ? 0xffffffff : centralBytes.length, 12);
  end.writeUInt32LE(wide ? 0xffffffff : offset, 16);
  return Buffer.concat([...out, centralBytes, end64, locator, end]);
}

test.each([
  ['with 0xFFFF… in the plain records and sizes in zip64 extra fields', true],
  ['beside plain records that still hold the values', false],
])('zip64 end records are read, %s: the same entries and the same workbook', async (_how, wide) => {
  const input = await fixtureBytes();
  const zip64 = asZip64(input, wide);
  const plain = readZip(input);
  const read = readZip(zip64);
  expect(read.map((e) => [e.name, e.size, e.crc32])).toEqual(plain.map((e) => [e.name, e.size, e.crc32]));
  read.forEach((e, i) => expect(entryBytes(e).equals(entryBytes(plain[i]))).toBe(true));
  expect(readWorkbookGrid(openPackage(zip64)).grid).toEqual(readWorkbookGrid(openPackage(input)).grid);
  // Written back, it is a plain zip again with every part as it was.
  const back = readZip(writeZip(read));
  back.forEach((e, i) => expect(e.compressed.equals(plain[i].compressed)).toBe(true));
});

test('zip64 sizes in a central header without their extra field are refused with a reason', async () => {
  const zip64 = asZip64(await fixtureBytes(), true);
  // Rename the first entry's extra field id (1 → 0x7777): the sizes it held are gone.
  const firstCentral = zip64.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
  const extraAt = firstCentral + 46 + zip64.readUInt16LE(firstCentral + 28);
  zip64.writeUInt16LE(0x7777, extraAt);
  expect(() => readZip(zip64)).toThrow(/zip64 sizes without their extra field/);
});
