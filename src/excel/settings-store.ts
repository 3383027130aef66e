/**
 * The user's settings (measure/direction corrections, digits, tolerance, cabinet targets, font), saved with the
 * workbook in a custom XML part of our namespace (core/store-xml.ts), which the command line reads from the file's
 * customXml/item*.xml. Not a very hidden sheet any more: adding a sheet and setting its visibility clear the user's
 * undo stack on Windows and Mac, and no CustomXmlPart call is on the "Unsupported APIs" list of "Undo support in
 * Excel add-ins" (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-undo-capabilities).
 *
 * An older workbook's settings sheet `_kpi_progress` is still read when the store has no settings part. Saving
 * leaves that sheet as it is, not migrated away: deleting it would clear the user's undo stack on every host, and
 * the store's part is read before it by the add-in and the command line alike, so its stale settings are never used.
 * Two syncs to load, two to save.
 */
import { SETTINGS_SHEET } from '../core/settings';
import { settingsXml, SETTINGS_NAMESPACE, storedSettings } from '../core/store-xml';
import type { Settings } from '../core/types';
import { mapped } from './errors';
import type { ExcelRun } from './excel-run';

export function loadSettings(run: ExcelRun): Promise<Partial<Settings>> {
  return mapped(() =>
    run(async (context) => {
      const parts = context.workbook.customXmlParts.getByNamespace(SETTINGS_NAMESPACE).load('items/id');
      const legacy = context.workbook.worksheets.getItemOrNullObject(SETTINGS_SHEET);
      await context.sync();
      const xml = parts.items.map((p) => p.getXml());
      const used = parts.items.length || legacy.isNullObject ? null : legacy.getUsedRange(true).load('values,rowIndex,columnIndex');
      if (!xml.length && !used) return {};
      await context.sync();
      let chunks: string[] | null = null;
      if (used && used.rowIndex === 0 && used.columnIndex === 0) {
        chunks = [];
        for (const row of used.values) {
          const v = row[0];
          if (typeof v !== 'string' || v === '') break;
          chunks.push(v);
        }
      }
      return storedSettings(xml.map((x) => x.value), chunks).settings;
    }),
  );
}

export function saveSettings(run: ExcelRun, settings: Partial<Settings>): Promise<void> {
  return mapped(() =>
    run(async (context) => {
      const parts = context.workbook.customXmlParts.getByNamespace(SETTINGS_NAMESPACE).load('items/id');
      await context.sync();
      const xml = settingsXml(settings);
      const [first, ...extra] = parts.items;
      if (first) first.setXml(xml);
      else context.workbook.customXmlParts.add(xml);
      for (const part of extra) part.delete();
      await context.sync();
    }),
  );
}
