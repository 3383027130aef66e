/**
 * Requirement sets. The manifest asks for ExcelApi 1.13 (reading merged areas needs it), so nothing at or below
 * 1.13 is checked at run time; newer sets (only mergeUndoGroup, ExcelApi 1.20) are checked here.
 */

import { WRITE_BUDGET } from '../core/office-plan/payload';

export const MANIFEST_MINIMUM = '1.13';

interface RequirementsHost {
  requirements?: { isSetSupported(name: string, version?: string): boolean };
}

/**
 * True when Excel supports ExcelApi `version`. In Excel: Office.context.requirements; in the in-memory Excel
 * (tests, preview): the context's own `requirements`.
 */
export function apiSupported(context: Excel.RequestContext, version: string): boolean {
  const own = (context as unknown as RequirementsHost).requirements;
  if (own && typeof own.isSetSupported === 'function') return own.isSetSupported('ExcelApi', version);
  const office = (globalThis as { Office?: typeof Office }).Office;
  return !!office?.context?.requirements?.isSetSupported('ExcelApi', version);
}

/**
 * Bytes one sync may carry. Excel on the web refuses a request or a response over 5 MB, so there we aim under
 * 4 MB; Excel on Windows and Mac have no such limit, so there a workbook is read in one sync whatever its size
 * (capped at 128 MB, about 200,000 indicator rows, to keep the pane's memory sane). The in-memory Excel says its own
 * limit.
 */
export function payloadBudget(context: Excel.RequestContext): number {
  const own = (context as unknown as { payloadLimit?: number }).payloadLimit;
  // Under Excel on the web's 5 MB the in-memory Excel aims at the same 4,000,000 bytes; under a test's small limit, 80 %.
  if (typeof own === 'number') return Number.isFinite(own) ? Math.min(WRITE_BUDGET, Math.floor(own * 0.8)) : DESKTOP_BUDGET;
  const office = (globalThis as { Office?: typeof Office }).Office;
  return String(office?.context?.platform) === 'OfficeOnline' ? WRITE_BUDGET : DESKTOP_BUDGET;
}

export const DESKTOP_BUDGET = 128_000_000;
