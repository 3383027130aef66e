/** Charts of the in-memory Excel, and the recorder that stands for objects not modelled one by one (pageLayout, a chart). */
import { a1, sheetA1 } from '../core/address';
import { ClientObject, itemNotFound, writable } from './base';
import type { MemoryContext } from './context';
import { MemoryOfficeError, type Tx } from './engine';
import { RangeProxy } from './range';
import { NO_ROWS } from './saved';
import { checkEnum, checkPageLayout } from './rules';
import type { WorksheetProxy } from './worksheet';

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
export function recorder(sheet: WorksheetProxy, root: string): Record<string, unknown> {
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
