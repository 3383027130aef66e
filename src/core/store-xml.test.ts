/** The store's XML (settings and ย้อนกลับ snapshot parts), read and written as text: no Excel, no file. */
import { SNAPSHOT_KIND, type Snapshot, type SnapshotCell } from './office-plan/snapshot-plan';
import { inPieces, packParts, partBytes, partRequestBytes, partsPerRead } from './office-plan/snapshot-syncs';
import { utf8Bytes } from './office-plan/payload';
import {
  cutByBytes,
  PART_BYTES,
  readStoreXml,
  settingsFromXml,
  settingsXml,
  SETTINGS_NAMESPACE,
  snapshotFromParts,
  snapshotParts,
  storedSettings,
  UNDO_NAMESPACE,
} from './store-xml';
import { serializeSettings } from './settings';

describe('readStoreXml', () => {
  test('the root element, its namespace, attributes and text, as Excel or a file may hold it', () => {
    const xml = `\uFEFF<?xml version="1.0" encoding="UTF-8" standalone="no"?>\r\n<!-- saved -->\n<k:snapshot xmlns:k="${UNDO_NAMESPACE}" id="a&amp;b" part='1' of="2">{"x":"&lt;ก&gt; &amp; &#3652;&#x0E01;"}<![CDATA[<raw & kept>]]></k:snapshot>\n`;
    expect(readStoreXml(xml)).toEqual({
      namespace: UNDO_NAMESPACE,
      name: 'snapshot',
      attributes: { id: 'a&b', part: '1', of: '2' },
      text: '{"x":"<ก> & ไก"}<raw & kept>',
    });
    expect(readStoreXml(`<settings xmlns="${SETTINGS_NAMESPACE}"/>`)).toMatchObject({ namespace: SETTINGS_NAMESPACE, text: '' });
  });

  test('text that is not one closed element is refused', () => {
    for (const bad of ['', 'just text', '<settings>', `<settings xmlns="x">a</other>`, '<?xml version="1.0"']) {
      expect(() => readStoreXml(bad)).toThrow();
    }
  });
});

describe('settings', () => {
  const settings = { tolerance: 1.5, digits: 'thai' as const, font: 'TH Sarabun <New> & "Co"', overrides: { 'ตาราง ๑!12': { measure: 'rate' as const } } };

  test('written and read back, whatever the text holds', () => {
    const xml = settingsXml(settings);
    expect(xml.startsWith(`<settings xmlns="${SETTINGS_NAMESPACE}">`)).toBe(true);
    expect(settingsFromXml(xml)).toEqual({ settings, problems: [] });
  });

  test("the store's part wins over an older workbook's sheet; the sheet is read when there is no part", () => {
    const sheet = serializeSettings({ tolerance: 3 });
    expect(storedSettings([settingsXml(settings)], sheet)).toMatchObject({ settings, from: 'store' });
    expect(storedSettings([], sheet)).toEqual({ settings: { tolerance: 3 }, problems: [], from: 'sheet' });
    expect(storedSettings([], null)).toEqual({ settings: {}, problems: [], from: 'none' });
    // A part of another namespace is not ours; a damaged one of ours gives the defaults with a reason.
    expect(storedSettings([`<settings xmlns="http://other">{"tolerance":9}</settings>`], sheet).from).toBe('sheet');
    expect(storedSettings([`<settings xmlns="${SETTINGS_NAMESPACE}">{broken</settings>`], sheet)).toMatchObject({
      settings: {},
      problems: [expect.stringMatching(/อ่านไม่ได้/)],
      from: 'store',
    });
  });
});

/** A recalculation's snapshot of `rows` indicator rows: four output columns a row, notes in Thai in one. */
function bigSnapshot(rows: number, id = 'run1', at = '2026-12-06T05:00:00.000Z'): Snapshot {
  const cells: SnapshotCell[] = [];
  for (let r = 0; r < rows; r++) {
    cells.push([0, 5 + r, 6, 'v', r % 7 === 0 ? null : (r * 37) % 1000, '#,##0', null]);
    cells.push([0, 5 + r, 7, 'vf', r % 3 === 0 ? null : ((r * 13) % 10_000) / 100, '0.00', null]);
    cells.push([0, 5 + r, 8, 'vb', r % 5 === 0 ? 'ต่ำกว่าแผน' : 'เป็นไปตามแผน', '@', r % 5 === 0 ? 'FFC7CE' : null]);
    cells.push([0, 5 + r, 9, 'v', r % 11 === 0 ? `หมายเหตุเดิม ${r}` : null, null, null]);
  }
  return { kind: SNAPSHOT_KIND, id, at, sheets: ['แบบรายงาน ๑'], cells };
}

const byPlace = (a: SnapshotCell, b: SnapshotCell) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];

describe('the snapshot in parts', () => {
  test('100,000 cells: measured, cut under 1 MB a part, read back whole', () => {
    const typical = snapshotParts(bigSnapshot(25_000));
    // Every cell a different Thai note: the most a snapshot of 100,000 cells weighs.
    const worst = bigSnapshot(25_000);
    worst.cells = worst.cells.map((c, i) => [c[0], c[1], c[2], 'v', `หมายเหตุเดิมของตัวชี้วัดที่ ${i}`, null, null]);
    const parts = snapshotParts(worst);
    const total = (list: string[]) => list.reduce((n, p) => n + utf8Bytes(p), 0);
    // Printed for the README: the size of a 100,000-cell snapshot and how many parts it takes.
    console.log(`snapshot of 100,000 cells: ${total(typical)} bytes in ${typical.length} part(s) (a recalculation's outputs); ${total(parts)} bytes in ${parts.length} parts (every cell a different note)`);
    expect(worst.cells).toHaveLength(100_000);
    expect(parts.length).toBeGreaterThan(1);
    const sizes = parts.map((p) => utf8Bytes(p));
    const snapshot = worst;
    for (const size of sizes) expect(size).toBeLessThanOrEqual(PART_BYTES);
    const back = snapshotFromParts([...parts].reverse())!;
    expect(back.id).toBe('run1');
    // Compared as JSON: jest's deep equality takes seconds over 100,000 cells.
    expect(JSON.stringify([...back.cells].sort(byPlace))).toBe(JSON.stringify([...snapshot.cells].sort(byPlace)));
  });

  test('a part missing: damaged, nothing restored; two whole snapshots: the later run', () => {
    const many = bigSnapshot(25_000);
    many.cells = many.cells.map((c, i) => [c[0], c[1], c[2], 'v', `หมายเหตุ ${i}`, null, null]);
    const parts = snapshotParts(many);
    expect(parts.length).toBeGreaterThan(1);
    expect(() => snapshotFromParts(parts.slice(1))).toThrow(/damaged/);
    const older = snapshotParts(bigSnapshot(10, 'old', '2026-12-01T00:00:00.000Z'));
    expect(snapshotFromParts([...older, ...parts])!.id).toBe('run1');
    // The new run's parts cut short: the older run is still whole, and is the one read.
    expect(snapshotFromParts([...older, ...parts.slice(0, 1)])!.id).toBe('old');
    expect(snapshotFromParts([])).toBeNull();
  });

  test('cut by bytes as sent, never inside a surrogate pair', () => {
    const text = 'ก"&<'.repeat(1000) + '😀'.repeat(500);
    const pieces = cutByBytes(text, 1_000);
    expect(pieces.join('')).toBe(text);
    for (const p of pieces) {
      expect(/^[\uDC00-\uDFFF]/.test(p)).toBe(false);
      expect(utf8Bytes(p.replace(/&/g, '&amp;').replace(/</g, '&lt;')) - 2).toBeLessThanOrEqual(1_000); // less the JSON quotes
    }
  });
});

describe('syncs of parts', () => {
  test('on the web: parts under 1 MB, four to a 4 MB sync; under a small budget, smaller parts', () => {
    expect(partBytes(4_000_000)).toBe(PART_BYTES);
    expect(partBytes(80_000)).toBeLessThan(40_000);
    const parts = snapshotParts(bigSnapshot(25_000), partBytes(4_000_000));
    const syncs = packParts(parts, 4_000_000);
    expect(syncs.flat()).toEqual(parts);
    for (const sync of syncs) expect(sync.reduce((n, p) => n + partRequestBytes(p), 0)).toBeLessThanOrEqual(4_000_000);
    expect(partsPerRead(4_000_000)).toBe(4);
    expect(partsPerRead(80_000)).toBe(2);
    expect(inPieces([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
  });
});
