/**
 * The page breaks a user set between rows, kept through the command line's open and save. exceljs 4.x writes a
 * worksheet's `rowBreaks` but never reads them back: its `<brk>` reader looks for an attribute no break has, its
 * sheet reader leaves the list out of the sheet's model, and the sheet takes no breaks from a model. So a report
 * set up to print a department to a page came out of `kpi-progress recalc` with every break gone.
 *
 * Each of the three is mended on exceljs's own classes, once, before the first workbook is opened. Where a later
 * exceljs has changed them (a method missing), that part is left as exceljs has it. Column breaks exceljs knows
 * nothing of, in either direction: they are still lost.
 */
import ExcelJS from 'exceljs';

interface BreakModel {
  id: string | number;
  max?: string | number;
  min?: string | number;
  man?: string | number;
}

interface XformLike {
  model: unknown;
  parser?: unknown;
  map?: Record<string, { model?: unknown }>;
}

let patched = false;

export function keepPageBreaks(): void {
  if (patched) return;
  patched = true;
  /* eslint-disable @typescript-eslint/no-require-imports -- exceljs's readers are not part of its typed API */
  const brkXform = require('exceljs/lib/xlsx/xform/sheet/page-breaks-xform') as { prototype: Record<string, unknown> };
  const sheetXform = require('exceljs/lib/xlsx/xform/sheet/worksheet-xform') as { prototype: Record<string, unknown> };
  /* eslint-enable @typescript-eslint/no-require-imports */
  const sheetProto = Object.getPrototypeOf(new ExcelJS.Workbook().addWorksheet('x')) as object;
  const modelSetter = Object.getOwnPropertyDescriptor(sheetProto, 'model');
  const parseClose = sheetXform.prototype.parseClose as ((this: XformLike, name: string) => boolean) | undefined;
  if (typeof brkXform.prototype.parseOpen !== 'function' || typeof parseClose !== 'function' || !modelSetter?.set || !modelSetter.get) {
    return;
  }

  // <brk id="20" max="16383" man="1"/>: the break's attributes, as exceljs writes them back.
  brkXform.prototype.parseOpen = function (this: XformLike, node: { name: string; attributes: Record<string, string> }) {
    if (node.name !== 'brk') return false;
    this.model = { ...node.attributes };
    return true;
  };

  sheetXform.prototype.parseClose = function (this: XformLike, name: string) {
    const reading = this.parser !== undefined;
    const more = parseClose.call(this, name);
    const breaks = this.map?.rowBreaks?.model;
    if (!reading && name === 'worksheet' && Array.isArray(breaks) && this.model && typeof this.model === 'object') {
      (this.model as { rowBreaks?: BreakModel[] }).rowBreaks = breaks.filter((b): b is BreakModel => typeof b === 'object' && b !== null);
    }
    return more;
  };

  Object.defineProperty(sheetProto, 'model', {
    ...modelSetter,
    set(this: { rowBreaks: BreakModel[] }, value: { rowBreaks?: BreakModel[] }) {
      modelSetter.set!.call(this, value);
      if (Array.isArray(value.rowBreaks)) this.rowBreaks = value.rowBreaks.map((b) => ({ ...b }));
    },
  });
}
