/** RangeAreas (merged areas, special cells) and ClientResult of the in-memory Excel: what a Range's methods answer. */
import type { CellRange } from '../core/grid';
import { sheetA1 } from '../core/address';
import { ClientObject, notLoaded } from './base';
import type { MemoryContext } from './context';
import { MemoryOfficeError, type Tx } from './engine';
import type { RangeProxy } from './range';
import type { MemSheet } from './state';

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
