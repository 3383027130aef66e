/** The in-memory Excel's custom XML parts (ExcelApi 1.5), as Excel answers them (rules.ts checkXmlPart). */
import { createMemoryExcel } from '../../src/memory-excel';

const NS = 'http://schemas.example.com/review/1.0';
const grid = () => ({ sheets: [{ name: 'ผล', values: [['a']], merges: [] }] });

describe('workbook.customXmlParts', () => {
  test('add, getByNamespace, getXml, setXml, delete', async () => {
    const excel = createMemoryExcel(grid());
    const id = await excel.run(async (context) => {
      const part = context.workbook.customXmlParts.add(`<review xmlns="${NS}">ก &amp; ข</review>`);
      context.workbook.customXmlParts.add('<other xmlns="http://other">x</other>');
      part.load('id');
      await context.sync();
      return part.id;
    });
    expect(id).toMatch(/^\{[0-9A-F-]+\}$/i);
    await excel.run(async (context) => {
      const mine = context.workbook.customXmlParts.getByNamespace(NS).load('items/id,items/namespaceUri');
      const count = context.workbook.customXmlParts.getCount();
      await context.sync();
      expect(mine.items.map((p) => [p.id, p.namespaceUri])).toEqual([[id, NS]]);
      expect(count.value).toBe(2);
      const xml = mine.items[0].getXml();
      // Nothing is readable before the sync.
      expect(() => xml.value).toThrow(/not available/);
      await context.sync();
      expect(xml.value).toBe(`<review xmlns="${NS}">ก &amp; ข</review>`);
      context.workbook.customXmlParts.getItem(id).setXml(`<review xmlns="${NS}">ใหม่</review>`);
      await context.sync();
      const again = context.workbook.customXmlParts.getItem(id).getXml();
      await context.sync();
      expect(again.value).toBe(`<review xmlns="${NS}">ใหม่</review>`);
      context.workbook.customXmlParts.getItem(id).delete();
      const gone = context.workbook.customXmlParts.getItemOrNullObject(id);
      await context.sync();
      expect(gone.isNullObject).toBe(true);
    });
    expect(excel.workbook.customXmlParts.map((p) => p.namespaceUri)).toEqual(['http://other']);
  });

  test('XML that is not well-formed is refused; an unknown id is not found', async () => {
    const excel = createMemoryExcel(grid());
    await expect(
      excel.run(async (context) => {
        context.workbook.customXmlParts.add('<open xmlns="x">never closed');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
    await expect(
      excel.run(async (context) => {
        context.workbook.customXmlParts.getItem('{00000000-0000-0000-0000-000000000000}').getXml();
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ItemNotFound' });
  });

  test('a part over 1 MB is refused on the web (office-js #2408), taken on Windows', async () => {
    const big = `<big xmlns="${NS}">${'ก'.repeat(400_000)}</big>`; // 1.2 MB in UTF-8
    const add = (host: 'web' | 'windows') => {
      const excel = createMemoryExcel(grid(), { host });
      return excel.run(async (context) => {
        context.workbook.customXmlParts.add(big);
        await context.sync();
      });
    };
    await expect(add('web')).rejects.toMatchObject({ code: 'GeneralException' });
    await expect(add('windows')).resolves.toBeUndefined();
  });

  test('adding and removing parts is undone like a cell edit and never clears the undo stack', async () => {
    const excel = createMemoryExcel(grid(), { host: 'windows' });
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem('ผล').getRange('B1').values = [['user']];
      await context.sync();
      context.workbook.customXmlParts.add(`<a xmlns="${NS}"/>`);
      await context.sync();
    });
    expect(excel.engine.undoDepth).toBe(2);
    excel.undo();
    expect(excel.workbook.customXmlParts).toEqual([]);
    excel.undo();
    expect(excel.value('ผล', 'B1')).toBe('');
  });
});
