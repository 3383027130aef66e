/** The worksheet and name collections and named items of the in-memory Excel: the part of the API the adapter uses. */
import { absoluteRef } from '../core/address';
import { ClientObject, itemNotFound, notLoaded, propList, type LoadOption } from './base';
import type { MemoryContext } from './context';
import { MemoryOfficeError, type Tx } from './engine';
import type { RangeProxy } from './range';
import { findSheet, newSheet } from './state';
import { structureChange, WorksheetProxy } from './worksheet';

/** An item a collection loads: it answers the loaded properties, then takes them after the sync. */
interface CollectionItem {
  _snapshot(tx: Tx, props: string[]): Record<string, unknown>;
  _fill(data: Record<string, unknown>): void;
}

/** `load('items/…')` and `items` of a collection, as Excel does them: nothing is readable before the sync. */
export abstract class CollectionProxy<T extends CollectionItem> extends ClientObject {
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
  protected _read(tx: Tx, prop: string): unknown {
    const item = this._item(tx)!;
    if (prop === 'name') return item.name;
    if (prop === 'formula') return item.formula;
    if (prop === 'value') return item.formula.replace(/^=/, '');
    if (prop === 'type') return item.formula.includes('#REF!') ? 'Error' : 'Range';
    throw new MemoryOfficeError('InvalidArgument', `NamedItem.${prop} is not modelled`);
  }
  declare readonly name: string;
  declare readonly formula: string;
  declare readonly type: string;
  delete(): void {
    this._command({ call: 'delete' }, (tx) => {
      tx.touch();
      const item = this._item(tx)!;
      tx.wb.names.splice(tx.wb.names.indexOf(item), 1);
    });
  }
}
ClientObject.loadedProperties(NamedItemProxy, ['name', 'formula', 'type']);
