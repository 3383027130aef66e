/** The manifest a user sideloads or an admin deploys: valid against the schema, Thai labels, icons that exist. */
import { execFileSync, spawnSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { COMMAND_NAMES } from '../../src/commands/command-names';
import { MANIFEST_MINIMUM } from '../../src/excel/requirements';
import { sharedFile } from '../helpers/shared-file';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { rewriteManifestUrls } = require('../../scripts/manifest-urls.js');

const root = path.resolve(__dirname, '../..');
const manifestPath = path.join(root, 'manifest.xml');
const manifest = fs.readFileSync(manifestPath, 'utf8');
const schemas = sharedFile('manifest-schemas/OfficeAppManifestV1_1.xsd');
const schema = schemas.path;

const hasXmllint = spawnSync('xmllint', ['--version']).status === 0;
const canValidate = hasXmllint && schemas.present;
if (schemas.present && !hasXmllint) {
  console.warn('Offline manifest validation SKIPPED: xmllint is not installed (apt-get install -y libxml2-utils). Use `npm run validate` where the internet is reachable.');
}

function validate(file: string): { ok: boolean; output: string } {
  const r = spawnSync('xmllint', ['--noout', '--schema', schema, file], { encoding: 'utf8' });
  return { ok: r.status === 0, output: `${r.stdout}${r.stderr}` };
}

function pngSize(file: string): [number, number] {
  const b = fs.readFileSync(file);
  expect(b.subarray(1, 4).toString('ascii')).toBe('PNG');
  return [b.readUInt32BE(16), b.readUInt32BE(20)];
}

(canValidate ? describe : describe.skip)('manifest.xml against the Office schemas (offline)', () => {
  test('the development manifest validates', () => {
    const r = validate(manifestPath);
    expect(r.output).toContain('validates');
    expect(r.ok).toBe(true);
  });

  test('the manifest rewritten for a deployment address validates and points only there', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kpi-manifest-'));
    const file = path.join(dir, 'manifest.xml');
    const xml = rewriteManifestUrls(manifest, 'https://intranet.example.go.th/kpi-progress');
    fs.writeFileSync(file, xml);
    expect(validate(file).ok).toBe(true);
    expect(xml).not.toContain('localhost');
    expect(xml).toContain('<AppDomain>https://intranet.example.go.th</AppDomain>');
    expect(xml).toContain('https://intranet.example.go.th/kpi-progress/taskpane.html');
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('a broken manifest is rejected (the check can fail)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kpi-manifest-'));
    const file = path.join(dir, 'manifest.xml');
    fs.writeFileSync(file, manifest.replace('<Permissions>ReadWriteDocument</Permissions>', '<Permissions>Everything</Permissions>'));
    expect(validate(file).ok).toBe(false);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

describe('manifest.xml content', () => {
  test('the Home tab shows คำนวณความก้าวหน้า and สร้างสรุปผล in Thai, with English defaults', () => {
    expect(manifest).toMatch(/<OfficeTab id="TabHome">/);
    expect(manifest).toMatch(/DefaultValue="Recalculate progress">\s*<bt:Override Locale="th-TH" Value="คำนวณความก้าวหน้า"\/>/);
    expect(manifest).toMatch(/DefaultValue="Generate summary">\s*<bt:Override Locale="th-TH" Value="สร้างสรุปผล"\/>/);
  });

  test('the two commands run the functions the commands page registers', () => {
    const names = [...manifest.matchAll(/<FunctionName>([^<]+)<\/FunctionName>/g)].map((m) => m[1]);
    expect(names.sort()).toEqual(Object.values(COMMAND_NAMES).sort());
  });

  test('the ribbon commands have their own page, and the manifest needs no shared runtime', () => {
    // One run at a time holds across the two pages through ui/one-run.ts (localStorage and a BroadcastChannel).
    expect(manifest).toContain('<FunctionFile resid="Commands.Url"/>');
    expect(manifest).toContain('commands.html');
    expect(manifest).not.toContain('<Runtimes>');
  });

  test('it asks for ReadWriteDocument and at most ExcelApi 1.13', () => {
    expect(manifest).toContain('<Permissions>ReadWriteDocument</Permissions>');
    const v = manifest.match(/<Set Name="ExcelApi" MinVersion="([\d.]+)"\/>/);
    expect(v).not.toBeNull();
    const [major, minor] = v![1].split('.').map(Number);
    expect(major).toBe(1);
    expect(minor).toBeLessThanOrEqual(13);
    // The adapter checks at run time only what lies above the manifest's minimum: the two must agree.
    expect(v![1]).toBe(MANIFEST_MINIMUM);
  });

  test('every icon the manifest names exists at its stated size', () => {
    const images = [...manifest.matchAll(/https:\/\/localhost:3000\/(assets\/icons\/[\w-]+-(\d+)\.png)/g)];
    expect(images.length).toBeGreaterThanOrEqual(10);
    for (const [, rel, size] of images) {
      expect(pngSize(path.join(root, rel))).toEqual([Number(size), Number(size)]);
    }
  });

  test('the icons script draws the same icons that are committed', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kpi-icons-'));
    fs.mkdirSync(path.join(dir, 'scripts'));
    fs.copyFileSync(path.join(root, 'scripts/make-icons.js'), path.join(dir, 'scripts/make-icons.js'));
    execFileSync(process.execPath, [path.join(dir, 'scripts/make-icons.js')], { cwd: dir });
    for (const f of fs.readdirSync(path.join(dir, 'assets/icons'))) {
      expect(fs.readFileSync(path.join(dir, 'assets/icons', f)).equals(fs.readFileSync(path.join(root, 'assets/icons', f)))).toBe(true);
    }
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
