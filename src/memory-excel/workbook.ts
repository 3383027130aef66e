/** Workbook, worksheets, names and charts of the in-memory Excel: the part of the API the adapter uses. */
import { a1, absoluteRef, MAX_COLS, MAX_ROWS, parseSheetAddress, quoteSheet, sheetA1 } from '../core/address';
import { ClientObject, itemNotFound, notLoaded, propList, writable, type LoadOption } from './base';
import type { MemoryContext } from './context';
import { MemoryOfficeError, type Tx } from './engine';
import { AreasRangeProxy, RangeProxy } from './range';
import { NO_ROWS } from './saved';
import { findSheet, newSheet, usedRange, type MemSheet } from './state';
import { checkEnum, checkPageLayout, clearsUndo, structureProtected } from './rules';

/** Before a change to the sheet list (add, delete, rename, hide, move): refused when the structure is protected. */
function structureChange(tx: Tx, call: Parameters<typeof clearsUndo>[0]): void {
  if (tx.wb.structureProtected) throw structureProtected();
  if (clearsUndo(call, tx.host)) tx.clearUndo();
}

export class WorkbookProxy extends ClientObject {
  protected readonly _type = 'Workbook';
  readonly worksheets: WorksheetCollectionProxy;
  readonly names: NamedItemCollectionProxy;
  readonly protection: WorkbookProtectionProxy;
  constructor(context: MemoryContext) {
    super(context);
    this.worksheets = new WorksheetCollectionProxy(context);
    this.names = new NamedItemCollectionProxy(context);
    this.protection = new WorkbookProtectionProxy(context);
  }
  protected _read(_tx: Tx, prop: string): unknown {
    throw new MemoryOfficeError('InvalidArgument', `Workbook.${prop} is not modelled`);
  }
}

/** [ExcelApi 1.7] Workbook.protection: `protected` is the structure's protection. */
export class WorkbookProtectionProxy extends ClientObject {
  protected readonly _type = 'WorkbookProtection';
  protected _read(tx: Tx, prop: string): unknown {
    if (prop === 'protected') return !!tx.wb.structureProtected;
    throw new MemoryOfficeError('InvalidArgument', `WorkbookProtection.${prop} is not modelled`);
  }
  get protected(): boolean {
    return this._get('protected');
  }
}

export class ApplicationProxy extends ClientObject {
  protected readonly _type = 'Application';
  protected _read(_tx: Tx, prop: string): unknown {
    if (prop === 'calculationMode') return 'Automatic';
    throw new MemoryOfficeError('InvalidArgument', `Application.${prop} is not modelled`);
  }
  get calculationMode(): string {
    return this._get('calculationMode');
  }
  /** [ExcelApi 1.6] */
  suspendApiCalculationUntilNextSync(): void {
    this._command({ call: 'suspendApiCalculationUntilNextSync' }, (tx) => tx.suspendCalculation());
  }
}

// ---------------------------------------------------------------------------------------------------------------

/** An item a collection loads: it answers the loaded properties, then takes them after the sync. */
interface CollectionItem {
  _snapshot(tx: Tx, props: string[]): Record<string, unknown>;
  _fill(data: Record<string, unknown>): void;
}

/** `load('items/…')` and `items` of a collection, as Excel does them: nothing is readable before the sync. */
abstract class CollectionProxy<T extends CollectionItem> extends ClientObject {
  private _items: T[] | null = null;
  protected abstract readonly _defaultProps: string[];
  protected abstract _makeItems(tx: Tx): T[];

  protected _read(): unknown {
    throw new MemoryOfficeError('InvalidArgument', 'not modelled');
  }

  override load(props?: LoadOption): this {
    const names = propList(props).map((p) => p.replace(/^items\//, ''));
    const props2 = names.length ? names : this._defaultProps;
    this.context.enqueue({
      json: { load: this._id, props: props2.map((p) => `items/${p}`) },
      exec: (tx) => {
        const items = this._makeItems(tx);
        const data = items.map((item) => item._snapshot(tx, props2));
        tx.respond(data);
        return () => {
          items.forEach((item, i) => item._fill(data[i]));
          this._items = items;
        };
      },
    });
    return this;
  }

  get items(): T[] {
    if (!this._items) throw notLoaded('items', this._type);
    return this._items;
  }
}

type SheetRef = { byName: string } | { byId: number } | { active: true };

export class WorksheetCollectionProxy extends CollectionProxy<WorksheetProxy> {
  protected readonly _type = 'WorksheetCollection';
  protected readonly _defaultProps = ['name', 'visibility', 'position'];

  protected _makeItems(tx: Tx): WorksheetProxy[] {
    return tx.wb.sheets.map((s) => new WorksheetProxy(this.context, { byId: s.id }));
  }

  getItem(name: string): WorksheetProxy {
    return new WorksheetProxy(this.context, { byName: name });
  }

  getItemOrNullObject(name: string): WorksheetProxy {
    return new WorksheetProxy(this.context, { byName: name }, true);
  }

  getActiveWorksheet(): WorksheetProxy {
    return new WorksheetProxy(this.context, { active: true });
  }

  add(name?: string): WorksheetProxy {
    const proxy = new WorksheetProxy(this.context, { byName: name ?? '' });
    this._command({ call: 'add', args: [name] }, (tx) => {
      tx.touch();
      structureChange(tx, 'add');
      let sheetName = name;
      if (!sheetName) {
        let i = tx.wb.sheets.length + 1;
        while (findSheet(tx.wb, `Sheet${i}`)) i++;
        sheetName = `Sheet${i}`;
      }
      if (findSheet(tx.wb, sheetName)) {
        throw new MemoryOfficeError('ItemAlreadyExists', 'A resource with the same name or identifier already exists.');
      }
      if (sheetName.length > 31 || /[[\]:*?/\\]/.test(sheetName) || /^'|'$/.test(sheetName)) {
        throw new MemoryOfficeError('InvalidArgument', 'The argument is invalid or missing or has an incorrect format.');
      }
      proxy._bind(newSheet(tx.wb, sheetName).id);
    });
    return proxy;
  }
}

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
        this._command({ call: 'freezePanes.freezeRows', args: [count] }, (tx) => {
          const s = this._sheet(tx);
          tx.touch(s, NO_ROWS);
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

  _snapshot(tx: Tx, props: string[]): Record<string, unknown> {
    const data: Record<string, unknown> = {};
    for (const p of props) data[p] = this._read(tx, p);
    return data;
  }

  _fill(data: Record<string, unknown>): void {
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
    this._command({ set: 'name', value }, (tx) => {
      const s = this._sheet(tx);
      tx.touch(s, NO_ROWS);
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
    this._command({ set: 'visibility', value }, (tx) => {
      const s = this._sheet(tx);
      tx.touch(s, NO_ROWS);
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
    this._command({ set: 'showGridlines', value }, (tx) => {
      const s = this._sheet(tx);
      tx.touch(s, NO_ROWS);
      s.layout.showGridlines = value;
    });
  }
  set tabColor(value: string) {
    this._command({ set: 'tabColor', value }, (tx) => {
      const s = this._sheet(tx);
      tx.touch(s, NO_ROWS);
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

export class WorksheetProtectionProxy extends ClientObject {
  protected readonly _type = 'WorksheetProtection';
  constructor(
    context: MemoryContext,
    private readonly sheet: WorksheetProxy,
  ) {
    super(context);
  }
  protected _read(tx: Tx, prop: string): unknown {
    if (prop === 'protected') return this.sheet._sheet(tx).protected;
    throw new MemoryOfficeError('InvalidArgument', `WorksheetProtection.${prop} is not modelled`);
  }
  get protected(): boolean {
    return this._get('protected');
  }
  _fillProtected(value: boolean): void {
    this._data.protected = value;
    this._loaded.add('protected');
  }
}

export class NamedItemCollectionProxy extends CollectionProxy<NamedItemProxy> {
  protected readonly _type = 'NamedItemCollection';
  protected readonly _defaultProps = ['name', 'formula', 'type'];

  protected _makeItems(tx: Tx): NamedItemProxy[] {
    return tx.wb.names.map((n) => new NamedItemProxy(this.context, n.name));
  }
  /** [ExcelApi 1.4] */
  add(name: string, reference: RangeProxy | string, _comment?: string): NamedItemProxy {
    this._command({ call: 'add', args: [name, typeof reference === 'string' ? reference : reference._id] }, (tx) => {
      tx.touch();
      if (tx.wb.names.some((n) => n.name.toLowerCase() === name.toLowerCase())) {
        throw new MemoryOfficeError('ItemAlreadyExists', 'A name with that name already exists.');
      }
      let formula: string;
      if (typeof reference === 'string') formula = reference.startsWith('=') ? reference : `=${reference}`;
      else {
        const { sheet, rect } = reference._range(tx);
        formula = absoluteRef(sheet.name, rect.top, rect.left);
      }
      tx.wb.names.push({ name, formula });
    });
    return new NamedItemProxy(this.context, name);
  }
  getItem(name: string): NamedItemProxy {
    return new NamedItemProxy(this.context, name);
  }
  getItemOrNullObject(name: string): NamedItemProxy {
    return new NamedItemProxy(this.context, name, true);
  }
}

export class NamedItemProxy extends ClientObject {
  protected readonly _type = 'NamedItem';
  constructor(
    context: MemoryContext,
    private readonly itemName: string,
    nullable = false,
  ) {
    super(context);
    if (nullable) this._watchNull((tx) => this._item(tx, true));
  }
  private _item(tx: Tx, nullable = false) {
    const item = tx.wb.names.find((n) => n.name.toLowerCase() === this.itemName.toLowerCase());
    if (!item && !nullable) throw itemNotFound(`name ${this.itemName}`);
    return item ?? null;
  }
  _snapshot(tx: Tx, props: string[]): Record<string, unknown> {
    const data: Record<string, unknown> = {};
    for (const p of props) data[p] = this._read(tx, p);
    return data;
  }
  _fill(data: Record<string, unknown>): void {
    Object.assign(this._data, data);
    for (const k of Object.keys(data)) this._loaded.add(k);
  }
  protected _read(tx: Tx, prop: string): unknown {
    const item = this._item(tx)!;
    if (prop === 'name') return item.name;
    if (prop === 'formula') return item.formula;
    if (prop === 'value') return item.formula.replace(/^=/, '');
    if (prop === 'type') return item.formula.includes('#REF!') ? 'Error' : 'Range';
    throw new MemoryOfficeError('InvalidArgument', `NamedItem.${prop} is not modelled`);
  }
  get name(): string {
    return this._get('name');
  }
  get formula(): string {
    return this._get('formula');
  }
  get type(): string {
    return this._get('type');
  }
  delete(): void {
    this._command({ call: 'delete' }, (tx) => {
      tx.touch();
      const item = this._item(tx)!;
      tx.wb.names.splice(tx.wb.names.indexOf(item), 1);
    });
  }
}

export class ChartCollectionProxy extends ClientObject {
  protected readonly _type = 'ChartCollection';
  constructor(
    context: MemoryContext,
    private readonly sheet: WorksheetProxy,
  ) {
    super(context);
  }
  protected _read(tx: Tx, prop: string): unknown {
    if (prop === 'count') return this.sheet._sheet(tx).charts.length;
    throw new MemoryOfficeError('InvalidArgument', `ChartCollection.${prop} is not modelled`);
  }
  get count(): number {
    return this._get('count');
  }
  add(type: string, sourceData: RangeProxy, seriesBy = 'Auto'): Record<string, unknown> {
    let index = -1;
    this._command({ call: 'add', args: [type, sourceData._id, seriesBy] }, (tx) => {
      checkEnum('chartType', type);
      checkEnum('seriesBy', seriesBy);
      const s = this.sheet._sheet(tx);
      writable(tx, s, NO_ROWS);
      const { sheet, rect } = sourceData._range(tx);
      index = s.charts.push({ type, source: sheetA1(sheet.name, rect), seriesBy, props: {} }) - 1;
    });
    return recorderOn(this, '', (tx) => {
      const s = this.sheet._sheet(tx);
      writable(tx, s, NO_ROWS);
      const chart = s.charts[index];
      if (!chart) throw itemNotFound('chart');
      return chart.props;
    });
  }
}

/**
 * Records every property set and method called under `root` (e.g. pageLayout, a chart) as commands that store
 * the value by path: enough to check what the adapter asked for, without modelling each object.
 */
function recorder(sheet: WorksheetProxy, root: string): Record<string, unknown> {
  return recorderOn(sheet as unknown as ClientObject, root, (tx) => {
    const s = sheet._sheet(tx);
    writable(tx, s, NO_ROWS);
    return s.layout;
  });
}

function recorderOn(owner: ClientObject, root: string, store: (tx: Tx) => Record<string, unknown>): Record<string, unknown> {
  const make = (path: string): Record<string, unknown> =>
    new Proxy(function () {} as unknown as Record<string, unknown>, {
      get(_t, key) {
        if (typeof key !== 'string' || key === 'then' || key === 'toJSON') return undefined;
        if (key === 'load') {
          return () => {
            throw new MemoryOfficeError('InvalidArgument', `loading ${path} is not modelled in the in-memory Excel`);
          };
        }
        return make(path ? `${path}.${key}` : key);
      },
      set(_t, key, value) {
        const p = path ? `${path}.${String(key)}` : String(key);
        const plain = JSON.parse(JSON.stringify(value ?? null));
        owner.context.enqueue({
          json: { on: owner._id, set: p, value },
          exec: (tx) => {
            checkPageLayout(p, plain);
            store(tx)[p] = plain;
          },
        });
        return true;
      },
      apply(_t, _this, args) {
        // Ranges passed as arguments (chart.setPosition(range)) are kept as their address.
        const plain = (tx: Tx) =>
          args.map((a) => (a instanceof RangeProxy ? a1(a._range(tx).rect) : JSON.parse(JSON.stringify(a ?? null))));
        owner.context.enqueue({ json: { on: owner._id, call: path, args }, exec: (tx) => void (store(tx)[`${path}()`] = plain(tx)) });
        return make(`${path}(${args.map((a) => JSON.stringify(a)).join(',')})`);
      },
    });
  return make(root);
}
