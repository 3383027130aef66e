/**
 * jsdom lacks what Fluent UI measures with, and TextEncoder / structuredClone (the in-memory Excel counts bytes and
 * keeps copies): import this first in React tests.
 */
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from 'util';
import { deserialize, serialize } from 'v8';

class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
const g = globalThis as unknown as { ResizeObserver?: unknown; matchMedia?: unknown };
g.ResizeObserver ??= ResizeObserverStub;
if (typeof window !== 'undefined' && !window.matchMedia) {
  window.matchMedia = ((query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => undefined,
    removeListener: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    dispatchEvent: () => false,
  })) as unknown as typeof window.matchMedia;
}
if (typeof Element !== 'undefined' && !Element.prototype.scrollIntoView) {
  Element.prototype.scrollIntoView = () => undefined;
}
const t = globalThis as unknown as { TextEncoder?: unknown; TextDecoder?: unknown };
t.TextEncoder ??= NodeTextEncoder;
t.TextDecoder ??= NodeTextDecoder;
const c = globalThis as unknown as { structuredClone?: (v: unknown) => unknown };
c.structuredClone ??= (v: unknown) => deserialize(serialize(v));
export {};
