/**
 * ย้อนกลับ (undo a run): before a run changes anything, the value, number format and fill of every cell it will
 * change are saved with the workbook, so the snapshot survives save and reopen and works in every Excel (Ctrl+Z does
 * not survive a reopen, and before ExcelApi 1.20 a run is many undo steps).
 *
 * Where: custom XML parts of our namespace (core/store-xml.ts), not a very hidden sheet: adding a sheet and setting
 * its visibility clear the user's undo stack on Windows and Mac, and no CustomXmlPart call is on the "Unsupported
 * APIs" list of "Undo support in Excel add-ins" (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-undo-capabilities).
 * The snapshot's layout and sizes are planned in core (office-plan/snapshot-plan.ts, snapshot-syncs.ts); this file
 * only makes the Office.js calls.
 *
 * A new snapshot's parts are added first, the last run's removed in the same batch as the last of them: a run cut
 * short leaves the last run's snapshot whole (core picks the latest whole one), never half of a new one.
 * A snapshot left by an earlier version in the very hidden sheet `_kpi_progress_undo` is still restored (read only;
 * its column A is emptied when it is used or replaced: a cell edit, which undo supports).
 */
import { legacyRows, legacySnapshot, restoreChanges, SnapshotDamaged, type Snapshot } from '../core/office-plan/snapshot-plan';
import { inPieces, packParts, partBytes, partsPerRead } from '../core/office-plan/snapshot-syncs';
import { snapshotFromParts, snapshotParts, UNDO_NAMESPACE } from '../core/store-xml';
import { packWrites, planWrites, queueWrites } from './cell-writes';
import { ExcelActionError, mapped } from './errors';
import type { ExcelRun } from './excel-run';
import { UNDO_SHEET } from './own-sheets';
import { payloadBudget } from './requirements';

export function newRunId(): string {
  return `${Date.now().toString(36)}${Math.floor(Math.random() * 36 ** 4).toString(36)}`;
}

/** What is in the workbook before a run writes its snapshot: the last run's parts, and whether the old sheet is there. */
export interface StoredUndo {
  partIds: string[];
  legacySheet: boolean;
}

/** The snapshot's parts packed into syncs under the budget. */
export function snapshotSyncs(snapshot: Snapshot, budget: number): string[][] {
  return packParts(snapshotParts(snapshot, partBytes(budget)), budget);
}

/**
 * Queues one sync of the snapshot: its parts; with the last, the removal of the last run's parts (and the emptying
 * of an older version's sheet), so the store never holds a snapshot but whole ones.
 */
export function queueSnapshotSync(context: Excel.RequestContext, parts: string[], last: boolean, stored: StoredUndo): void {
  for (const xml of parts) context.workbook.customXmlParts.add(xml);
  if (!last) return;
  for (const id of stored.partIds) context.workbook.customXmlParts.getItem(id).delete();
  if (stored.legacySheet) context.workbook.worksheets.getItem(UNDO_SHEET).getRange('A:A').clear('Contents');
}

export interface RestoreOutcome {
  /** Cells put back. */
  cells: number;
  /** Sheets of the snapshot that are gone (deleted or renamed since): left alone. */
  missingSheets: string[];
}

/**
 * ย้อนกลับ: puts back every cell the last run changed (value, number format, fill) exactly as it was, then
 * removes the snapshot, in one batch when it fits (else with the last piece, so a failure part-way leaves it there
 * to run again). Syncs: 2 reads + 1 write (more only past 4 MB: parts read and cells written in pieces).
 */
export function restoreLastRun(run: ExcelRun, onProgress?: (done: number, total: number) => void): Promise<RestoreOutcome> {
  let protectedSheet: string | null = null;
  return mapped(
    () =>
      run(async (context) => {
        const parts = context.workbook.customXmlParts.getByNamespace(UNDO_NAMESPACE).load('items/id');
        const legacy = context.workbook.worksheets.getItemOrNullObject(UNDO_SHEET);
        const sheets = context.workbook.worksheets.load('items/name');
        await context.sync();
        const budget = payloadBudget(context);
        const ids = parts.items.map((p) => p.id);
        if (!ids.length && legacy.isNullObject) throw new ExcelActionError('no-snapshot');
        const protection = sheets.items.map((ws) => ({ name: ws.name, p: ws.protection.load('protected') }));
        const xmls: string[] = [];
        let legacyColumn: unknown[] = [];
        const pieces = inPieces(ids, partsPerRead(budget));
        if (!pieces.length) {
          // No parts: an older version's sheet (its first rows hold the header and as many chunks as fit).
          {
            const first = legacy.getRangeByIndexes(0, 0, 1 + Math.max(1, Math.floor(budget / 120_000)), 1).load('values');
            await context.sync();
            legacyColumn = first.values.map((row) => row[0]);
            const rows = legacyRows(legacyColumn[0]);
            if (rows > legacyColumn.length) {
              const rest = legacy.getRangeByIndexes(legacyColumn.length, 0, rows - legacyColumn.length, 1).load('values');
              await context.sync();
              for (const row of rest.values) legacyColumn.push(row[0]);
            }
          }
        }
        for (const piece of pieces) {
          const results = piece.map((id) => parts.getItem(id).getXml());
          // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per 4 MB of parts, not per row
          await context.sync();
          for (const r of results) xmls.push(r.value);
        }
        let snapshot: Snapshot | null;
        try {
          snapshot = ids.length ? snapshotFromParts(xmls) : legacySnapshot(legacyColumn);
        } catch (e) {
          if (e instanceof SnapshotDamaged) throw new ExcelActionError('snapshot-damaged', '', null, { cause: e });
          throw e;
        }
        if (!snapshot) throw new ExcelActionError('no-snapshot');

        const present = new Set(sheets.items.map((ws) => ws.name));
        const missingSheets = snapshot.sheets.filter((s) => !present.has(s));
        const changes = restoreChanges(snapshot).filter((c) => present.has(c.sheet));
        // A protected sheet: the run wrote only cells the user unlocked there, so they go back the same way (rectangles
        // of those cells only); should Excel refuse one (locked since), the message names the sheet and the snapshot
        // stays for another try.
        const guarded = new Set(protection.filter((x) => x.p.protected && changes.some((c) => c.sheet === x.name)).map((x) => x.name));
        protectedSheet = [...guarded][0] ?? null;
        const syncs = packWrites(planWrites(changes, guarded), budget);
        if (!syncs.length) syncs.push([]);
        const wsCache = new Map<string, Excel.Worksheet>();
        for (let i = 0; i < syncs.length; i++) {
          context.application.suspendApiCalculationUntilNextSync();
          queueWrites(context, syncs[i], wsCache);
          if (i === syncs.length - 1) {
            for (const id of ids) context.workbook.customXmlParts.getItem(id).delete();
            if (!legacy.isNullObject) legacy.getRange('A:A').clear('Contents');
          }
          // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per 4 MB piece, not per row
          await context.sync();
          onProgress?.(i + 1, syncs.length);
        }
        return { cells: changes.length, missingSheets };
      }),
    () => protectedSheet,
  );
}
