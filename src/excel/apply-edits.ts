/**
 * Applies the engine's edits to the workbook through Office.js.
 *
 * - Writes whole rectangles per sheet and run of changed columns (`values` and `numberFormat` with `null` for the
 *   cells left alone), fills grouped into one-colour rectangles, calculation suspended in every writing sync
 *   (ExcelApi 1.6 suspendApiCalculationUntilNextSync), never a sync per cell or row: 1 writing sync (and a probe
 *   sync when the caller has not just read the workbook), more only when the snapshot and the writes together
 *   pass the 4 MB budget (at 100,000 rows: 3 syncs, 6.4 MB).
 * - Strings are written as text whatever they start with (see cell-writes.ts).
 * - Undo: the snapshot for ย้อนกลับ (undo-snapshot.ts, in custom XML parts: no sheet is added or hidden, so the
 *   user's Ctrl+Z survives on every host) is synced first, in syncs of its own: Excel does not roll a
 *   failing batch back (the commands before the failing one stay done), so a write never shares a batch with the
 *   snapshot that undoes it. A write sync that fails has its cells put back from the snapshot at once; should that
 *   fail too, the message says to press ย้อนกลับ.
 *   With ExcelApi 1.20 the cell writes also run as one Excel undo step (Excel.run's `mergeUndoGroup`); the
 *   snapshot is then written in its own run just before, outside the undo group, so Ctrl+Z takes back the cells
 *   and leaves ย้อนกลับ's snapshot alone.
 * - A protected target sheet takes the edits of the cells the user unlocked (core has left out the others, and the
 *   formats where the protection does not allow formatting: core/protected-cells.ts), in rectangles that cover only
 *   those cells. An edit Excel would refuse there (a locked cell, or a format, as the read found them) is refused
 *   before anything is written; a write Excel refuses anyway (the lock changed since the read) is put back like any
 *   failed write, and the message names the sheet.
 */
import type { Grid } from '../core/grid';
import type { CellChange } from '../core/office-plan/snapshot-plan';
import { changesOf, type Snapshot } from '../core/office-plan/snapshot-plan';
import { UNDO_NAMESPACE } from '../core/store-xml';
import type { Edit } from '../core/types';
import { packWrites, planWrites, queueWrites, type WriteOp } from './cell-writes';
import { ExcelActionError, mapped, officeCode } from './errors';
import type { ExcelRun } from './excel-run';
import { UNDO_SHEET } from './own-sheets';
import { apiSupported, payloadBudget } from './requirements';
import { newRunId, queueSnapshotSync, restoreLastRun, snapshotSyncs, type StoredUndo } from './undo-snapshot';

export { changesOf };

export interface ApplyOutcome {
  /** Cells written (values, formats or fills). */
  cells: number;
  /** Syncs used, the probe included. */
  syncs: number;
  /** 'excel-undo-group': Ctrl+Z takes the run back in one step, and ย้อนกลับ works too; 'snapshot': ย้อนกลับ only. */
  undo: 'excel-undo-group' | 'snapshot' | 'none';
  snapshotId: string | null;
}

/** What a readGrid just before already knows about the sheets: spares the probe sync. */
export interface KnownSheets {
  sheetNames: string[];
  protectedSheets: string[];
  structureProtected?: boolean;
  /** The ids of the undo store's parts (the last run's snapshot), replaced by this run's. */
  undoPartIds?: string[];
}

/** Writes `edits`, planned on `grid` (what each cell held before is read there, for ย้อนกลับ). */
export function applyEdits(
  run: ExcelRun,
  edits: Iterable<Edit>,
  grid: Grid,
  onProgress?: (done: number, total: number) => void,
  known?: KnownSheets,
): Promise<ApplyOutcome> {
  let protectedSheet: string | null = null;
  return mapped(
    async () => {
      const { changes, snapshot: partial } = changesOf(edits, grid);
      if (!changes.length) return { cells: 0, syncs: 0, undo: 'none', snapshotId: null };
      const snapshot: Snapshot = { ...partial, id: newRunId(), at: new Date().toISOString() };
      let writes: WriteOp[][] = [];
      let total = 1;
      let syncs = 0;
      let done = 0;
      let wroteCells = false;
      let grouped = false;
      const step = () => onProgress?.(++done, total);
      // Before each writing sync: from then on a failure has cells to put back.
      const onWrite = (after: boolean) => {
        if (!after) wroteCells = true;
        else {
          syncs++;
          step();
        }
      };
      try {
        grouped = await run(async (context) => {
          const canGroup = apiSupported(context, '1.20');
          const budget = payloadBudget(context);
          // The snapshot is synced before any write: Excel keeps what a failing batch did before it fails (no
          // rollback), so a cell write never shares a batch with the snapshot that can undo it. With an undo group
          // the cells go in a run of their own (one Ctrl+Z step); without, in this run after the snapshot.
          const parts = snapshotSyncs(snapshot, budget);
          // Probe (one sync, unless the caller just read the workbook): the sheets exist, which are protected, the
          // last run's undo parts.
          let names = known?.sheetNames;
          let locked = known?.protectedSheets;
          let partIds = known?.undoPartIds;
          if (!names || !locked || !partIds) {
            const sheets = context.workbook.worksheets.load('items/name,items/protection/protected');
            const stored = context.workbook.customXmlParts.getByNamespace(UNDO_NAMESPACE).load('items/id');
            await context.sync();
            syncs++;
            names = sheets.items.map((ws) => ws.name);
            locked = sheets.items.filter((ws) => ws.protection.protected).map((ws) => ws.name);
            partIds = stored.items.map((p) => p.id);
          }
          const missing = partial.sheets.find((name) => !names!.includes(name));
          if (missing) throw new ExcelActionError('sheet-missing', missing);
          const guarded = new Set(partial.sheets.filter((name) => locked!.includes(name)));
          protectedSheet = [...guarded][0] ?? null;
          const refused = changes.find((c) => guarded.has(c.sheet) && !writableThere(c, grid));
          if (refused) throw new ExcelActionError('sheet-protected', refused.sheet);
          writes = packWrites(planWrites(changes, guarded), budget);
          total = parts.length + writes.length;

          // No sheet is added or hidden: the snapshot goes in custom XML parts (undo-snapshot.ts), which leaves
          // the user's undo stack alone on every host.
          const stored: StoredUndo = { partIds, legacySheet: names.includes(UNDO_SHEET) };
          const sheets = new Map<string, Excel.Worksheet>();
          for (let i = 0; i < parts.length; i++) {
            context.application.suspendApiCalculationUntilNextSync();
            queueSnapshotSync(context, parts[i], i === parts.length - 1, stored);
            // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per 4 MB piece, not per row
            await context.sync();
            syncs++;
            step();
          }
          if (!canGroup) await writeAll(context, writes, onWrite, sheets);
          return canGroup;
        });

        if (grouped) {
          const writeRun = (options?: { mergeUndoGroup: true }) =>
            run(async (context) => {
              await writeAll(context, writes, onWrite);
            }, options);
          try {
            await writeRun({ mergeUndoGroup: true });
          } catch (e) {
            // A command Excel cannot put in an undo group: write without the group (ย้อนกลับ still works).
            if (officeCode(e) !== 'UndoNotSupported' || wroteCells) throw e;
            grouped = false;
            await writeRun();
          }
        }
      } catch (e) {
        // A writing sync failed, and Excel kept what its commands before the failing one did: every cell goes
        // back from the snapshot now. Should that fail too, the user is told to press ย้อนกลับ (the snapshot stays).
        if (wroteCells) {
          try {
            await restoreLastRun(run);
          } catch (restoreError) {
            // A cell of a protected sheet locked since the read refuses its figure and its old value alike: the
            // sheet is named (a run after unlocking writes every cell right; ย้อนกลับ works then too).
            if (protectedSheet && officeCode(e) === 'AccessDenied' && restoreError instanceof ExcelActionError && restoreError.code === 'sheet-protected') {
              throw new ExcelActionError('sheet-protected', protectedSheet, 'AccessDenied', { cause: e });
            }
            throw new ExcelActionError('partly-written', '', officeCode(e), { cause: restoreError });
          }
        }
        throw e;
      }
      return {
        cells: changes.length,
        syncs,
        undo: grouped ? 'excel-undo-group' : 'snapshot',
        snapshotId: snapshot.id,
      } satisfies ApplyOutcome;
    },
    () => protectedSheet,
  );
}

/** The cell writes, a sync per 4 MB piece; `onWrite(false)` before each sync, `onWrite(true)` after. */
async function writeAll(
  context: Excel.RequestContext,
  syncs: WriteOp[][],
  onWrite: (after: boolean) => void,
  sheets = new Map<string, Excel.Worksheet>(),
): Promise<void> {
  for (const ops of syncs) {
    context.application.suspendApiCalculationUntilNextSync();
    queueWrites(context, ops, sheets);
    onWrite(false);
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per 4 MB piece, not per row
    await context.sync();
    onWrite(true);
  }
}

/** Whether Excel takes this change on a protected sheet, as the read found it: an unlocked cell, formats if allowed. */
function writableThere(change: CellChange, grid: Grid): boolean {
  const sheet = grid.sheets.find((s) => s.name === change.sheet);
  if (sheet?.unlocked?.[change.row]?.[change.col] !== true) return false;
  const formats = change.numberFormat !== undefined || change.fill !== undefined;
  return !formats || (sheet.protected === true && sheet.formatsLocked === false);
}
