/** Worksheets and their protection of the in-memory Excel: the part of the API the adapter uses. */
import { MAX_COLS, MAX_ROWS, parseSheetAddress, quoteSheet } from '../core/address';
import { ClientObject, itemNotFound } from './base';
import { ChartCollectionProxy, recorder } from './charts';
import type { MemoryContext } from './context';
import { MemoryOfficeError, type Tx } from './engine';
import { RangeProxy } from './range';
import { AreasRangeProxy } from './ranges';
import { NO_ROWS } from './saved';
import { findSheet, usedRange, type MemSheet } from './state';
import { clearsUndo, structureProtected } from './rules';
import { WorksheetProtectionProxy } from './protection';

/** Before a change to the sheet list (add, delete, rename, hide, move): refused when the structure is protected. */
export function structureChange(tx: Tx, call: Parameters<typeof clearsUndo>[0]): void {
  if (tx.wb.structureProtected) throw structureProtected();
  if (clearsUndo(call, tx.host)) tx.clearUndo();
}

export type SheetRef = { byName: string } | { byId: number } | { active: true };

export class WorksheetProxy extends ClientObject {
  protected readonly _type = 'Worksheet';
  private _boundId: number | null = null;
  readonly protection: WorksheetProtectionProxy;
  readonly freezePanes: { freezeRows(count: number): void };
  readonly pageLayout: Record<string, unknown>;
  readonly horizontalPageBreaks: Record<string, unknown>;
  readonly charts: ChartCollectionProxy;

  constructor(
    context: MemoryContext,
    private readonly ref: SheetRef,
    nullable = false,
  ) {
    super(context);
    if ('byId' in ref) this._boundId = ref.byId;
    if (nullable) this._watchNull((tx) => this._sheet(tx, true));
    this.protection = new WorksheetProtectionProxy(context, this);
    this.freezePanes = {
      freezeRows: (count: number) =>
        this._sheetChange({ call: 'freezePanes.freezeRows', args: [count] }, (s) => {
          s.layout.freezeRows = count;
        }),
    };
    this.pageLayout = recorder(this, 'pageLayout');
    this.horizontalPageBreaks = recorder(this, 'horizontalPageBreaks');
    this.charts = new ChartCollectionProxy(context, this);
  }

  _bind(id: number): void {
    this._boundId = id;
  }

  _sheet(tx: Tx, nullable: true): MemSheet | null;
  _sheet(tx: Tx, nullable?: false): MemSheet;
  _sheet(tx: Tx, nullable = false): MemSheet | null {
    let sheet: MemSheet | undefined;
    if (this._boundId !== null) sheet = tx.wb.sheets.find((s) => s.id === this._boundId);
    else if ('byName' in this.ref) sheet = findSheet(tx.wb, this.ref.byName);
    else if ('active' in this.ref) sheet = tx.wb.sheets.find((s) => s.id === tx.wb.activeSheetId) ?? tx.wb.sheets[0];
    if (sheet) this._boundId = sheet.id;
    if (!sheet && !nullable) throw itemNotFound(`worksheet ${'byName' in this.ref ? this.ref.byName : this._boundId}`);
    return sheet ?? null;
  }

  /** A change to the sheet itself, not its cells: queued; when it runs the sheet is marked changed, then `apply`. */
  private _sheetChange(json: Record<string, unknown>, apply: (s: MemSheet, tx: Tx) => void): void {
    this._command(json, (tx) => {
      const s = this._sheet(tx);
      tx.touch(s, NO_ROWS);
      apply(s, tx);
    });
  }

  override _fill(data: Record<string, unknown>): void {
    for (const [k, v] of Object.entries(data)) {
      if (k === 'protection/protected') this.protection._fillProtected(v as boolean);
      else {
        this._data[k] = v;
        this._loaded.add(k);
      }
    }
  }

  protected override _loadable(): string[] {
    return ['name', 'visibility', 'position', 'id'];
  }

  protected _read(tx: Tx, prop: string): unknown {
    const s = this._sheet(tx);
    switch (prop) {
      case 'name':
        return s.name;
      case 'visibility':
        return s.visibility;
      case 'position':
        return tx.wb.sheets.indexOf(s);
      case 'id':
        return `{${s.id}}`;
      case 'showGridlines':
        return s.layout.showGridlines ?? true;
      case 'protection/protected':
        return s.protected;
      default:
        throw new MemoryOfficeError('InvalidArgument', `Worksheet.${prop} is not modelled`);
    }
  }

  get name(): string {
    return this._get('name');
  }
  set name(value: string) {
    this._sheetChange({ set: 'name', value }, (s, tx) => {
      if (s.name !== value) structureChange(tx, 'name');
      const other = findSheet(tx.wb, value);
      if (other && other !== s) throw new MemoryOfficeError('ItemAlreadyExists', 'A sheet with that name exists.');
      // Names referring to the sheet follow it, as in Excel.
      const ref = new RegExp(`^=(${escapeRe(s.name)}|'${escapeRe(s.name.replace(/'/g, "''"))}')!`, 'i');
      for (const n of tx.wb.names) if (ref.test(n.formula)) n.formula = n.formula.replace(ref, `=${quoteSheet(value)}!`);
      s.name = value;
    });
  }
  get visibility(): string {
    return this._get('visibility');
  }
  set visibility(value: string) {
    this._sheetChange({ set: 'visibility', value }, (s, tx) => {
      if (!['Visible', 'Hidden', 'VeryHidden'].includes(value)) throw new MemoryOfficeError('InvalidArgument', `visibility ${value}`);
      if (s.visibility !== value) structureChange(tx, 'visibility');
      if (value !== 'Visible' && tx.wb.sheets.filter((x) => x.visibility === 'Visible' && x !== s).length === 0) {
        throw new MemoryOfficeError('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
      }
      s.visibility = value as MemSheet['visibility'];
    });
  }
  get position(): number {
    return this._get('position');
  }
  set position(value: number) {
    this._command({ set: 'position', value }, (tx) => {
      const s = this._sheet(tx);
      tx.touch();
      if (tx.wb.sheets.indexOf(s) !== value) structureChange(tx, 'position');
      tx.wb.sheets.splice(tx.wb.sheets.indexOf(s), 1);
      tx.wb.sheets.splice(Math.min(value, tx.wb.sheets.length), 0, s);
    });
  }
  set showGridlines(value: boolean) {
    this._sheetChange({ set: 'showGridlines', value }, (s) => {
      s.layout.showGridlines = value;
    });
  }
  set tabColor(value: string) {
    this._sheetChange({ set: 'tabColor', value }, (s) => {
      s.layout.tabColor = value;
    });
  }

  activate(): void {
    this._command({ call: 'activate' }, (tx) => {
      const s = this._sheet(tx);
      if (s.visibility !== 'Visible') throw new MemoryOfficeError('InvalidOperation', 'Cannot activate a hidden sheet.');
      tx.wb.activeSheetId = s.id;
    });
  }

  delete(): void {
    this._command({ call: 'delete' }, (tx) => {
      const s = this._sheet(tx);
      tx.touch(s); // all of it: a deleted sheet comes back from its copy
      structureChange(tx, 'delete');
      if (s.visibility === 'Visible' && tx.wb.sheets.filter((x) => x.visibility === 'Visible').length === 1) {
        throw new MemoryOfficeError('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
      }
      tx.wb.sheets.splice(tx.wb.sheets.indexOf(s), 1);
      const ref = new RegExp(`^=(${escapeRe(s.name)}|'${escapeRe(s.name.replace(/'/g, "''"))}')!`, 'i');
      for (const n of tx.wb.names) if (ref.test(n.formula)) n.formula = n.formula.replace(ref, '=#REF!');
      if (tx.wb.activeSheetId === s.id) tx.wb.activeSheetId = tx.wb.sheets.find((x) => x.visibility === 'Visible')?.id ?? null;
    });
  }

  getRange(address?: string): RangeProxy {
    if (address === undefined) return new RangeProxy(this.context, this, () => ({ top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLS - 1 }), 'sheet');
    const { sheet, range } = parseSheetAddress(address);
    if (sheet !== null) {
      return new RangeProxy(this.context, new WorksheetProxy(this.context, { byName: sheet }), () => range);
    }
    return new RangeProxy(this.context, this, () => range);
  }

  /** Ranges of this sheet by their addresses, 'A1:B2,D4' (ExcelApi 1.9): only their format is modelled. */
  getRanges(address: string): AreasRangeProxy {
    return new AreasRangeProxy(this.context, this, address);
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): RangeProxy {
    return new RangeProxy(this.context, this, () => ({
      top: startRow,
      left: startColumn,
      bottom: startRow + rowCount - 1,
      right: startColumn + columnCount - 1,
    }));
  }

  getUsedRange(valuesOnly = false): RangeProxy {
    return new RangeProxy(this.context, this, (tx) => usedRange(this._sheet(tx), valuesOnly) ?? { top: 0, left: 0, bottom: 0, right: 0 });
  }

  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    return new RangeProxy(this.context, this, (tx) => usedRange(this._sheet(tx), valuesOnly), 'range', true);
  }
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
