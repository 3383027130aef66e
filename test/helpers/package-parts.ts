/** Test helpers on the parts of .xlsx packages: which changed, what a sheet's XML holds, what LibreOffice makes of it. */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { entryBytes, entryText, readZip, type ZipEntry } from '../../src/xlsx/zip/read-zip';

export function parts(file: string): Map<string, ZipEntry> {
  return new Map(readZip(readFileSync(file)).map((e) => [e.name, e]));
}

/** Parts of `input` missing from `output`, and parts present in both whose bytes differ. */
export function partChanges(input: string, output: string): { missing: string[]; changed: string[] } {
  const a = parts(input);
  const b = parts(output);
  const missing: string[] = [];
  const changed: string[] = [];
  for (const [name, e] of a) {
    const o = b.get(name);
    if (!o) missing.push(name);
    else if (!entryBytes(o).equals(entryBytes(e))) changed.push(name);
  }
  return { missing, changed };
}

export function partText(file: string, name: string): string {
  const e = parts(file).get(name);
  if (!e) throw new Error(`${file} has no ${name}`);
  return entryText(e);
}

/** The whole elements `<name …>…</name>` (or self-closed) of a part, in order: to compare a sheet's features. */
export function elements(xml: string, name: string): string[] {
  return [...xml.matchAll(new RegExp(`<${name}\\b[^>]*?(?:/>|>[\\s\\S]*?</${name}>)`, 'g'))].map((m) => m[0]);
}

/** A python3 that has openpyxl (Debian's python3-openpyxl is under /usr/bin where another python3 comes first). */
export function pythonWithOpenpyxl(): string | null {
  for (const py of ['python3', '/usr/bin/python3']) {
    const r = spawnSync(py, ['-c', 'import openpyxl'], { encoding: 'utf8' });
    if (r.status === 0) return py;
  }
  return null;
}

export function soffice(): string | null {
  for (const bin of ['soffice', 'libreoffice']) {
    if (spawnSync(bin, ['--version'], { encoding: 'utf8' }).status === 0) return bin;
  }
  return null;
}

/**
 * LibreOffice headless converts `file` (to 'csv' of its first sheet, 'pdf', or 'xlsx') into `dir`; returns the
 * path written. A private profile per call, so a running LibreOffice never takes the job.
 */
export function libreOfficeConvert(bin: string, file: string, to: string, dir: string): string {
  const profile = `file://${path.join(dir, `.lo-profile-${process.pid}`)}`;
  execFileSync(bin, [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', to, '--outdir', dir, file], {
    stdio: 'pipe',
    timeout: 120_000,
  });
  const out = path.join(dir, `${path.basename(file, path.extname(file))}.${to.split(':')[0]}`);
  if (!existsSync(out)) throw new Error(`LibreOffice wrote no ${out}`);
  return out;
}
