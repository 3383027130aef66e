/**
 * Excel's rules the add-in lives with, as checks that run in a real Excel (the Script Lab snippet in
 * docs/excel-checks/ is made from this file by build-snippet.ts) and against the in-memory Excel (`npm run
 * excel-checks`). Only Office.js calls, on a scratch sheet the checks add and delete: each answers PASS when Excel
 * behaves as src/memory-excel/rules.ts says, FAIL when not, MANUAL (with the step to try) for what code cannot see.
 * Plain TypeScript with no imports, so the snippet can carry it as it is.
 */

type Run = <T>(batch: (context: Excel.RequestContext) => Promise<T>, options?: { mergeUndoGroup?: boolean }) => Promise<T>;
type Verdict = { verdict: 'PASS' | 'FAIL' | 'MANUAL'; detail: string };
export interface Check {
  id: string;
  rule: string;
  run(run: Run, host: 'web' | 'desktop'): Promise<Verdict>;
}

const SCRATCH = 'kpi_checks';
const pass = (detail: string): Verdict => ({ verdict: 'PASS', detail });
const fail = (detail: string): Verdict => ({ verdict: 'FAIL', detail });
const manual = (detail: string): Verdict => ({ verdict: 'MANUAL', detail });
const codeOf = (e: unknown) => String((e as { code?: string })?.code ?? (e as Error)?.message ?? e);

/** Runs `batch` on a fresh scratch sheet, deleted afterwards. */
async function onScratch<T>(run: Run, batch: (ws: Excel.Worksheet, context: Excel.RequestContext) => Promise<T>): Promise<T> {
  await run(async (context) => {
    context.workbook.worksheets.getItemOrNullObject(SCRATCH).delete();
    await context.sync().catch(() => undefined);
    context.workbook.worksheets.add(SCRATCH);
    await context.sync();
  });
  try {
    return await run((context) => batch(context.workbook.worksheets.getItem(SCRATCH), context));
  } finally {
    await run(async (context) => {
      context.workbook.worksheets.getItem(SCRATCH).delete();
      await context.sync();
    }).catch(() => undefined);
  }
}

/** True when the batch's sync failed. */
async function fails(context: Excel.RequestContext): Promise<string | null> {
  try {
    await context.sync();
    return null;
  } catch (e) {
    return codeOf(e);
  }
}

export const CHECKS: Check[] = [
  {
    id: 'values-over-5m-cells',
    rule: 'a values read over 5,000,000 cells answers null (office-js #4783, #6781)',
    run: (run) =>
      onScratch(run, async (ws, context) => {
        ws.getRange('E1048576').values = [['x']];
        const big = ws.getRange('A1:E1048576').load('values');
        const failed = await fails(context);
        if (failed) return fail(`the read failed (${failed}) instead of answering null`);
        return big.values === null ? pass('values is null') : fail('values came back: the limit is higher here');
      }),
  },
  {
    id: 'merged-areas-over-512',
    rule: 'getMergedAreasOrNullObject fails past 512 merged areas (Range reference, ExcelApi 1.13)',
    run: (run) =>
      onScratch(run, async (ws, context) => {
        ws.getRange('A1:B513').merge(true); // one area a row: 513
        await context.sync();
        const areas = ws.getRange('A1:B600').getMergedAreasOrNullObject().load('areaCount');
        const failed = await fails(context);
        return failed ? pass(`refused (${failed})`) : fail(`answered ${areas.areaCount} areas`);
      }),
  },
  {
    id: 'merged-areas-top-left',
    rule: 'merged areas are answered only by a range holding their top-left cell',
    run: (run) =>
      onScratch(run, async (ws, context) => {
        ws.getRange('A10:A12').merge();
        await context.sync();
        const areas = ws.getRange('A11:B20').getMergedAreasOrNullObject().load('address');
        await context.sync();
        return areas.isNullObject ? pass('not answered from A11:B20') : fail(`answered ${areas.address}`);
      }),
  },
  {
    id: 'no-rollback',
    rule: 'a failing batch keeps what the commands before the failing one did',
    run: (run) =>
      onScratch(run, async (ws, context) => {
        ws.getRange('A1').values = [['kept?']];
        context.workbook.worksheets.getItem('no such sheet ๙').getRange('A1').values = [['x']];
        const failed = await fails(context);
        const a1 = ws.getRange('A1').load('values');
        await context.sync();
        if (!failed) return fail('the batch did not fail');
        return a1.values[0][0] === 'kept?' ? pass('A1 kept after the failure') : fail('A1 rolled back');
      }),
  },
  {
    id: 'delete-clears-undo',
    rule: 'Worksheet.delete clears the undo stack (Undo support in Excel add-ins)',
    run: async () => manual('type in any cell, run the checks again (they add and delete a sheet), press Ctrl+Z: nothing to undo = PASS'),
  },
  {
    id: 'visibility-clears-undo',
    rule: 'Worksheet.visibility clears the undo stack on Windows and Mac, not on the web',
    run: async (_run, host) =>
      manual(`type in a cell, hide a sheet from a script (ws.visibility = 'Hidden'), press Ctrl+Z: on ${host} expect ${host === 'web' ? 'the hide undone' : 'nothing to undo'}`),
  },
  {
    id: 'merge-undo-group',
    rule: 'mergeUndoGroup makes one undo step only with ExcelApi 1.20 and an office.js that sends it',
    run: async (run) => {
      const supported = await run(async (context) => {
        const own = (context as unknown as { requirements?: { isSetSupported(n: string, v: string): boolean } }).requirements;
        return own ? own.isSetSupported('ExcelApi', '1.20') : Office.context.requirements.isSetSupported('ExcelApi', '1.20');
      });
      return manual(`ExcelApi 1.20 ${supported ? 'is' : 'is not'} supported: write two cells in two syncs with mergeUndoGroup, press Ctrl+Z once: both gone = honoured`);
    },
  },
  {
    id: 'structure-protection',
    rule: 'a protected workbook structure refuses new sheets with AccessDenied (protect/unprotect clear Ctrl+Z)',
    run: async (run) => {
      const p = (context: Excel.RequestContext) => context.workbook.protection;
      const already = await run(async (context) => {
        const got = p(context).load('protected');
        await context.sync();
        return got.protected;
      });
      // Protected here (ExcelApi 1.7) unless the user already did, with a password this cannot know.
      if (!already) await run(async (context) => (p(context).protect(), context.sync()));
      try {
        await onScratch(run, async () => undefined);
        return fail('a sheet was added');
      } catch (e) {
        const code = codeOf(e);
        return code === 'AccessDenied' ? pass('adding a sheet refused (AccessDenied)') : fail(`refused with ${code}, not AccessDenied`);
      } finally {
        if (!already) await run(async (context) => (p(context).unprotect(), context.sync()));
      }
    },
  },
  {
    id: 'page-layout-zoom',
    rule: 'pageLayout.zoom takes fit-to-pages counts of 1 or more; 0 is not documented',
    run: (run) =>
      onScratch(run, async (ws, context) => {
        ws.pageLayout.zoom = { verticalFitToPages: 0 };
        const failed = await fails(context);
        return failed
          ? pass(`0 refused (${failed}); then open Page Layout: fit-to-pages applies only once that tab was shown (office-js #1860) — MANUAL`)
          : fail('0 accepted: the in-memory Excel is stricter than this Excel');
      }),
  },
  {
    id: 'enum-arguments',
    rule: 'enum arguments outside @types/office-js are refused (chart type)',
    run: (run) =>
      onScratch(run, async (ws, context) => {
        ws.getRange('A1:B2').values = [['a', 1], ['b', 2]];
        ws.charts.add('NoSuchChart' as Excel.ChartType, ws.getRange('A1:B2'));
        const failed = await fails(context);
        return failed ? pass(`refused (${failed})`) : fail('accepted');
      }),
  },
  {
    id: 'request-limit',
    rule: 'Excel on the web refuses a request over 5 MB; Windows and Mac take it',
    run: (run, host) =>
      onScratch(run, async (ws, context) => {
        const text = 'ก'.repeat(30_000); // 90,000 bytes a cell
        ws.getRange('A1:A70').values = Array.from({ length: 70 }, () => [text]);
        const failed = await fails(context);
        if (host === 'web') return failed ? pass(`6.3 MB refused (${failed})`) : fail('6.3 MB accepted on the web');
        return failed ? fail(`6.3 MB refused on the desktop (${failed})`) : pass('6.3 MB accepted');
      }),
  },
  {
    id: 'response-limit',
    rule: 'Excel on the web refuses a response over 5 MB; Windows and Mac answer it',
    run: (run, host) =>
      onScratch(run, async (ws, context) => {
        const text = 'ก'.repeat(30_000); // 90,000 bytes a cell, written in two requests of 3.2 MB
        for (const rows of ['A1:A35', 'A36:A70']) {
          ws.getRange(rows).values = Array.from({ length: 35 }, () => [text]);
          await context.sync();
        }
        ws.getRange('A1:A70').load('values');
        const failed = await fails(context);
        if (host === 'web') return failed ? pass(`a 6.3 MB answer refused (${failed})`) : fail('a 6.3 MB answer given on the web');
        return failed ? fail(`a 6.3 MB answer refused on the desktop (${failed})`) : pass('a 6.3 MB answer given');
      }),
  },
  {
    id: 'ranges-address-8000',
    rule: 'getRanges refuses an address list of 8,000 characters (office-js #5198)',
    run: (run) =>
      onScratch(run, async (ws, context) => {
        const parts: string[] = [];
        for (let r = 1; parts.join(',').length < 8_100; r += 2) parts.push(`A${r}`);
        ws.getRanges(parts.join(',')).format.fill.color = '#FFC7CE';
        const failed = await fails(context);
        return failed ? pass(`refused (${failed})`) : fail('accepted');
      }),
  },
  {
    id: 'protected-locked-cell',
    rule: 'on a protected sheet a locked cell refuses a value (AccessDenied) and an unlocked cell takes one',
    run: (run) =>
      onScratch(run, async (ws, context) => {
        ws.getRange('A1:B1').values = [['old', 'old']];
        ws.getRange('B1').format.protection.locked = false;
        ws.protection.protect();
        await context.sync();
        ws.getRange('B1').values = [['new']];
        const unlocked = await fails(context);
        ws.getRange('A1').values = [['x']];
        const locked = await fails(context);
        const cells = ws.getRange('A1:B1').load('values');
        ws.protection.unprotect();
        await context.sync();
        const [a1, b1] = cells.values[0];
        if (unlocked) return fail(`the unlocked cell refused a value (${unlocked})`);
        if (!locked) return fail('the locked cell took a value');
        if (a1 !== 'old' || b1 !== 'new') return fail(`A1 ${String(a1)}, B1 ${String(b1)}`);
        return pass(`B1 written, A1 refused (${locked}${locked === 'AccessDenied' ? '' : ': the in-memory Excel answers AccessDenied'})`);
      }),
  },
  {
    id: 'protected-formats',
    rule: 'a protected sheet refuses a fill even on an unlocked cell unless protected with allowFormatCells; a mixed lock reads null',
    run: (run) =>
      onScratch(run, async (ws, context) => {
        ws.getRange('B1').format.protection.locked = false;
        ws.protection.protect();
        await context.sync();
        const lock = ws.getRange('A1:B1').format.protection.load('locked');
        const props = ws.getRange('A1:B1').getCellProperties({ format: { protection: true } });
        await context.sync();
        ws.getRange('B1').format.fill.color = '#FFC7CE';
        const plain = await fails(context);
        ws.protection.unprotect();
        ws.protection.protect({ allowFormatCells: true });
        await context.sync();
        ws.getRange('B1').format.fill.color = '#FFC7CE';
        const allowed = await fails(context);
        ws.protection.unprotect();
        await context.sync();
        const locks = props.value[0].map((p) => p.format?.protection?.locked);
        if (lock.locked !== null || locks[0] !== true || locks[1] !== false) return fail(`locks read ${String(lock.locked)} and ${JSON.stringify(locks)}`);
        if (!plain) return fail('the fill went in without allowFormatCells: the in-memory Excel is stricter than this Excel');
        return allowed ? fail(`refused with allowFormatCells too (${allowed})`) : pass(`refused (${plain}); taken with allowFormatCells`);
      }),
  },
  {
    id: 'protected-null-over-locked',
    rule: 'a values write whose null entries fall on locked cells of a protected sheet is refused (not documented)',
    run: (run) =>
      onScratch(run, async (ws, context) => {
        ws.getRange('B1').format.protection.locked = false;
        ws.protection.protect();
        await context.sync();
        ws.getRange('A1:B1').values = [[null, 'new']];
        const failed = await fails(context);
        ws.protection.unprotect();
        await context.sync();
        // The add-in never relies on either answer: on a protected sheet it writes only the cells it changes.
        return failed ? pass(`refused (${failed})`) : fail('taken: this Excel skips locked cells under null (the in-memory Excel is stricter)');
      }),
  },
  {
    id: 'custom-xml-parts',
    rule: 'a custom XML part is added, read back by namespace and deleted (ExcelApi 1.5)',
    run: (run) =>
      run(async (context) => {
        const ns = 'urn:kpi-progress:check';
        const xml = `<check xmlns="${ns}">ทดสอบ ๑๒๓</check>`;
        const added = context.workbook.customXmlParts.add(xml).load('id');
        await context.sync();
        const found = context.workbook.customXmlParts.getByNamespace(ns).load('items/id');
        const text = context.workbook.customXmlParts.getItem(added.id).getXml();
        await context.sync();
        const ids = found.items.map((p) => p.id);
        context.workbook.customXmlParts.getItem(added.id).delete();
        const left = context.workbook.customXmlParts.getByNamespace(ns).getCount();
        await context.sync();
        if (!ids.includes(added.id)) return fail(`not found by its namespace (${ids.join(', ')})`);
        if (!text.value.includes('ทดสอบ ๑๒๓')) return fail(`read back as ${text.value.slice(0, 80)}`);
        return left.value === 0 ? pass('added, read back whole, deleted') : fail(`${left.value} left after delete`);
      }),
  },
  {
    id: 'custom-xml-part-1mb',
    rule: 'Excel on the web refuses a custom XML part over 1 MB (office-js #2408); Windows and Mac take it',
    run: (run, host) =>
      run(async (context) => {
        const ns = 'urn:kpi-progress:check';
        context.workbook.customXmlParts.add(`<check xmlns="${ns}">${'a'.repeat(1_100_000)}</check>`);
        const failed = await fails(context);
        const left = context.workbook.customXmlParts.getByNamespace(ns).load('items/id');
        await context.sync();
        for (const p of left.items) p.delete();
        await context.sync();
        if (host === 'web') return failed ? pass(`1.1 MB refused (${failed})`) : fail('1.1 MB taken on the web: the in-memory Excel is stricter than this Excel');
        return failed ? fail(`1.1 MB refused on the desktop (${failed})`) : pass('1.1 MB taken');
      }),
  },
];
