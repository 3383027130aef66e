/**
 * Custom XML parts of the in-memory Excel (ExcelApi 1.5): workbook.customXmlParts with add, getByNamespace,
 * getItem(OrNullObject), getCount; a part's id, namespaceUri, getXml, setXml, delete. Rules in rules.ts
 * (checkXmlPart): a part must be well-formed XML, and on the web at most 1 MB.
 */
import { readStoreXml } from '../core/store-xml';
import { ClientObject, itemNotFound } from './base';
import { CollectionProxy } from './collections';
import type { MemoryContext } from './context';
import { type Tx } from './engine';
import { ClientResultProxy } from './range-areas';
import { checkXmlPart } from './rules';
import type { MemXmlPart } from './state';

/** Well-formed enough for the fake: one root element, closed (the store parser's reading of it). */
function wellFormed(xml: string): boolean {
  try {
    readStoreXml(xml);
    return true;
  } catch {
    return false;
  }
}

function namespaceOf(xml: string): string {
  return readStoreXml(xml).namespace ?? '';
}

export class CustomXmlPartProxy extends ClientObject {
  protected readonly _type = 'CustomXmlPart';
  constructor(
    context: MemoryContext,
    private partId: string | null,
    nullable = false,
  ) {
    super(context);
    if (nullable) this._watchNull((tx) => this._part(tx, true));
  }
  _bind(id: string): void {
    this.partId = id;
  }
  private _part(tx: Tx, nullable = false): MemXmlPart | null {
    const part = tx.wb.customXmlParts.find((p) => p.id === this.partId) ?? null;
    if (!part && !nullable) throw itemNotFound(`custom XML part ${this.partId}`);
    return part;
  }
  protected override _loadable(): string[] {
    return ['id', 'namespaceUri'];
  }
  protected _read(tx: Tx, prop: string): unknown {
    const part = this._part(tx)!;
    if (prop === 'id') return part.id;
    if (prop === 'namespaceUri') return part.namespaceUri;
    throw itemNotFound(`CustomXmlPart.${prop}`);
  }
  get id(): string {
    return this._get('id');
  }
  get namespaceUri(): string {
    return this._get('namespaceUri');
  }
  getXml(): ClientResultProxy<string> {
    const result = new ClientResultProxy<string>();
    this.context.enqueue({
      json: { on: this._id, call: 'getXml' },
      exec: (tx) => {
        const xml = this._part(tx)!.xml;
        tx.respond(xml);
        return () => result._set(xml);
      },
    });
    return result;
  }
  setXml(xml: string): void {
    this._command({ call: 'setXml', args: [xml] }, (tx) => {
      const part = this._part(tx)!;
      checkXmlPart(xml, tx.host, wellFormed);
      tx.touch();
      const i = tx.wb.customXmlParts.indexOf(part);
      tx.wb.customXmlParts[i] = { ...part, xml, namespaceUri: namespaceOf(xml) };
    });
  }
  delete(): void {
    this._command({ call: 'delete' }, (tx) => {
      const part = this._part(tx)!;
      tx.touch();
      tx.wb.customXmlParts = tx.wb.customXmlParts.filter((p) => p !== part);
    });
  }
}

abstract class PartsProxy extends CollectionProxy<CustomXmlPartProxy> {
  protected readonly _defaultProps = ['id', 'namespaceUri'];
  protected abstract _parts(tx: Tx): MemXmlPart[];
  protected _makeItems(tx: Tx): CustomXmlPartProxy[] {
    return this._parts(tx).map((p) => new CustomXmlPartProxy(this.context, p.id));
  }
  getItem(id: string): CustomXmlPartProxy {
    return new CustomXmlPartProxy(this.context, id);
  }
  getItemOrNullObject(id: string): CustomXmlPartProxy {
    return new CustomXmlPartProxy(this.context, id, true);
  }
  getCount(): ClientResultProxy<number> {
    const result = new ClientResultProxy<number>();
    this.context.enqueue({
      json: { on: this._id, call: 'getCount' },
      exec: (tx) => {
        const n = this._parts(tx).length;
        tx.respond(n);
        return () => result._set(n);
      },
    });
    return result;
  }
}

/** [ExcelApi 1.5] Parts whose root's namespace is the one asked for. */
export class CustomXmlPartScopedCollectionProxy extends PartsProxy {
  protected readonly _type = 'CustomXmlPartScopedCollection';
  constructor(
    context: MemoryContext,
    private readonly namespaceUri: string,
  ) {
    super(context);
  }
  protected _parts(tx: Tx): MemXmlPart[] {
    return tx.wb.customXmlParts.filter((p) => p.namespaceUri === this.namespaceUri);
  }
}

/** [ExcelApi 1.5] workbook.customXmlParts. */
export class CustomXmlPartCollectionProxy extends PartsProxy {
  protected readonly _type = 'CustomXmlPartCollection';
  protected _parts(tx: Tx): MemXmlPart[] {
    return tx.wb.customXmlParts;
  }
  add(xml: string): CustomXmlPartProxy {
    const proxy = new CustomXmlPartProxy(this.context, null);
    this._command({ call: 'add', args: [xml] }, (tx) => {
      checkXmlPart(xml, tx.host, wellFormed);
      tx.touch();
      const id = `{${String(tx.wb.nextId++).padStart(8, '0')}-0000-4000-8000-000000000000}`;
      tx.wb.customXmlParts = [...tx.wb.customXmlParts, { id, namespaceUri: namespaceOf(xml), xml }];
      proxy._bind(id);
    });
    return proxy;
  }
  getByNamespace(namespaceUri: string): CustomXmlPartScopedCollectionProxy {
    return new CustomXmlPartScopedCollectionProxy(this.context, namespaceUri);
  }
}
