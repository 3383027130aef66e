/** The summary command's extra step: the summary sheet, rendered from the report, added after the source sheets. */
import { renderSummary } from '../core/summary/render-summary';
import type { Report, Settings } from '../core/types';
import { userSheetNames } from '../xlsx/package/our-sheets';
import type { PackageWriter } from '../xlsx/patch/package-writer';
import { addSummaryParts } from '../xlsx/summary/add-summary';
import type { SummaryNote } from '../xlsx/write-sheet-spec';

export function addSummarySheet(writer: PackageWriter, report: Report, settings: Partial<Settings>): { name: string; notes: SummaryNote[] } {
  const sheets = userSheetNames(writer.pkg);
  const spec = renderSummary(report, {
    sheetNames: sheets,
    digits: settings.digits && settings.digits !== 'auto' ? settings.digits : undefined,
    font: settings.font,
    cabinetTargets: settings.cabinetTargets,
  });
  const written = addSummaryParts(writer, spec, sheets);
  return { name: written.sheetName, notes: written.notes };
}
