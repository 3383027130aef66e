/** Where the pane runs: Excel when Office.onReady names it; the preview otherwise, also when office.js is absent. */
import { detectHost, looksHostedByOffice, officeJsSettled } from '../../src/ui/host';

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
  expect(await detectHost(50)).toEqual({ kind: 'excel', displayLanguage: 'en-GB', platform: 'PC', reason: '' });
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

/** The async office.js tag of taskpane.html, as officeJsSettled sees it. */
function officeTag(state?: string) {
  const listeners: Record<string, () => void> = {};
  const tag = { dataset: state ? { state } : ({} as Record<string, string>), addEventListener: (e: string, f: () => void) => (listeners[e] = f) };
  return { doc: { getElementById: (id: string) => (id === 'office-js' ? tag : null) } as unknown as Document, fire: (e: string) => listeners[e]?.() };
}

test('office.js loads async: the host is asked only once it has loaded or failed, however late', async () => {
  let settled = false;
  const slow = officeTag();
  const waiting = officeJsSettled(slow.doc).then(() => (settled = true));
  await new Promise((r) => setTimeout(r, 20));
  expect(settled).toBe(false); // an 8 s stall on office.js: the pane is drawn meanwhile, the host waits
  slow.fire('error');
  await waiting;
  expect(settled).toBe(true);
  // Already over before the pane's script ran: the tag says so.
  await expect(officeJsSettled(officeTag('failed').doc)).resolves.toBeUndefined();
  await expect(officeJsSettled(officeTag('loaded').doc)).resolves.toBeUndefined();
});
