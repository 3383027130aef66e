/**
 * The user's settings as saved with the workbook: JSON, read back defensively. Kept in a custom XML part
 * (core/store-xml.ts); workbooks saved by earlier versions hold it in a very hidden sheet, still read.
 */
import type { DigitStyle, IndicatorOverride, Settings } from './types';

/** The very hidden sheet that held the settings in workbooks saved by earlier versions (read, never written now). */
export const SETTINGS_SHEET = '_kpi_progress';
/** A cell holds at most 32,767 characters: long JSON is split down column A. */
export const SETTINGS_CHUNK = 30_000;

export function serializeSettings(settings: Partial<Settings>): string[] {
  const json = JSON.stringify({ version: 1, ...settings });
  const chunks: string[] = [];
  for (let i = 0; i < json.length; i += SETTINGS_CHUNK) chunks.push(json.slice(i, i + SETTINGS_CHUNK));
  return chunks;
}

/** Reads what was saved; anything unreadable is dropped (with the reason), never trusted. */
export function parseSettings(chunks: string[]): { settings: Partial<Settings>; problems: string[] } {
  const problems: string[] = [];
  let raw: unknown;
  try {
    raw = JSON.parse(chunks.join(''));
  } catch {
    return { settings: {}, problems: ['การตั้งค่าที่บันทึกไว้อ่านไม่ได้: ใช้ค่าเริ่มต้น'] };
  }
  if (!raw || typeof raw !== 'object') return { settings: {}, problems: ['การตั้งค่าที่บันทึกไว้อ่านไม่ได้: ใช้ค่าเริ่มต้น'] };
  const r = raw as Record<string, unknown>;
  const settings: Partial<Settings> = {};
  if (r.digits === 'auto' || r.digits === 'thai' || r.digits === 'arabic') settings.digits = r.digits as 'auto' | DigitStyle;
  if (typeof r.tolerance === 'number' && Number.isFinite(r.tolerance) && r.tolerance >= 0) settings.tolerance = r.tolerance;
  if (typeof r.font === 'string' && r.font.trim()) settings.font = r.font.trim();
  if (typeof r.straightLine === 'boolean') settings.straightLine = r.straightLine;
  if (Array.isArray(r.cabinetTargets) && r.cabinetTargets.length === 4) {
    settings.cabinetTargets = r.cabinetTargets.map((x) => (typeof x === 'number' && Number.isFinite(x) ? x : null));
  }
  if (r.overrides && typeof r.overrides === 'object') {
    const overrides: Record<string, IndicatorOverride> = {};
    for (const [key, v] of Object.entries(r.overrides as Record<string, unknown>)) {
      if (!/^.+!\d+$/.test(key) || !v || typeof v !== 'object') {
        problems.push(`ข้ามการแก้ไขตัวชี้วัด "${key}" ที่อ่านไม่ได้`);
        continue;
      }
      const o = v as Record<string, unknown>;
      const out: IndicatorOverride = {};
      if (o.measure === 'count' || o.measure === 'cumulative' || o.measure === 'level' || o.measure === 'rate') out.measure = o.measure;
      if (o.direction === 'higher' || o.direction === 'lower') out.direction = o.direction;
      overrides[key] = out;
    }
    settings.overrides = overrides;
  }
  return { settings, problems };
}
