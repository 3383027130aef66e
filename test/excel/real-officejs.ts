/**
 * Office.js's own client, outside Office, to see the requests it sends: the library from @microsoft/office-js
 * (excel-web-16.00.debug.js, unmodified) run in the test's jsdom window. A RequestContext made with a URL sends
 * each sync's request through Office.js's HTTP sender; a custom sender records the body (the JSON Excel receives)
 * and answers that nothing came back. Only what a request carries is measured here, never what Excel does with it.
 * Needs the jsdom test environment (`@jest-environment jsdom` in the test file).
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { TextEncoder } from 'node:util';
import { deserialize, serialize } from 'node:v8';

// jsdom has no TextEncoder (the adapters count bytes with it) nor structuredClone (the in-memory Excel copies with
// it): import this module before them.
globalThis.TextEncoder ??= TextEncoder as typeof globalThis.TextEncoder;
globalThis.structuredClone ??= ((value: unknown) => deserialize(serialize(value))) as typeof structuredClone;

const LIBRARY = path.resolve(__dirname, '../../node_modules/@microsoft/office-js/dist/excel-web-16.00.debug.js');

export interface SentRequest {
  url: string;
  body: unknown;
}
export interface OfficeGlobals {
  Excel: { RequestContext: new (url: string) => Excel.RequestContext };
  OfficeExtension: {
    HttpUtility: {
      setCustomSendRequestFunc(f: (request: SentRequest) => Promise<{ statusCode: number; headers: object; body: string }>): void;
    };
  };
}

let loaded: OfficeGlobals | null = null;
const bodies: string[] = [];

/** The library, loaded once into this test file's window; who answers its requests is set by the caller. */
export function officeLibrary(): OfficeGlobals {
  if (loaded) return loaded;
  // Indirect eval: the library runs in the window's global scope, as a <script> would.
  (0, eval)(readFileSync(LIBRARY, 'utf8'));
  loaded = globalThis as unknown as OfficeGlobals;
  return loaded;
}

function office(): OfficeGlobals {
  const library = officeLibrary();
  library.OfficeExtension.HttpUtility.setCustomSendRequestFunc((request) => {
    bodies.push(typeof request.body === 'string' ? request.body : JSON.stringify(request.body));
    return Promise.resolve({ statusCode: 200, headers: {}, body: '{"Results":[]}' });
  });
  return library;
}

/** A context of the real client; `syncBytes` syncs it and gives the UTF-8 bytes of the request it sent. */
export function realContext(): { context: Excel.RequestContext; sheet: Excel.Worksheet; syncBytes(): Promise<number> } {
  const context = new (office().Excel.RequestContext)('https://excel.invalid/api');
  const sheet = context.workbook.worksheets.getItem('Sheet1');
  return {
    context,
    sheet,
    async syncBytes() {
      bodies.length = 0;
      try {
        await context.sync();
      } catch {
        // Nothing was loaded back: only the request is looked at.
      }
      if (bodies.length !== 1) throw new Error(`expected one request, Office.js sent ${bodies.length}`);
      return Buffer.byteLength(bodies[0], 'utf8');
    },
  };
}
