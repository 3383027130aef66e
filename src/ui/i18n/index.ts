/** Picks the pane's language: Thai unless Office's display language is something else, or the user switched. */
import { en } from './en';
import { th } from './th';
import type { Strings } from './th';

export type Language = 'th' | 'en';
export type { Strings };

export function stringsFor(lang: Language): Strings {
  return lang === 'en' ? en : th;
}

/** Office's display language ('th-TH', 'en-US', …), or null outside Office: Thai unless it names another language. */
export function languageFromDisplay(displayLanguage: string | null | undefined): Language {
  if (!displayLanguage) return 'th';
  return displayLanguage.toLowerCase().startsWith('th') ? 'th' : 'en';
}
