/** Where the pane runs: Excel when Office.onReady names it; the preview otherwise, also when office.js is absent. */
import { detectHost, looksHostedByOffice } from '../../src/taskpane/host';

const g = globalThis as unknown as { Office?: unknown };
afterEach(() => {
  delete g.Office;
});

function fakeOffice(onReady: () => Promise<{ host: string | null; platform: string | null }>, displayLanguage = 'th-TH') {
  g.Office = { onReady, HostType: { Excel: 'Excel' }, context: { displayLanguage } };
}

test('no office.js at all (a closed network): the preview', async () => {
  expect(await detectHost(50)).toMatchObject({ kind: 'preview', reason: 'office.js did not load' });
});

test('a plain browser (onReady answers with no host): the preview', async () => {
  fakeOffice(async () => ({ host: null, platform: null }));
  expect(await detectHost(50)).toMatchObject({ kind: 'preview' });
});

test('office.js that never answers: the preview after the timeout', async () => {
  fakeOffice(() => new Promise(() => undefined));
  expect(await detectHost(20)).toMatchObject({ kind: 'preview', reason: 'Office.onReady did not answer' });
});

test("Excel: the pane runs on Office.js and takes Office's display language", async () => {
  fakeOffice(async () => ({ host: 'Excel', platform: 'PC' }), 'en-GB');
  expect(await detectHost(50)).toEqual({ kind: 'excel', displayLanguage: 'en-GB', reason: '' });
});

test('another Office host (Word): the preview, not a broken pane', async () => {
  fakeOffice(async () => ({ host: 'Word', platform: 'PC' }));
  expect(await detectHost(50)).toMatchObject({ kind: 'preview' });
});

test('a page Office opened (with _host_Info) is not taken for a plain browser', () => {
  expect(looksHostedByOffice()).toBe(false); // node: no window
  const w = globalThis as unknown as { window?: unknown };
  w.window = { location: { search: '?_host_Info=Excel$Win32$16.01$th-TH$$$$0', hash: '' }, name: '' };
  (w.window as { top: unknown }).top = w.window;
  expect(looksHostedByOffice()).toBe(true);
  w.window = { location: { search: '', hash: '' }, name: '' };
  (w.window as { top: unknown }).top = w.window;
  expect(looksHostedByOffice()).toBe(false);
  delete w.window;
});
