/** The zip under the package: entries copied with their compressed bytes, fixed timestamps, byte-identical reruns. */
import { crc32, deflateRawSync } from 'node:zlib';
import { FIXTURES } from '../fixtures/workbooks';
import { entryBytes, readZip, ZipError } from '../../src/xlsx/zip/read-zip';
import { writeZip } from '../../src/xlsx/zip/write-zip';

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
