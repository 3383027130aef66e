/**
 * Proxy objects of the in-memory Excel, with Office.js's rules: setting a property or calling a method queues a
 * command; `load` queues a read whose result arrives at `sync`; reading a property that was not loaded and synced
 * throws PropertyNotLoaded. Only the part of the API the adapter (src/excel) uses is here.
 */
import type { CellRange } from '../../core/grid';
import { a1, absoluteRef, MAX_COLS, MAX_ROWS, parseA1, parseSheetAddress, sheetA1 } from './address';
import { MemoryOfficeError, type Action, type MemoryEngine, type Tx } from './engine';
import {
  cellAt,
  findSheet,
  intersects,
  newSheet,
  readFormula,
  readValue,
  usedRange,
  writeNumberFormat,
  writeValue,
  type MemSheet,
  type MemStyle,
} from './state';

export class MemoryContext {
  readonly workbook: WorkbookProxy;
  readonly application: ApplicationProxy;
  readonly trackedObjects = { add(): void {}, remove(): void {} };
  /** Requirement sets this Excel supports (the adapter asks here when there is no Office host). */
  readonly requirements: { isSetSupported(name: string, version?: string): boolean };
  private queue: Action[] = [];

  constructor(
    readonly engine: MemoryEngine,
    private readonly group: { merged: boolean; recorded: boolean },
  ) {
    this.workbook = new WorkbookProxy(this);
    this.application = new ApplicationProxy(this);
    this.requirements = {
      isSetSupported: (name, version = '1.1') => name === 'ExcelApi' && engine.supports(version),
    };
  }

  /** Excel on the web's payload limit, or Infinity for a desktop Excel (see requirements.ts payloadBudget). */
  get payloadLimit(): number {
    return this.engine.payloadLimit;
  }

  enqueue(action: Action): void {
    this.queue.push(action);
  }

  load<T extends ClientObject>(object: T, props?: LoadOption): T {
    return object.load(props);
  }

  async sync(): Promise<void> {
    const actions = this.queue;
    this.queue = [];
    await Promise.resolve();
    this.engine.execute(actions, this.group);
  }
}

type LoadOption = string | string[] | { select?: string | string[] } | Record<string, unknown>;

function propList(props: LoadOption | undefined): string[] {
  if (props === undefined) return [];
  if (typeof props === 'string') return props.split(',').map((p) => p.trim()).filter(Boolean);
  if (Array.isArray(props)) return props.flatMap((p) => propList(p));
  if ('select' in props && props.select !== undefined) return propList(props.select as string | string[]);
  return Object.keys(props).filter((k) => (props as Record<string, unknown>)[k]);
}

function notLoaded(prop: string, type: string): MemoryOfficeError {
  return new MemoryOfficeError(
    'PropertyNotLoaded',
    `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${type}.${prop}`,
  );
}

/** What every proxy shares: an id for the request JSON, loaded properties, load(). */
export abstract class ClientObject {
  readonly _id: number;
  protected _data: Record<string, unknown> = {};
  protected _loaded = new Set<string>();
  protected abstract readonly _type: string;

  constructor(readonly context: MemoryContext) {
    this._id = context.engine.objectId();
  }

  /** Reads one loadable property at execution time; throws for a property this model does not have. */
  protected abstract _read(tx: Tx, prop: string): unknown;

  protected _loadable(): string[] {
    return [];
  }

  load(props?: LoadOption): this {
    const list = propList(props);
    const names = list.length ? list : this._loadable();
    this.context.enqueue({
      json: { load: this._id, props: names },
      exec: (tx) => {
        const data: Record<string, unknown> = {};
        for (const p of names) data[p] = this._read(tx, p);
        tx.respond(data);
        return () => {
          Object.assign(this._data, data);
          for (const p of names) this._loaded.add(p);
        };
      },
    });
    return this;
  }

  protected _get<T>(prop: string): T {
    if (!this._loaded.has(prop)) throw notLoaded(prop, this._type);
    return this._data[prop] as T;
  }

  protected _command(json: Record<string, unknown>, exec: (tx: Tx) => void): void {
    this.context.enqueue({ json: { on: this._id, ...json }, exec });
  }

  /** Queues the check behind isNullObject for *OrNullObject getters. */
  protected _watchNull(resolve: (tx: Tx) => unknown): void {
    this.context.enqueue({
      json: { resolve: this._id },
      exec: (tx) => {
        const isNull = resolve(tx) === null;
        return () => {
          this._data.isNullObject = isNull;
          this._loaded.add('isNullObject');
        };
      },
    });
  }

  get isNullObject(): boolean {
    return this._get<boolean>('isNullObject');
  }

  toJSON(): Record<string, unknown> {
    return { ...this._data };
  }
}

function itemNotFound(what: string): MemoryOfficeError {
  return new MemoryOfficeError('ItemNotFound', `The requested resource doesn't exist. (${what})`);
}

function writable(tx: Tx, sheet: MemSheet): void {
  tx.touch();
  if (sheet.protected) {
    throw new MemoryOfficeError(
      'AccessDenied',
      'The cell or chart you are trying to change is protected and therefore read-only.',
    );
  }
}

// ---------------------------------------------------------------------------------------------------------------

export class WorkbookProxy extends ClientObject {
  protected readonly _type = 'Workbook';
  readonly worksheets: WorksheetCollectionProxy;
  readonly names: NamedItemCollectionProxy;
  constructor(context: MemoryContext) {
    super(context);
    this.worksheets = new WorksheetCollectionProxy(context);
    this.names = new NamedItemCollectionProxy(context);
  }
  protected _read(_tx: Tx, prop: string): unknown {
    throw new MemoryOfficeError('InvalidArgument', `Workbook.${prop} is not modelled`);
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

type SheetRef = { byName: string } | { byId: number } | { active: true };

export class WorksheetCollectionProxy extends ClientObject {
  protected readonly _type = 'WorksheetCollection';
  private _items: WorksheetProxy[] | null = null;

  protected _read(): unknown {
    throw new MemoryOfficeError('InvalidArgument', 'not modelled');
  }

  override load(props?: LoadOption): this {
    const names = propList(props).map((p) => p.replace(/^items\//, ''));
    const props2 = names.length ? names : ['name', 'visibility', 'position'];
    this.context.enqueue({
      json: { load: this._id, props: props2.map((p) => `items/${p}`) },
      exec: (tx) => {
        const sheets = tx.wb.sheets.map((s) => s.id);
        const items = sheets.map((id) => new WorksheetProxy(this.context, { byId: id }));
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

  get items(): WorksheetProxy[] {
    if (!this._items) throw notLoaded('items', this._type);
    return this._items;
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
          tx.touch();
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
      tx.touch();
      const other = findSheet(tx.wb, value);
      if (other && other !== s) throw new MemoryOfficeError('ItemAlreadyExists', 'A sheet with that name exists.');
      s.name = value;
    });
  }
  get visibility(): string {
    return this._get('visibility');
  }
  set visibility(value: string) {
    this._command({ set: 'visibility', value }, (tx) => {
      const s = this._sheet(tx);
      tx.touch();
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
      tx.wb.sheets.splice(tx.wb.sheets.indexOf(s), 1);
      tx.wb.sheets.splice(Math.min(value, tx.wb.sheets.length), 0, s);
    });
  }
  set showGridlines(value: boolean) {
    this._command({ set: 'showGridlines', value }, (tx) => {
      const s = this._sheet(tx);
      tx.touch();
      s.layout.showGridlines = value;
    });
  }
  set tabColor(value: string) {
    this._command({ set: 'tabColor', value }, (tx) => {
      const s = this._sheet(tx);
      tx.touch();
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
      tx.touch();
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

// ---------------------------------------------------------------------------------------------------------------

type RectResolver = (tx: Tx) => CellRange | null;

export class RangeProxy extends ClientObject {
  protected readonly _type = 'Range';
  private _rect: CellRange | null | undefined;
  readonly format: RangeFormatProxy;

  constructor(
    context: MemoryContext,
    readonly sheet: WorksheetProxy,
    private readonly resolveRect: RectResolver,
    readonly kind: 'range' | 'sheet' = 'range',
    nullable = false,
  ) {
    super(context);
    if (nullable) this._watchNull((tx) => this._range(tx, true));
    this.format = new RangeFormatProxy(context, this);
  }

  _range(tx: Tx, nullable: true): { sheet: MemSheet; rect: CellRange } | null;
  _range(tx: Tx, nullable?: false): { sheet: MemSheet; rect: CellRange };
  _range(tx: Tx, nullable = false): { sheet: MemSheet; rect: CellRange } | null {
    const sheet = this.sheet._sheet(tx);
    if (this._rect === undefined) this._rect = this.resolveRect(tx);
    if (!this._rect) {
      if (nullable) return null;
      throw itemNotFound('range');
    }
    return { sheet, rect: this._rect };
  }

  protected override _loadable(): string[] {
    return ['address', 'values', 'numberFormat', 'formulas', 'rowCount', 'columnCount', 'rowIndex', 'columnIndex'];
  }

  protected _read(tx: Tx, prop: string): unknown {
    const { sheet, rect } = this._range(tx);
    const grid = <T>(f: (r: number, c: number) => T): T[][] => {
      if ((rect.bottom - rect.top + 1) * (rect.right - rect.left + 1) > 5_000_000) {
        throw new MemoryOfficeError('ResponsePayloadSizeLimitExceeded', 'Range too large to read.');
      }
      const out: T[][] = [];
      for (let r = rect.top; r <= rect.bottom; r++) {
        const row: T[] = [];
        for (let c = rect.left; c <= rect.right; c++) row.push(f(r, c));
        out.push(row);
      }
      return out;
    };
    switch (prop) {
      case 'address':
        return sheetA1(sheet.name, rect);
      case 'rowCount':
        return rect.bottom - rect.top + 1;
      case 'columnCount':
        return rect.right - rect.left + 1;
      case 'rowIndex':
        return rect.top;
      case 'columnIndex':
        return rect.left;
      case 'values':
        return grid((r, c) => readValue(cellAt(sheet, r, c)));
      case 'formulas':
        return grid((r, c) => readFormula(cellAt(sheet, r, c)));
      case 'numberFormat':
        return grid((r, c) => cellAt(sheet, r, c)?.numberFormat ?? 'General');
      case 'text':
        return grid((r, c) => String(readValue(cellAt(sheet, r, c))));
      default:
        throw new MemoryOfficeError('InvalidArgument', `Range.${prop} is not modelled`);
    }
  }

  get address(): string {
    return this._get('address');
  }
  get rowCount(): number {
    return this._get('rowCount');
  }
  get columnCount(): number {
    return this._get('columnCount');
  }
  get rowIndex(): number {
    return this._get('rowIndex');
  }
  get columnIndex(): number {
    return this._get('columnIndex');
  }
  get values(): unknown[][] {
    return this._get('values');
  }
  set values(value: unknown[][]) {
    this._setCells('values', value, writeValue);
  }
  get numberFormat(): unknown[][] {
    return this._get('numberFormat');
  }
  set numberFormat(value: unknown[][]) {
    this._setCells('numberFormat', value, writeNumberFormat);
  }
  get formulas(): unknown[][] {
    return this._get('formulas');
  }
  set formulas(value: unknown[][]) {
    this._setCells('formulas', value, writeValue);
  }
  get text(): string[][] {
    return this._get('text');
  }
  set columnHidden(value: boolean) {
    this._command({ set: 'columnHidden', value }, (tx) => {
      const { sheet, rect } = this._range(tx);
      writable(tx, sheet);
      const hidden = new Set((sheet.layout.hiddenColumns as number[] | undefined) ?? []);
      for (let c = rect.left; c <= rect.right; c++) {
        if (value) hidden.add(c);
        else hidden.delete(c);
      }
      sheet.layout.hiddenColumns = [...hidden].sort((a, b) => a - b);
    });
  }

  private _setCells(prop: string, value: unknown[][], write: (s: MemSheet, r: number, c: number, v: unknown) => void): void {
    this._command({ set: prop, value }, (tx) => {
      const { sheet, rect } = this._range(tx);
      writable(tx, sheet);
      const rows = rect.bottom - rect.top + 1;
      const cols = rect.right - rect.left + 1;
      const single = !Array.isArray(value);
      if (!single && (value.length !== rows || value.some((row) => !Array.isArray(row) || row.length !== cols))) {
        throw new MemoryOfficeError(
          'InvalidArgument',
          `The number of rows or columns in the input array doesn't match the size or dimensions of the range.`,
        );
      }
      // Cells inside a merged area other than its top-left one: Excel refuses a value there.
      const covered = new Set<number>();
      if (prop !== 'numberFormat') {
        for (const m of sheet.merges) {
          if (!intersects(m, rect)) continue;
          for (let r = m.top; r <= m.bottom; r++)
            for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) covered.add(r * MAX_COLS + c);
        }
      }
      for (let r = 0; r < rows; r++) {
        for (let c = 0; c < cols; c++) {
          const v = single ? value : value[r][c];
          if (v !== null && v !== undefined && v !== '' && covered.has((rect.top + r) * MAX_COLS + rect.left + c)) {
            throw new MemoryOfficeError('InvalidOperation', 'Cannot change part of a merged cell.');
          }
          write(sheet, rect.top + r, rect.left + c, v);
        }
      }
    });
  }

  _eachCell(tx: Tx, f: (sheet: MemSheet, r: number, c: number) => void): void {
    const { sheet, rect } = this._range(tx);
    writable(tx, sheet);
    if (this.kind === 'sheet') return; // whole-sheet formats are kept on the sheet, see RangeFormatProxy
    for (let r = rect.top; r <= rect.bottom; r++) for (let c = rect.left; c <= rect.right; c++) f(sheet, r, c);
  }

  merge(across = false): void {
    this._command({ call: 'merge', args: [across] }, (tx) => {
      const { sheet, rect } = this._range(tx);
      writable(tx, sheet);
      const parts = across
        ? Array.from({ length: rect.bottom - rect.top + 1 }, (_, i) => ({ ...rect, top: rect.top + i, bottom: rect.top + i }))
        : [rect];
      for (const part of parts) {
        if (sheet.merges.some((m) => intersects(m, part))) {
          throw new MemoryOfficeError('InvalidOperation', 'Cannot merge cells that overlap a merged area.');
        }
        for (let r = part.top; r <= part.bottom; r++) {
          for (let c = part.left; c <= part.right; c++) {
            if (r === part.top && c === part.left) continue;
            const cell = cellAt(sheet, r, c);
            if (cell) {
              cell.value = null;
              delete cell.formula;
            }
          }
        }
        sheet.merges.push({ ...part });
      }
    });
  }

  unmerge(): void {
    this._command({ call: 'unmerge' }, (tx) => {
      const { sheet, rect } = this._range(tx);
      writable(tx, sheet);
      sheet.merges = sheet.merges.filter((m) => !intersects(m, rect));
    });
  }

  select(): void {
    this._command({ call: 'select' }, (tx) => {
      const { sheet, rect } = this._range(tx);
      if (sheet.visibility !== 'Visible') throw new MemoryOfficeError('InvalidOperation', 'Cannot select on a hidden sheet.');
      tx.wb.activeSheetId = sheet.id;
      tx.wb.selection = { sheetId: sheet.id, address: a1(rect) };
    });
  }

  clear(applyTo = 'All'): void {
    this._command({ call: 'clear', args: [applyTo] }, (tx) => {
      const { sheet, rect } = this._range(tx);
      writable(tx, sheet);
      for (let r = rect.top; r <= Math.min(rect.bottom, sheet.rows.length - 1); r++) {
        const row = sheet.rows[r];
        if (!row) continue;
        for (let c = rect.left; c <= Math.min(rect.right, row.length - 1); c++) {
          const cell = row[c];
          if (!cell) continue;
          if (applyTo === 'All' || applyTo === 'Contents') {
            cell.value = null;
            delete cell.formula;
          }
          if (applyTo === 'All' || applyTo === 'Formats') {
            delete cell.numberFormat;
            delete cell.style;
          }
        }
      }
      if (applyTo === 'All' || applyTo === 'Formats') sheet.merges = sheet.merges.filter((m) => !intersects(m, rect));
    });
  }

  /** [ExcelApi 1.9] Only format.fill.color is modelled: '#RRGGBB', '#FFFFFF' for a cell with no fill (as Excel). */
  getCellProperties(options: { format?: { fill?: { color?: boolean } } }): ClientResultProxy<unknown[][]> {
    const result = new ClientResultProxy<unknown[][]>();
    this.context.enqueue({
      json: { on: this._id, call: 'getCellProperties', args: [options] },
      exec: (tx) => {
        const { sheet, rect } = this._range(tx);
        const out: unknown[][] = [];
        for (let r = rect.top; r <= rect.bottom; r++) {
          const row: unknown[] = [];
          for (let c = rect.left; c <= rect.right; c++) {
            const fill = cellAt(sheet, r, c)?.style?.fill;
            row.push(options.format?.fill?.color ? { format: { fill: { color: `#${fill ?? 'FFFFFF'}` } } } : {});
          }
          out.push(row);
        }
        tx.respond(out);
        return () => result._set(out);
      },
    });
    return result;
  }

  /** [ExcelApi 1.13] */
  getMergedAreasOrNullObject(): RangeAreasProxy {
    return new RangeAreasProxy(this.context, this, (tx) => {
      const { sheet, rect } = this._range(tx);
      const areas = sheet.merges.filter((m) => intersects(m, rect));
      return areas.length ? { sheet, areas } : null;
    });
  }

  /** [ExcelApi 1.9] Only 'Formulas' (with no value type) is modelled. */
  getSpecialCellsOrNullObject(cellType: string): RangeAreasProxy {
    return new RangeAreasProxy(this.context, this, (tx) => {
      if (cellType !== 'Formulas') throw new MemoryOfficeError('InvalidArgument', `special cells ${cellType} not modelled`);
      const { sheet, rect } = this._range(tx);
      const areas: CellRange[] = [];
      for (let r = rect.top; r <= Math.min(rect.bottom, sheet.rows.length - 1); r++) {
        const row = sheet.rows[r];
        if (!row) continue;
        let start = -1;
        for (let c = rect.left; c <= Math.min(rect.right, row.length - 1) + 1; c++) {
          const isFormula = c <= rect.right && row[c]?.formula !== undefined;
          if (isFormula && start < 0) start = c;
          if (!isFormula && start >= 0) {
            areas.push({ top: r, bottom: r, left: start, right: c - 1 });
            start = -1;
          }
        }
      }
      return areas.length ? { sheet, areas } : null;
    });
  }
}

export class RangeAreasProxy extends ClientObject {
  protected readonly _type = 'RangeAreas';
  private _resolved: { sheet: MemSheet; areas: CellRange[] } | null | undefined;
  constructor(
    context: MemoryContext,
    readonly range: RangeProxy,
    private readonly resolver: (tx: Tx) => { sheet: MemSheet; areas: CellRange[] } | null,
  ) {
    super(context);
    this._watchNull((tx) => this._areas(tx));
  }
  _areas(tx: Tx): { sheet: MemSheet; areas: CellRange[] } | null {
    if (this._resolved === undefined) this._resolved = this.resolver(tx);
    return this._resolved;
  }
  protected _read(tx: Tx, prop: string): unknown {
    const found = this._areas(tx);
    if (!found) return null; // a null object loads nothing; read isNullObject first
    if (prop === 'address') return found.areas.map((a) => sheetA1(found.sheet.name, a)).join(',');
    if (prop === 'areaCount') return found.areas.length;
    throw new MemoryOfficeError('InvalidArgument', `RangeAreas.${prop} is not modelled`);
  }
  get address(): string {
    return this._get('address');
  }
  get areaCount(): number {
    return this._get('areaCount');
  }
}

export class ClientResultProxy<T> {
  private _value: T | undefined;
  private _done = false;
  _set(value: T): void {
    this._value = value;
    this._done = true;
  }
  get value(): T {
    if (!this._done) throw notLoaded('value', 'ClientResult');
    return this._value as T;
  }
}

// ---------------------------------------------------------------------------------------------------------------

export class RangeFormatProxy extends ClientObject {
  protected readonly _type = 'RangeFormat';
  readonly fill: RangeFillProxy;
  readonly font: Record<string, unknown>;
  readonly borders: { getItem(edge: string): Record<string, unknown> };

  constructor(
    context: MemoryContext,
    private readonly range: RangeProxy,
  ) {
    super(context);
    this.fill = new RangeFillProxy(context, range, (path, value, apply) => this._style(path, value, apply));
    const font: Record<string, unknown> = {};
    for (const key of ['name', 'size', 'bold', 'italic', 'underline', 'color'] as const) {
      Object.defineProperty(font, key, {
        get: () => {
          throw notLoaded(key, 'RangeFont');
        },
        set: (value: unknown) => {
          if (this.range.kind === 'sheet') {
            this._sheetFont(key, value);
            return;
          }
          this._style(`font.${key}`, value, (s) => {
            s.font = { ...s.font, [key]: key === 'color' ? String(value).replace('#', '').toUpperCase() : value };
          });
        },
      });
    }
    this.font = font;
    this.borders = {
      getItem: (edge: string) => {
        const border: Record<string, unknown> = {};
        for (const key of ['style', 'color', 'weight'] as const) {
          Object.defineProperty(border, key, {
            set: (value: unknown) =>
              this._style(`borders.${edge}.${key}`, value, (s) => {
                s.borders = { ...s.borders, [edge]: { ...s.borders?.[edge], [key]: value } };
              }),
          });
        }
        return border;
      },
    };
  }

  protected _read(): unknown {
    throw new MemoryOfficeError('InvalidArgument', 'RangeFormat loads are not modelled');
  }

  _style(path: string, value: unknown, apply: (s: MemStyle) => void): void {
    this._command({ set: path, value }, (tx) =>
      this.range._eachCell(tx, (sheet, r, c) => {
        const cell = cellAt(sheet, r, c, true);
        apply((cell.style ??= {}));
        if (Object.keys(cell.style).length === 0) delete cell.style;
      }),
    );
  }

  private _sheetFont(key: string, value: unknown): void {
    this._command({ set: `font.${key}`, value }, (tx) => {
      const { sheet } = this.range._range(tx);
      writable(tx, sheet);
      sheet.sheetFont = { ...sheet.sheetFont, [key]: value };
    });
  }

  private _cells(prop: string, value: unknown, apply: (sheet: MemSheet, rect: CellRange) => void): void {
    this._command({ set: prop, value }, (tx) => {
      const { sheet, rect } = this.range._range(tx);
      writable(tx, sheet);
      apply(sheet, rect);
    });
  }

  set horizontalAlignment(value: string) {
    this._style('horizontalAlignment', value, (s) => (s.horizontalAlignment = value));
  }
  set verticalAlignment(value: string) {
    this._style('verticalAlignment', value, (s) => (s.verticalAlignment = value));
  }
  set wrapText(value: boolean) {
    this._style('wrapText', value, (s) => (s.wrapText = value));
  }
  set indentLevel(value: number) {
    this._style('indentLevel', value, (s) => (s.indentLevel = value));
  }
  set columnWidth(value: number) {
    this._cells('columnWidth', value, (sheet, rect) => {
      for (let c = rect.left; c <= rect.right; c++) sheet.columnWidths[c] = value;
    });
  }
  set rowHeight(value: number) {
    this._cells('rowHeight', value, (sheet, rect) => {
      for (let r = rect.top; r <= rect.bottom; r++) sheet.rowHeights[r] = value;
    });
  }
  autofitRows(): void {
    this._cells('autofitRows', null, () => undefined);
  }
}

// ---------------------------------------------------------------------------------------------------------------

export class NamedItemCollectionProxy extends ClientObject {
  protected readonly _type = 'NamedItemCollection';
  private _items: NamedItemProxy[] | null = null;
  protected _read(): unknown {
    throw new MemoryOfficeError('InvalidArgument', 'not modelled');
  }
  override load(props?: LoadOption): this {
    const names = propList(props).map((p) => p.replace(/^items\//, ''));
    const props2 = names.length ? names : ['name', 'formula', 'type'];
    this.context.enqueue({
      json: { load: this._id, props: props2.map((p) => `items/${p}`) },
      exec: (tx) => {
        const items = tx.wb.names.map((n) => new NamedItemProxy(this.context, n.name));
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
  get items(): NamedItemProxy[] {
    if (!this._items) throw notLoaded('items', this._type);
    return this._items;
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

// ---------------------------------------------------------------------------------------------------------------

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
      const s = this.sheet._sheet(tx);
      writable(tx, s);
      const { sheet, rect } = sourceData._range(tx);
      index = s.charts.push({ type, source: sheetA1(sheet.name, rect), seriesBy, props: {} }) - 1;
    });
    return recorderOn(this, '', (tx) => {
      const s = this.sheet._sheet(tx);
      writable(tx, s);
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
    writable(tx, s);
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
        owner.context.enqueue({ json: { on: owner._id, set: p, value }, exec: (tx) => void (store(tx)[p] = plain) });
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

export { parseA1 };

/** Range.format.fill: color (the one colour of every cell, null when they differ; '#FFFFFF' when none), clear(). */
export class RangeFillProxy extends ClientObject {
  protected readonly _type = 'RangeFill';
  constructor(
    context: MemoryContext,
    private readonly range: RangeProxy,
    private readonly style: (path: string, value: unknown, apply: (s: MemStyle) => void) => void,
  ) {
    super(context);
  }
  protected override _loadable(): string[] {
    return ['color'];
  }
  protected _read(tx: Tx, prop: string): unknown {
    if (prop !== 'color') throw new MemoryOfficeError('InvalidArgument', `RangeFill.${prop} is not modelled`);
    const { sheet, rect } = this.range._range(tx);
    let colour: string | undefined;
    for (let r = rect.top; r <= rect.bottom; r++) {
      for (let c = rect.left; c <= rect.right; c++) {
        const here = `#${cellAt(sheet, r, c)?.style?.fill ?? 'FFFFFF'}`;
        if (colour === undefined) colour = here;
        else if (colour !== here) return null;
      }
    }
    return colour ?? '#FFFFFF';
  }
  get color(): string {
    return this._get('color');
  }
  set color(value: string) {
    this.style('fill.color', value, (s) => (s.fill = value.replace('#', '').toUpperCase()));
  }
  clear(): void {
    this.style('fill.clear', null, (s) => delete s.fill);
  }
}
