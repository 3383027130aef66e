/**
 * The pane as an officer meets it: 320 px wide (Excel's task pane), by keyboard only, with a screen reader's view of
 * the page (the live region's words, accessible names, axe-core), in Thai and in English. The production build,
 * served on 127.0.0.1, in Debian's Chromium with no network beyond it: the pane runs on the sample workbook.
 * Skips where /usr/bin/chromium is missing (.ci/run installs it). Never downloads a browser.
 */
import { execFileSync } from 'child_process';
import fs from 'fs';
import path from 'path';
import type { Browser, BrowserContext, Page } from 'playwright-core';

const root = path.resolve(__dirname, '../..');
const CHROMIUM = '/usr/bin/chromium';
const OUT = path.join(root, 'test-output/e2e');
const DIST = 'test-output/e2e-a11y-dist';
const AXE = path.join(root, 'node_modules/axe-core/axe.min.js');
const haveChromium = fs.existsSync(CHROMIUM);
if (!haveChromium) console.warn(`Pane accessibility test SKIPPED: ${CHROMIUM} is missing (apt-get install -y chromium; .ci/run installs it).`);

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { serveStatic } = require('../../scripts/serve-static.js') as {
  serveStatic: (dir: string) => Promise<{ url: string; close: () => Promise<void> }>;
};

type Lang = 'th' | 'en';
const WORDS = {
  th: {
    recalc: 'คำนวณความก้าวหน้า',
    running: 'กำลังคำนวณ…',
    done: /^คำนวณเสร็จแล้ว: ([๐-๙,]+) ตัวชี้วัด ต่ำกว่าแผน ([๐-๙,]+) รายการ คำเตือน ([๐-๙,]+) รายการ$/,
    behindHeading: /^ต่ำกว่าแผน \(([๐-๙,]+)\)$/,
    warningsHeading: /^คำเตือน \(([๐-๙,]+)\)$/,
    behindItem: /^ต่ำกว่าแผน ร้อยละ [๐-๙.]+, (.+) แถว ([๐-๙]+)$/,
    selected: (sheet: string, row: string) => `แผ่นงาน ${sheet}, แถว ${row}`,
    panels: ['แก้ไขการอ่านตัวชี้วัด', 'การตั้งค่า'],
    year: 'ปีงบประมาณ (พ.ศ.)',
    yearInvalid: 'ปีงบประมาณต้องเป็นปี พ.ศ. สี่หลัก เช่น 2566',
    unavailable: /แก้ปีงบประมาณ/,
  },
  en: {
    recalc: 'Recalculate progress',
    running: 'Recalculating…',
    done: /^Done: ([0-9,]+) indicators, ([0-9,]+) behind plan ([0-9,]+) warnings$/,
    behindHeading: /^Behind plan \(([0-9,]+)\)$/,
    warningsHeading: /^Warnings \(([0-9,]+)\)$/,
    behindItem: /^Behind plan [0-9.]+ %, (.+) row ([0-9]+)$/,
    selected: (sheet: string, row: string) => `Sheet ${sheet}, row ${row}`,
    panels: ['Correct how indicators are read', 'Settings'],
    year: 'Fiscal year (BE)',
    yearInvalid: 'The fiscal year is a four-digit Buddhist Era year, e.g. 2566',
    unavailable: /correct the fiscal year/,
  },
} as const;

/** Spaces as a reader hears them: the pane keeps a figure with its unit by a no-break space. */
const plain = (s: string | null) => (s ?? '').replace(/\u00a0/g, ' ').trim();
const arabic = (s: string) => s.replace(/[๐-๙]/g, (d) => String(d.charCodeAt(0) - 0x0e50)).replace(/,/g, '');

async function open(browser: Browser, url: string, lang: Lang): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 320, height: 700 }, locale: lang === 'th' ? 'th-TH' : 'en-US' });
  await context.route('**/*', (route) =>
    new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort('internetdisconnected'),
  );
  await context.addInitScript((l) => localStorage.setItem('kpi-progress.language', l), lang);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  // Every sentence the live region says, in order.
  await page.addInitScript(() => {
    const w = window as unknown as { said: string[] };
    w.said = [];
    new MutationObserver(() => {
      const region = document.querySelector('[data-live-region]');
      const text = (region?.textContent ?? '').replace(/\u00a0/g, ' ').trim();
      if (region && text && w.said[w.said.length - 1] !== text) w.said.push(text);
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
  await page.goto(url);
  return { context, page, errors };
}

async function enabledRecalc(page: Page, lang: Lang): Promise<void> {
  await page.waitForFunction(
    (label) => [...document.querySelectorAll('button')].some((b) => b.textContent === label && b.getAttribute('aria-disabled') !== 'true'),
    WORDS[lang].recalc,
    { timeout: 30_000 },
  );
}

/** What sticks out of the pane or scrolls sideways, and text drawn smaller than 12 px: both empty when it fits. */
async function layoutProblems(page: Page): Promise<{ wider: string[]; small: string[]; scrollWidth: number }> {
  return page.evaluate(() => {
    const pane = document.querySelector('main.pane')!.getBoundingClientRect();
    const wider: string[] = [];
    const small: string[] = [];
    for (const el of document.querySelectorAll('main.pane *')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || el.closest('.visually-hidden')) continue;
      const name = `${el.tagName.toLowerCase()}.${String(el.className).split(' ')[0]} "${(el.textContent ?? '').slice(0, 30)}"`;
      if (r.right > pane.right + 0.5 || r.left < pane.left - 0.5) wider.push(`${name}: ${Math.round(r.left)}–${Math.round(r.right)} px`);
      const ownText = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim() !== '');
      const size = parseFloat(getComputedStyle(el).fontSize);
      if (ownText && size < 12) small.push(`${name}: ${size} px`);
    }
    return { wider, small, scrollWidth: document.documentElement.scrollWidth };
  });
}

/** axe-core on the pane: the serious and critical violations, each with the elements it names. */
async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (c: Element, o: object) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const r = await axe.run(document.querySelector('main.pane')!, { resultTypes: ['violations'] });
    return r.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  });
}

/** At 320 px: fits, nothing under 12 px, no serious or critical axe finding; and a screenshot to look at. */
async function checkState(page: Page, name: string): Promise<void> {
  const layout = await layoutProblems(page);
  expect({ state: name, ...layout }).toEqual({ state: name, wider: [], small: [], scrollWidth: 320 });
  expect({ state: name, axe: await axeViolations(page) }).toEqual({ state: name, axe: [] });
  await page.screenshot({ path: path.join(OUT, `pane-320-${name}.png`) });
}

const focused = (page: Page) =>
  page.evaluate(() => ({ text: document.activeElement?.textContent ?? '', label: document.activeElement?.getAttribute('aria-label') ?? '' }));

async function tabTo(page: Page, hit: (f: { text: string; label: string }) => boolean, most = 40): Promise<boolean> {
  for (let i = 0; i < most; i++) {
    await page.keyboard.press('Tab');
    if (hit(await focused(page))) return true;
  }
  return false;
}

(haveChromium ? describe : describe.skip)('the pane at 320 px, by keyboard and screen reader, in Thai and English', () => {
  let browser: Browser;
  let server: { url: string; close: () => Promise<void> };

  beforeAll(async () => {
    fs.mkdirSync(OUT, { recursive: true });
    const cli = path.join(root, 'node_modules/webpack-cli/bin/cli.js');
    execFileSync(process.execPath, [cli, '--mode', 'production', '--env', `out=${DIST}`], { cwd: root, stdio: 'pipe' });
    server = await serveStatic(path.join(root, DIST));
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const lang of ['th', 'en'] as const) {
    const w = WORDS[lang];
    test(`${lang}: Tab to ${w.recalc}, Enter: focus stays, the live region says it runs and what came of it; every state fits and passes axe`, async () => {
      const { context, page, errors } = await open(browser, `${server.url}taskpane.html`, lang);
      try {
        await enabledRecalc(page, lang);
        await checkState(page, `${lang}-start`);

        // Keyboard only, from the top of the page.
        expect(await tabTo(page, (f) => f.text === w.recalc)).toBe(true);
        await page.keyboard.press('Enter');
        await page.waitForFunction((re) => new RegExp(re).test(((window as unknown as { said: string[] }).said.at(-1) ?? '')), w.done.source, {
          timeout: 30_000,
        });
        expect((await focused(page)).text).toBe(w.recalc); // focus kept on the button through the run
        const said = await page.evaluate(() => (window as unknown as { said: string[] }).said);
        expect(said[0]).toBe(w.running);
        const [, indicators, behind, warnings] = said.at(-1)!.match(w.done)!;
        // What it says is what the pane shows.
        const behindHeading = plain(await page.locator('#behind-heading').textContent());
        expect(arabic(behindHeading.match(w.behindHeading)![1])).toBe(arabic(behind));
        expect(arabic(plain(await page.locator('#warnings-heading').textContent()).match(w.warningsHeading)![1])).toBe(arabic(warnings));
        expect(Number(arabic(indicators))).toBeGreaterThan(0);
        await checkState(page, `${lang}-after-recalc`);

        // On to the first behind-plan item: a short name; Enter selects its row and says where it went.
        expect(await tabTo(page, (f) => w.behindItem.test(plain(f.text)))).toBe(true);
        const [, sheet, row] = plain((await focused(page)).text).match(w.behindItem)!;
        await page.keyboard.press('Enter');
        await page.waitForFunction((text) => (window as unknown as { said: string[] }).said.at(-1) === text, w.selected(sheet, row));
        expect(await page.locator('td.sel').count()).toBeGreaterThan(0);

        // Every panel opened, by keyboard.
        for (const panel of w.panels) {
          await page.getByRole('button', { name: panel, exact: true }).focus();
          await page.keyboard.press('Enter');
        }
        await page.getByRole('button', { name: w.panels[1], exact: true }).waitFor();
        await page.locator('.pane-fieldset').waitFor();
        await checkState(page, `${lang}-panels-open`);

        // A wrong year: said once, when the field is left; the buttons say why they cannot be pressed.
        const year = page.getByRole('textbox', { name: w.year });
        await year.focus();
        await page.keyboard.type('25');
        expect(await page.getByRole('alert').allTextContents()).toEqual([]);
        await page.keyboard.press('Tab');
        expect(plain(await page.getByRole('alert').textContent())).toBe(w.yearInvalid);
        const recalc = page.getByRole('button', { name: w.recalc });
        expect(await recalc.getAttribute('aria-disabled')).toBe('true');
        const describedBy = (await recalc.getAttribute('aria-describedby'))!.split(' ')[0];
        expect(await page.locator(`[id="${describedBy}"]`).textContent()).toMatch(w.unavailable);
        await checkState(page, `${lang}-year-invalid`);
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
    }, 180_000);
  }

  test('a stalled office.js never blanks the pane: its headings and buttons show while office.js is still loading', async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 700 }, locale: 'th-TH' });
    let release: () => void = () => undefined;
    const stalled = new Promise<void>((resolve) => (release = resolve));
    await context.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      if (url.hostname === '127.0.0.1') return route.continue();
      if (url.hostname === 'appsforoffice.microsoft.com') await stalled; // held until the pane has been seen
      return route.abort('internetdisconnected');
    });
    try {
      const page = await context.newPage();
      await page.goto(`${server.url}taskpane.html`, { waitUntil: 'commit' });
      const recalc = page.getByRole('button', { name: WORDS.th.recalc });
      await recalc.waitFor({ state: 'visible', timeout: 30_000 });
      expect(await recalc.getAttribute('aria-disabled')).toBe('true'); // there, focusable, and saying why
      expect(await page.getByText('ยังใช้ไม่ได้: กำลังเชื่อมต่อกับสมุดงาน…').count()).toBe(1);
      await page.screenshot({ path: path.join(OUT, 'pane-320-th-office-js-stalled.png') });
      release();
      await enabledRecalc(page, 'th');
    } finally {
      release();
      await context.close();
    }
  }, 60_000);
});
