import { mergeAt, shownValue, type SheetGrid } from './grid';

describe('merged areas', () => {
  const sheet = (): SheetGrid => ({
    name: 'ตาราง',
    values: [['ตัวชี้วัด', null, 'แผน'], [], [], [], ['๘๐', null, null], []],
    merges: [{ top: 0, left: 0, bottom: 0, right: 1 }],
  });

  test('a cell inside an area shows the area’s first cell; outside, its own', () => {
    const s = sheet();
    expect(shownValue(s, 0, 1)).toBe('ตัวชี้วัด');
    expect(shownValue(s, 0, 2)).toBe('แผน');
    expect(mergeAt(s, 3, 0)).toBeNull();
  });

  test('areas added after a first lookup are found (a reader adds each block’s areas as it reads)', () => {
    const s = sheet();
    expect(mergeAt(s, 4, 1)).toBeNull();
    s.merges.push({ top: 4, left: 0, bottom: 5, right: 2 });
    expect(mergeAt(s, 5, 2)).toEqual({ top: 4, left: 0, bottom: 5, right: 2 });
    expect(shownValue(s, 4, 1)).toBe('๘๐');
  });
});
