/**
 * Behind-plan fills go to Excel as address lists (worksheet.getRanges), a command per list, not a range per cell:
 * a range with its format and fill costs about 700 bytes of request, an address about 10. Excel refuses lists of
 * about 8,000 characters, so no list passes AREAS_CHARS. Every cell still gets its own colour, or loses its fill.
 */
import type { Grid } from '../../src/core/grid';
import { AREAS_CHARS, areasAddress, packWrites, planWrites, queueWrites, type CellChange } from '../../src/excel/cell-writes';
import { createMemoryExcel } from '../../src/memory-excel';

const RED = 'FFC7CE';
const GREEN = 'C6EFCE';

/** 6,000 scattered cells: red and green on every other row (no two join into one rectangle), some fills taken off. */
function scattered(): CellChange[] {
  const changes: CellChange[] = [];
  for (let r = 0; r < 6_000; r++) {
    const fill = r % 3 === 0 ? null : r % 3 === 1 ? RED : GREEN;
    changes.push({ sheet: 'ผลการดำเนินงาน', row: 2 * r + 1, col: 4 + (r % 5), fill });
  }
  return changes;
}

test('6,000 scattered fills: lists of at most AREAS_CHARS, one sync of under 150 KB, every cell as planned', async () => {
  const changes = scattered();
  const ops = planWrites(changes);
  const fills = ops.filter((op) => op.kind === 'fill');
  expect(fills.length).toBe(ops.length);
  for (const op of fills) expect(areasAddress(op.rects).length).toBeLessThanOrEqual(AREAS_CHARS);
  // Three colours (none among them), 2,000 cells each, in lists of about 500 addresses ('E12345,').
  expect(fills.length).toBeGreaterThanOrEqual(9);
  expect(fills.length).toBeLessThanOrEqual(20);

  const before: Grid = { sheets: [{ name: 'ผลการดำเนินงาน', values: [['ตัวชี้วัด']], fills: [], merges: [] }] };
  // Every third cell had a fill the plan takes off.
  for (const c of changes) if (c.fill === null) ((before.sheets[0].fills![c.row] ??= [])[c.col] = 'FFFF00');
  const excel = createMemoryExcel(before);
  const syncs = packWrites(ops);
  expect(syncs.length).toBe(1);
  await excel.run(async (context) => {
    queueWrites(context, syncs[0]);
    await context.sync();
  });
  expect(excel.stats.requestBytes[0]).toBeLessThan(150_000);
  for (const c of changes) {
    const address = `${String.fromCharCode(65 + c.col)}${c.row + 1}`;
    expect(excel.cell('ผลการดำเนินงาน', address)?.style?.fill ?? null).toBe(c.fill);
  }
});

test('the in-memory Excel refuses an address list as long as Excel does', async () => {
  const excel = createMemoryExcel({ sheets: [{ name: 'S', values: [['x']], merges: [] }] });
  const rects = Array.from({ length: 1_000 }, (_, i) => ({ top: 2 * i, bottom: 2 * i, left: 0, right: 3 }));
  await expect(
    excel.run(async (context) => {
      queueWrites(context, [{ kind: 'fill', sheet: 'S', rects, color: RED }]);
      await context.sync();
    }),
  ).rejects.toThrow(/argument is invalid/);
});
