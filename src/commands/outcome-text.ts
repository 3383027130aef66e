/** What a ribbon command tells the user when it is done: plain lines, carried to outcome.html in the URL. */
import type { Report } from '../core/types';
import { classifyError } from '../ui/errors';
import type { Strings } from '../ui/i18n';
import { en } from '../ui/i18n/en';

export interface Outcome {
  title: string;
  lines: { text: string; behind?: boolean }[];
  error?: boolean;
}

const MAX_LINES = 6;

export function outcomeOfReport(report: Report, kind: 'recalc' | 'summary', s: Strings, sheetName?: string): Outcome {
  const title = kind === 'recalc' ? s.outcome.recalcTitle : sheetName ? s.doneSummary(sheetName) : s.outcome.summaryTitle;
  if (report.tables.length === 0) return { title, lines: [{ text: s.outcome.noTables }] };
  const behind = report.indicators.filter((i) => i.flagged || i.overall === 'behind');
  const budget = report.budget.filter((b) => b.flagged || b.status === 'behind');
  const items = [
    ...behind.map((i) => ({ text: s.outcome.behindLine(i.name, s.rowRef(i.sheet, i.row)), behind: true })),
    ...budget.map((b) => ({ text: s.outcome.behindLine(b.name, s.rowRef(b.sheet, b.row)), behind: true })),
  ];
  const lines: Outcome['lines'] = [{ text: s.outcome.counts(report.indicators.length, behind.length, budget.length) }];
  lines.push(...items.slice(0, MAX_LINES));
  if (items.length > MAX_LINES) lines.push({ text: s.outcome.more(items.length - MAX_LINES) });
  if (report.warnings.length) lines.push({ text: s.outcome.warnings(report.warnings.length) });
  return { title, lines };
}

export function outcomeOfError(error: unknown, kind: 'recalc' | 'summary', s: Strings): Outcome {
  const { hint, advice, detail } = classifyError(error);
  const what = advice ? (s === en ? advice.en : advice.th) : s.errorHint[hint];
  return {
    title: kind === 'recalc' ? s.errorTitle.recalc : s.errorTitle.summarize,
    lines: [{ text: what }, ...(detail ? [{ text: `${s.details}: ${detail}` }] : [])],
    error: true,
  };
}

/** UTF-8 JSON → base64url, so Thai text survives the dialog's URL. */
export function encodeOutcome(o: Outcome): string {
  const bytes = new TextEncoder().encode(JSON.stringify(o));
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function decodeOutcome(text: string): Outcome {
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const bin = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  const bytes = Uint8Array.from(bin, (c) => c.charCodeAt(0));
  return JSON.parse(new TextDecoder().decode(bytes)) as Outcome;
}
