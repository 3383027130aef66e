/**
 * What every proxy of the in-memory Excel shares, with Office.js's rules: setting a property or calling a method
 * queues a command; `load` queues a read whose result arrives at `sync`; reading a property that was not loaded and
 * synced throws PropertyNotLoaded.
 */
import { MemoryOfficeError, type Tx } from './engine';
import type { MemoryContext } from './context';
import type { RowSpan } from './saved';
import type { MemSheet } from './state';
import type { CellRange } from '../core/grid';
import { checkProtection, type Change } from './rules';

export type LoadOption = string | string[] | { select?: string | string[] } | Record<string, unknown>;

export function propList(props: LoadOption | undefined): string[] {
  if (props === undefined) return [];
  if (typeof props === 'string') return props.split(',').map((p) => p.trim()).filter(Boolean);
  if (Array.isArray(props)) return props.flatMap((p) => propList(p));
  if ('select' in props && props.select !== undefined) return propList(props.select as string | string[]);
  return Object.keys(props).filter((k) => (props as Record<string, unknown>)[k]);
}

export function notLoaded(prop: string, type: string): MemoryOfficeError {
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

  /**
   * The objects a command on this one reaches, by id, from the range (or sheet) down: Office.js sends each one's
   * path in the request (see requestBytes in request-bytes.ts).
   */
  _reach(): number[] {
    return [this._id];
  }

  /** What the path of the object a command starts from carries besides its name (getRanges' address). */
  _pathArgs(): unknown {
    return undefined;
  }

  load(props?: LoadOption): this {
    const list = propList(props);
    const names = list.length ? list : this._loadable();
    this.context.enqueue({
      json: { load: this._id, reach: this._reach(), props: names },
      exec: (tx) => {
        const data = this._snapshot(tx, names);
        tx.respond(data);
        return () => this._fill(data);
      },
    });
    return this;
  }

  /** The named properties as they are at execution time (a load, or an item of a collection's load). */
  _snapshot(tx: Tx, props: string[]): Record<string, unknown> {
    const data: Record<string, unknown> = {};
    for (const p of props) data[p] = this._read(tx, p);
    return data;
  }

  /** After the sync: the properties read become loaded. */
  _fill(data: Record<string, unknown>): void {
    Object.assign(this._data, data);
    for (const k of Object.keys(data)) this._loaded.add(k);
  }

  protected _get<T>(prop: string): T {
    if (!this._loaded.has(prop)) throw notLoaded(prop, this._type);
    return this._data[prop] as T;
  }

  protected _command(json: Record<string, unknown>, exec: (tx: Tx) => void): void {
    this.context.enqueue({ json: { on: this._id, reach: this._reach(), address: this._pathArgs(), ...json }, exec });
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

  /**
   * Gives a proxy class its loadable properties' getters, each the same: what load() and sync() brought, or
   * PropertyNotLoaded. The class declares their types (`declare readonly address: string`); a setter it defines stays.
   */
  static loadedProperties(cls: { prototype: ClientObject }, props: readonly string[]): void {
    for (const prop of props) {
      const own = Object.getOwnPropertyDescriptor(cls.prototype, prop);
      Object.defineProperty(cls.prototype, prop, {
        configurable: true,
        get(this: ClientObject) {
          return this._get(prop);
        },
        set: own?.set,
      });
    }
  }

  toJSON(): Record<string, unknown> {
    return { ...this._data };
  }
}

export function itemNotFound(what: string): MemoryOfficeError {
  return new MemoryOfficeError('ItemNotFound', `The requested resource doesn't exist. (${what})`);
}

/**
 * Before a change to the sheet's cells in `rows` (all when absent; NO_ROWS for its settings only): `what` it changes,
 * refused as the sheet's protection says (protection.ts; a rectangle's locked cells for a change of contents).
 */
export function writable(tx: Tx, sheet: MemSheet, rows?: RowSpan | CellRange, what: Change = 'settings'): void {
  tx.touch(sheet, rows);
  checkProtection(sheet, what, rows && 'left' in rows ? rows : undefined);
}
