/**
 * The task pane as a user meets it: the JavaScript taskpane.html loads before the first screen (its own <script>
 * tags; office.js from Microsoft's CDN is not ours and not counted), raw and gzipped, and the time from navigation
 * to the first interactive render — the คำนวณความก้าวหน้า button present and enabled — in headless Chromium on the
 * production build served on 127.0.0.1 with no other network (the preview, on the sample workbook). Median of
 * several cold loads (a new browser context, empty cache, each time). Never downloads a browser.
 */
import { execFileSync } from 'child_process';
import fs from 'fs';
import path from 'path';
import zlib from 'zlib';
import { median, progress, round } from './measure';

const ROOT = path.resolve(__dirname, '..');
export const CHROMIUM = '/usr/bin/chromium';
const BUTTON = 'คำนวณความก้าวหน้า';

export interface TaskpaneRow {
  jsBytes: number;
  jsGzipBytes: number;
  readyMs: number;
  scripts: string[];
  loads: number;
  dist: string;
}

/** Builds the production add-in into `outDir` (relative to the project) with webpack, as `npm run build` does. */
export function buildAddin(outDir: string): void {
  const cli = path.join(ROOT, 'node_modules/webpack-cli/bin/cli.js');
  execFileSync(process.execPath, [cli, '--mode', 'production', '--env', `out=${outDir}`], { cwd: ROOT, stdio: 'pipe' });
}

/** The script files taskpane.html loads itself, in order, resolved inside `dist`. */
export function firstScripts(dist: string): string[] {
  const html = fs.readFileSync(path.join(dist, 'taskpane.html'), 'utf8');
  const out: string[] = [];
  for (const m of html.matchAll(/<script\b[^>]*\bsrc=["']([^"']+)["'][^>]*>/gi)) {
    const src = m[1];
    if (/^(https?:)?\/\//i.test(src)) continue; // office.js from the CDN: not part of our bundle
    out.push(path.join(dist, decodeURI(src.split(/[?#]/)[0]).replace(/^\//, '')));
  }
  return out;
}

async function readyTime(url: string, loads: number): Promise<number[]> {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const times: number[] = [];
  try {
    for (let i = 0; i < loads; i++) {
      const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'th-TH' });
      await context.route('**/*', (route) =>
        new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort('internetdisconnected'),
      );
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'commit' });
      const handle = await page.waitForFunction(
        (label) => {
          // Enabled: neither disabled nor aria-disabled (the pane keeps its buttons focusable while they are unavailable).
          const ready = [...document.querySelectorAll('button')].some(
            (b) => b.textContent === label && !b.disabled && b.getAttribute('aria-disabled') !== 'true',
          );
          return ready ? performance.now() : false;
        },
        BUTTON,
        { polling: 'raf', timeout: 60_000 },
      );
      times.push(Number(await handle.jsonValue()));
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return times;
}

export async function benchTaskpane(dist: string, loads: number, quiet = false): Promise<TaskpaneRow | string> {
  if (!fs.existsSync(path.join(dist, 'taskpane.html'))) return `${path.relative(ROOT, dist)}/taskpane.html is missing (the build failed or was skipped)`;
  const scripts = firstScripts(dist);
  if (!scripts.length) return 'taskpane.html loads no script of its own';
  let jsBytes = 0;
  let jsGzipBytes = 0;
  for (const s of scripts) {
    const bytes = fs.readFileSync(s);
    jsBytes += bytes.length;
    jsGzipBytes += zlib.gzipSync(bytes, { level: 9 }).length;
  }
  if (!fs.existsSync(CHROMIUM)) return `${CHROMIUM} is missing (apt-get install -y chromium); first-load JS is ${jsBytes} bytes, ${jsGzipBytes} gzipped`;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { serveStatic } = require('../scripts/serve-static.js') as {
    serveStatic: (dir: string) => Promise<{ url: string; close: () => Promise<void> }>;
  };
  const server = await serveStatic(dist);
  try {
    progress(quiet, `task pane: ${loads} cold loads in Chromium`);
    const times = await readyTime(`${server.url}taskpane.html`, loads);
    return {
      jsBytes,
      jsGzipBytes,
      readyMs: round(median(times), 0),
      scripts: scripts.map((s) => path.relative(dist, s)),
      loads,
      dist: path.relative(ROOT, dist),
    };
  } finally {
    await server.close();
  }
}
