/**
 * Where the pane is running. In Excel, Office.onReady names the host. In a plain browser it resolves with host null;
 * on a closed network office.js may not load at all (no `Office`), or never answer: then the preview runs.
 */
export type HostKind = 'excel' | 'preview';

export interface HostInfo {
  kind: HostKind;
  displayLanguage: string | null;
  /** The platform Office.onReady names ('PC', 'Mac', 'OfficeOnline', …) in Excel; null in the preview. */
  platform: string | null;
  /** Why the preview runs, for the console. */
  reason: string;
}

/**
 * True when the page looks hosted by Office: Office passes `_host_Info` in the address or the window name, and Excel
 * on the web frames the pane. Then a slow Office.onReady is waited for much longer before the preview is assumed.
 */
export function looksHostedByOffice(): boolean {
  if (typeof window === 'undefined') return false;
  const where = `${window.location?.search ?? ''}${window.location?.hash ?? ''}${window.name ?? ''}`;
  let framed = false;
  try {
    framed = window.top !== window;
  } catch {
    framed = true; // a cross-origin parent: Excel on the web
  }
  return /_host_Info=|_host_info|xdm/i.test(where) || framed;
}

/**
 * office.js loads async (taskpane.html, so that a slow CDN never blanks the pane): resolves once it has loaded or
 * failed. The tag records which in data-state (its onload/onerror), for a script that runs after the fact.
 */
export function officeJsSettled(doc: Document = document): Promise<void> {
  const tag = doc.getElementById('office-js');
  if (!tag || tag.dataset.state || (globalThis as { Office?: unknown }).Office) return Promise.resolve();
  return new Promise((resolve) => {
    tag.addEventListener('load', () => resolve(), { once: true });
    tag.addEventListener('error', () => resolve(), { once: true });
  });
}

export async function detectHost(timeoutMs = looksHostedByOffice() ? 60_000 : 5_000): Promise<HostInfo> {
  const office = (globalThis as { Office?: typeof Office }).Office;
  if (!office || typeof office.onReady !== 'function') {
    return { kind: 'preview', displayLanguage: null, platform: null, reason: 'office.js did not load' };
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), timeoutMs);
  });
  const info = await Promise.race([office.onReady().catch(() => null), timedOut]);
  clearTimeout(timer);
  if (!info) return { kind: 'preview', displayLanguage: null, platform: null, reason: 'Office.onReady did not answer' };
  if (info.host === office.HostType.Excel) {
    const platform = info.platform ? String(info.platform) : null;
    return { kind: 'excel', displayLanguage: office.context?.displayLanguage ?? null, platform, reason: '' };
  }
  return { kind: 'preview', displayLanguage: null, platform: null, reason: `host is ${String(info.host)}` };
}

/**
 * Whether adding a sheet clears the user's undo list (Ctrl+Z) on this platform, so that even a first สร้างสรุปผล
 * cannot be stepped back past: on Excel for Windows it does (office-js #6170, "worksheets.add clear the undo stack"
 * in Excel desktop, closed by design), and Excel for Mac is taken to behave as Windows, as the "Unsupported APIs"
 * table of "Undo support in Excel add-ins" pairs them; on the web it does not (same issue). The in-memory Excel
 * plays the same rule (src/memory-excel/rules.ts clearsUndo 'add').
 */
export function addingSheetClearsUndo(platform: string | null): boolean {
  return platform === 'PC' || platform === 'Mac';
}
