/**
 * Excel's side of a request from Office.js's own client (excel-web-16.00, see real-client.ts): the JSON body the
 * client serialised (its object paths and actions) executed against the in-memory Excel, and the answer shaped as
 * the client reads it. Only what the client really sends reaches the fake, so a method, a property or an argument the
 * client does not serialise cannot pass unseen: an action or path this file does not know is a fault, and the
 * fake's own rules (src/memory-excel/rules.ts) check the rest.
 *
 * The wire, as read from the client's source: object paths are 1 the workbook, 3 a method's result, 4 a property,
 * 5 an indexer (a collection's item by name or id), 6 an object by the reference id Excel gave it; actions are
 * 1 instantiate, 2 query (load), 3 method, 4 set a property. Names on the wire are the API's in PascalCase
 * ("GetRangeByIndexes", "Values"); a query selects in camelCase ("values", "protection/protected"). Answers key
 * properties in PascalCase, a collection's items under "_Items", each with its "Id" (so the client can reach the
 * item again by the indexer); a range gets a "_ReferenceId" (so it can be used again after the sync, as in Excel);
 * a null object is answered null.
 */
import type { MemoryContext } from '../../src/memory-excel/context';
import { MemoryOfficeError } from '../../src/memory-excel';
import { RangeProxy } from '../../src/memory-excel/range';
import { WorksheetProxy } from '../../src/memory-excel/worksheet';

interface WireArguments {
  Arguments?: unknown[];
  ReferencedObjectPathIds?: unknown[];
}
interface WirePath {
  Id: number;
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: WireArguments;
}
interface WireAction {
  Id: number;
  ActionType: number;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: WireArguments;
  QueryInfo?: { Select?: string[]; Expand?: string[] };
}
export interface WireRequest {
  Actions: WireAction[];
  ObjectPaths: Record<string, WirePath>;
}
interface WireResult {
  ActionId: number;
  Value: unknown;
}

/** One Excel.run's objects, kept across its syncs as Excel keeps them (by path id, and by the reference ids given). */
export interface Session {
  memory: MemoryContext;
  objects: Map<number, unknown>;
  references: Map<string, unknown>;
}

/** A call the client sent that this Excel does not know: the test fails on it. */
export class WireFault extends Error {}

type Obj = Record<string, unknown>;

/**
 * Wire names that are not the API's name in PascalCase, as the client's source sends them (found where the
 * client's customisation code sets them, e.g. Worksheet.showGridlines → "Gridlines").
 */
const WIRE_NAMES: Record<string, string> = { Gridlines: 'showGridlines' };
const camel = (name: string) => WIRE_NAMES[name] ?? name.charAt(0).toLowerCase() + name.slice(1);
const pascal = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);
const typeOf = (o: unknown): string | undefined => (o as { _type?: string } | null)?._type;
const isRecorder = (o: unknown) => typeof o === 'function'; // the fake's stand-in for objects not modelled (charts.ts)
const isCollection = (o: unknown) => ['WorksheetCollection', 'NamedItemCollection', 'CustomXmlPartCollection', 'CustomXmlPartScopedCollection'].includes(typeOf(o) ?? '');
/** The property an item of a collection is answered with as its "Id": a sheet's '{n}', a custom XML part's id, a name's own name. */
const itemKey = (o: unknown) => (typeOf(o) === 'NamedItemCollection' ? 'name' : 'id');

/** Whether the fake's object has a setter for `prop` (a property the client may set that the fake models). */
function settable(o: unknown, prop: string): boolean {
  if (isRecorder(o)) return true;
  for (let p = o; p; p = Object.getPrototypeOf(p)) {
    const d = Object.getOwnPropertyDescriptor(p, prop);
    if (d) return !!d.set || d.writable === true;
  }
  return false;
}

function nullObject(o: unknown): boolean {
  try {
    return (o as { isNullObject?: boolean }).isNullObject === true;
  } catch {
    return false; // not a *OrNullObject: never null
  }
}

/** Runs one request against the session's fake; the body of the answer, and the error to answer if the sync failed. */
export async function interpret(session: Session, request: WireRequest): Promise<{ Results: WireResult[]; Error?: Obj }> {
  const { memory, objects } = session;
  const paths = request.ObjectPaths ?? {};

  const args = (info: WireArguments | undefined): unknown[] => {
    const list = [...(info?.Arguments ?? [])];
    (info?.ReferencedObjectPathIds ?? []).forEach((id, i) => {
      if (typeof id === 'number' && id !== 0) list[i] = resolve(id);
      else if (Array.isArray(id)) throw new WireFault(`arrays of objects as arguments are not interpreted (argument ${i})`);
    });
    return list;
  };
  // A method's optional arguments left out are sent as null (JSON has no undefined): left out again.
  const callArgs = (info: WireArguments | undefined): unknown[] => {
    const list = args(info);
    while (list.length && list[list.length - 1] === null) list.pop();
    return list;
  };

  const resolve = (id: number): unknown => {
    const path = paths[String(id)];
    if (!path) {
      if (objects.has(id)) return objects.get(id);
      throw new WireFault(`object path ${id} neither sent nor known`);
    }
    // A path Excel already resolved in this run keeps its object (a range, a sheet just added), unless the client
    // rewrote it to an object by reference id.
    if (path.ObjectPathType !== 6 && objects.has(id)) return objects.get(id);
    let o: unknown;
    const parent = () => resolve(path.ParentObjectPathId!);
    switch (path.ObjectPathType) {
      case 1:
        o = memory.workbook;
        break;
      case 4: {
        const p = parent() as Obj;
        const name = camel(path.Name);
        // context.application is Workbook.application on the wire (the root object is the workbook).
        if (typeOf(p) === 'Workbook' && name === 'application') {
          o = memory.application;
          break;
        }
        if (!isRecorder(p) && !(name in p)) throw new WireFault(`${typeOf(p)}.${name}: no such property in the in-memory Excel`);
        o = p[name];
        break;
      }
      case 3: {
        const p = parent() as Obj;
        const name = camel(path.Name);
        const made = p instanceof RangeProxy ? clientMade(memory, p, name, args(path.ArgumentInfo)) : null;
        if (made) {
          o = made;
          break;
        }
        if (typeof p[name] !== 'function') throw new WireFault(`${typeOf(p)}.${name}(): no such method in the in-memory Excel`);
        // Reflect.apply: the fake's recorder answers any property, `apply` included.
        o = Reflect.apply(p[name] as (...a: unknown[]) => unknown, p, callArgs(path.ArgumentInfo));
        break;
      }
      case 5: {
        const p = parent() as Obj;
        const [key] = args(path.ArgumentInfo);
        // Excel's indexer takes a sheet's name or its id ('{n}' in the fake, given in answers as "Id").
        const byId = typeOf(p) === 'WorksheetCollection' && typeof key === 'string' && /^\{\d+\}$/.exec(key);
        if (byId) o = new WorksheetProxy(memory, { byId: Number(key.slice(1, -1)) });
        else if (typeof p.getItem === 'function') o = (p.getItem as (k: unknown) => unknown).call(p, key);
        else throw new WireFault(`${typeOf(p)}: no indexer in the in-memory Excel`);
        break;
      }
      case 6:
        if (!session.references.has(path.Name)) throw new WireFault(`reference ${path.Name} unknown`);
        o = session.references.get(path.Name);
        break;
      default:
        throw new WireFault(`object path type ${path.ObjectPathType} not interpreted`);
    }
    objects.set(id, o);
    return o;
  };

  // Queue every action on the fake, as the adapter's calls would have; answers are read after the sync.
  const answers: (() => WireResult | null)[] = [];
  for (const action of request.Actions) {
    const target = () => resolve(action.ObjectPathId);
    switch (action.ActionType) {
      case 1: {
        const o = target();
        const path = paths[String(action.ObjectPathId)];
        // A sheet the call adds is reached again by its id (the client rewrites the path to the indexer).
        const addedSheet = typeOf(o) === 'Worksheet' && path?.ObjectPathType === 3 && path.Name === 'Add';
        if (addedSheet) (o as WorksheetProxy).load('id');
        answers.push(() => {
          if (nullObject(o)) return { ActionId: action.Id, Value: null };
          const value: Obj = {};
          if (addedSheet) value.Id = (o as { _get(p: string): unknown })._get('id');
          if (['Range', 'RangeAreas'].includes(typeOf(o) ?? '') && path?.ObjectPathType === 3) {
            const ref = `ref:${action.ObjectPathId}`;
            session.references.set(ref, o);
            value._ReferenceId = ref;
          }
          return { ActionId: action.Id, Value: value };
        });
        break;
      }
      case 2: {
        const o = target() as Obj;
        const select = action.QueryInfo?.Select;
        if (!select || action.QueryInfo?.Expand) throw new WireFault(`a query without a select list, or with expand, is not interpreted`);
        if (isCollection(o)) {
          // Items are answered with their id: the sheet's '{n}' and a custom XML part's id (loaded along), a name's own name.
          const key = itemKey(o);
          (o.load as (p: string[]) => void).call(o, [...new Set([...select, key])].map((s) => `items/${s}`));
          answers.push(() => {
            const items = o.items as Obj[];
            return {
              ActionId: action.Id,
              Value: {
                _Items: items.map((item) => ({
                  Id: (item as { _get(p: string): unknown })._get(key),
                  ...shape(item, select),
                })),
              },
            };
          });
        } else {
          if (isRecorder(o)) throw new WireFault(`loading a recorded object is not modelled`);
          (o.load as (p: string[]) => void).call(o, select);
          answers.push(() => ({ ActionId: action.Id, Value: nullObject(o) ? null : shape(o, select) }));
        }
        break;
      }
      case 3: {
        if (action.Name.startsWith('_')) break; // _KeepReference and the like: Excel's bookkeeping of references
        const o = target() as Obj;
        const name = camel(action.Name);
        if (typeof o[name] !== 'function') throw new WireFault(`${typeOf(o)}.${name}(): no such method in the in-memory Excel`);
        const result = Reflect.apply(o[name] as (...a: unknown[]) => unknown, o, callArgs(action.ArgumentInfo));
        answers.push(() => {
          if (result === undefined || result === null || typeof result !== 'object' || !('value' in result)) return null;
          return { ActionId: action.Id, Value: (result as { value: unknown }).value };
        });
        break;
      }
      case 4: {
        const o = target() as Obj;
        const name = camel(action.Name);
        if (!settable(o, name)) throw new WireFault(`${typeOf(o)}.${name} = …: no such settable property in the in-memory Excel`);
        o[name] = args(action.ArgumentInfo)[0];
        break;
      }
      default:
        throw new WireFault(`action type ${action.ActionType} (${action.Name}) not interpreted`);
    }
  }
  try {
    await memory.sync();
  } catch (e) {
    if (!(e instanceof MemoryOfficeError)) throw e;
    return { Results: [], Error: { Code: e.code, Message: e.message, Location: e.debugInfo.errorLocation ?? '', HttpStatusCode: 400 } };
  }
  return { Results: answers.map((a) => a()).filter((r): r is WireResult => r !== null) };
}

/**
 * Ranges the client itself asks for, not the adapter: an array of values or formats over 1,500 cells is cut into
 * pieces of rows, each `range.getRow(i).getBoundingRect(range.getRow(j))` (excel-web-16.00's
 * setRangePropertiesInBulk), so Excel gets several smaller sets. The fake has neither call: they are made here.
 */
function clientMade(memory: MemoryContext, range: RangeProxy, name: string, a: unknown[]): RangeProxy | null {
  if (name === 'getRow' && typeof a[0] === 'number') {
    const row = a[0];
    return new RangeProxy(memory, range.sheet, (tx) => {
      const { rect } = range._range(tx);
      return { top: rect.top + row, left: rect.left, bottom: rect.top + row, right: rect.right };
    });
  }
  if (name === 'getBoundingRect' && a[0] instanceof RangeProxy) {
    const other = a[0];
    return new RangeProxy(memory, range.sheet, (tx) => {
      const x = range._range(tx).rect;
      const y = other._range(tx).rect;
      return { top: Math.min(x.top, y.top), left: Math.min(x.left, y.left), bottom: Math.max(x.bottom, y.bottom), right: Math.max(x.right, y.right) };
    });
  }
  return null;
}

/** The loaded properties `select` names, read off the fake's object, keyed as Excel answers them. */
function shape(o: Obj, select: string[]): Obj {
  const out: Obj = {};
  for (const s of select) {
    const parts = s.split('/');
    let from: Obj = o;
    let to = out;
    parts.forEach((part, i) => {
      const value = from[part];
      const key = pascal(part);
      if (i === parts.length - 1) to[key] = value;
      else {
        to = (to[key] ??= {}) as Obj;
        from = value as Obj;
      }
    });
  }
  return out;
}
