/**
 * The adapter through Office.js's own client: an ExcelRun whose contexts are excel-web-16.00's RequestContext (the
 * library from @microsoft/office-js, unmodified, in the test's jsdom window: real-officejs.ts), whose every sync the
 * client serialises as it would for Excel, and whose requests the in-memory Excel answers
 * (real-client-interpreter.ts). Each sync is traced: the action it belongs to, the UTF-8 bytes of the request the
 * client sent and of the answer. Needs the jsdom test environment; import it before the adapter (real-officejs.ts
 * gives jsdom the TextEncoder the adapter counts bytes with).
 */
import { officeLibrary } from './real-officejs'; // first: it gives jsdom TextEncoder and structuredClone
import type { ExcelRun } from '../../src/excel/excel-run';
import type { MemoryExcel } from '../../src/memory-excel';
import { MemoryContext } from '../../src/memory-excel/context';
import type { Host } from '../../src/memory-excel/rules';
import { interpret, WireFault, type Session, type WireRequest } from './real-client-interpreter';

export interface SyncTrace {
  /** The action the sync belongs to (set with `during`). */
  action: string;
  requestBytes: number;
  responseBytes: number;
  /** Excel's error code when the sync failed. */
  failed?: string;
}

export interface RealClient {
  run: ExcelRun;
  trace: SyncTrace[];
  /** Calls the client sent that the in-memory Excel does not know (each also failed its sync). */
  faults: string[];
  /** Runs `f` with its syncs traced under `action`. */
  during<T>(action: string, f: () => Promise<T>): Promise<T>;
}

const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

let officeContext: object | null = null;

/** Office's host as office.js sees it: the platform, and the requirement sets this Excel supports. */
function hostOffice(excel: MemoryExcel, host: Host): void {
  const g = globalThis as unknown as { Office?: object };
  const context = {
    platform: host === 'web' ? 'OfficeOnline' : host === 'mac' ? 'Mac' : 'PC',
    requirements: {
      // ExcelApi as the fake supports it: the client refuses a newer API before sending it (ApiNotFound).
      isSetSupported: (name: string, version?: string) =>
        name === 'ExcelApi' ? excel.engine.supports(version ?? '1.1') : name !== 'ExcelApiOnline',
    },
  };
  // The library defines Office.context as a getter of its host's; outside Office there is none: ours stands in.
  if (!officeContext) g.Office = Object.create(g.Office ?? {}, { context: { get: () => officeContext, configurable: true } });
  officeContext = context;
  // The client's own check of a call's API set against the host's: this build turns it on for Utility, a subclass,
  // while the check reads CommonUtility's flag, so it never runs. Turned on here, a call newer than the host's
  // ExcelApi is refused before it is sent (ApiNotFound), as the adapter must never make one unguarded.
  (officeLibrary() as unknown as { OfficeExtension: { CommonUtility: { _doApiNotSupportedCheck: boolean } } }).OfficeExtension.CommonUtility._doApiNotSupportedCheck = true;
}

interface Client {
  session: Session;
  trace: SyncTrace[];
  faults: string[];
  action: () => string;
}

/** The runs under way, by their context's URL; one sender answers them all (the library has one). */
const runs = new Map<string, Client>();
let runCount = 0;
let installed = false;

function installSender(): void {
  if (installed) return;
  installed = true;
  officeLibrary().OfficeExtension.HttpUtility.setCustomSendRequestFunc(async (request) => {
    const base = [...runs.keys()].find((url) => request.url.startsWith(`${url}/`));
    const text = typeof request.body === 'string' ? request.body : JSON.stringify(request.body);
    if (!base) throw new Error(`a request outside any run: ${request.url}`);
    const { session, trace, faults, action } = runs.get(base)!;
    try {
      const answer = await interpret(session, JSON.parse(text) as WireRequest);
      const body = JSON.stringify(answer);
      trace.push({ action: action(), requestBytes: bytes(text), responseBytes: bytes(body), failed: answer.Error?.Code as string | undefined });
      return { statusCode: 200, headers: {}, body };
    } catch (e) {
      if (!(e instanceof WireFault)) throw e;
      faults.push(e.message);
      trace.push({ action: action(), requestBytes: bytes(text), responseBytes: 0, failed: 'WireFault' });
      return { statusCode: 400, headers: {}, body: JSON.stringify({ error: { code: 'WireFault', message: e.message } }) };
    }
  });
}

/** The in-memory Excel `excel` reached through Office.js's client, as Excel on `host` (payload budget, API sets). */
export function realClient(excel: MemoryExcel, host: Host): RealClient {
  const library = officeLibrary();
  installSender();
  const trace: SyncTrace[] = [];
  const faults: string[] = [];
  let action = '';

  const run: ExcelRun = async (batch, options) => {
    const { engine } = excel;
    hostOffice(excel, host);
    engine.stats.runs++;
    // As the fake's own run: mergeUndoGroup reaches Excel only where the API set and the client allow (engine.ts).
    const merged = engine.groupsUndo(!!options?.mergeUndoGroup);
    if (merged) engine.stats.mergedUndoRuns++;
    const url = `https://excel.invalid/run-${++runCount}`;
    const session = { memory: new MemoryContext(engine, { merged, recorded: false }), objects: new Map(), references: new Map() };
    runs.set(url, { session, trace, faults, action: () => action });
    try {
      const context = new library.Excel.RequestContext(url);
      // A test's own payload limit, told to the adapter as the fake's own context tells it (requirements.ts
      // payloadBudget); at the hosts' limits this gives the budget Office.context.platform gives.
      Object.assign(context, { payloadLimit: engine.payloadLimit });
      return await batch(context);
    } finally {
      runs.delete(url);
    }
  };

  return {
    run,
    trace,
    faults,
    async during(name, f) {
      action = name;
      try {
        return await f();
      } finally {
        action = '';
      }
    },
  };
}

/** The workbook as stored, to compare two runs: the undo snapshot's run id and time made alike (each run draws its own). */
export function workbookState(excel: MemoryExcel): unknown {
  let json = JSON.stringify(excel.workbook);
  for (const [, id] of json.matchAll(/kpi-progress-undo\\",\\"version\\":\d+,\\"id\\":\\"([a-z0-9]+)\\"/g)) json = json.split(id).join('RUN');
  return JSON.parse(json.replace(/\d{4}-\d\d-\d\dT[\d:.]+Z/g, 'TIME')) as unknown;
}
