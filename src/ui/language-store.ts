/** The user's language switch, remembered in this browser profile (Office's display language otherwise decides). */
import type { Language } from './i18n';

const KEY = 'kpi-progress.language';

export function storedLanguage(): Language | null {
  try {
    const v = globalThis.localStorage?.getItem(KEY);
    return v === 'th' || v === 'en' ? v : null;
  } catch {
    return null; // storage blocked (private mode, sandboxed webview): fall back to Office's language
  }
}

export function storeLanguage(lang: Language): void {
  try {
    globalThis.localStorage?.setItem(KEY, lang);
  } catch {
    // not remembered: the switch still works for this session
  }
}
