/**
 * How the summary groups indicators and counts them (DOMAIN.md, "The summary sheet"): groups headed by the table's own
 * title or group heading, never by a worksheet's name; an indicator that appears in two tables counted once.
 */
import { rangeHasRow } from '../address';
import type { IndicatorResult, Report } from '../types';
import * as P from './phrases';

export interface Group {
  /** The table's heading, written where a new table starts (null: the same table goes on, or only one table). */
  table: string | null;
  /** The group heading row above these indicators in their table, written where it changes. */
  heading: string | null;
  /** Position of the group's first indicator in its table (the summary numbers indicators per table). */
  firstNumber: number;
  items: IndicatorResult[];
}

/** Which of the report's tables holds the indicator (index into report.tables), or -1. */
function tableOf(report: Report, ind: IndicatorResult): number {
  return report.tables.findIndex((t) => t.sheet === ind.sheet && t.indicators > 0 && rangeHasRow(t.range, ind.row));
}

/**
 * Indicators by the table they come from (tables in the order their first indicator comes), and in a table in runs
 * of one group heading. A table is headed by its title, or when it has none and there are several tables, by its
 * place among them; with one table and no group headings there is no heading at all.
 */
export function groupIndicators(report: Report): Group[] {
  const indicatorTables = report.tables.filter((t) => t.indicators > 0);
  const many = indicatorTables.length > 1;
  const byTable = new Map<number, IndicatorResult[]>();
  let last = -1;
  for (const ind of report.indicators) {
    // Consecutive indicators mostly share a table: look it up again only when the row leaves it.
    const lastTable = last >= 0 ? report.tables[last] : null;
    const t = lastTable && lastTable.sheet === ind.sheet && rangeHasRow(lastTable.range, ind.row) ? last : tableOf(report, ind);
    let items = byTable.get(t);
    if (!items) byTable.set(t, (items = []));
    items.push(ind);
    last = t;
  }
  const groups: Group[] = [];
  for (const [t, items] of byTable) {
    const info = t >= 0 ? report.tables[t] : null;
    const title = info?.title ?? (many && info ? P.tableFallback(indicatorTables.indexOf(info) + 1) : null);
    const headed = many || items.some((i) => (i.group ?? null) !== null);
    let heading: string | null | undefined;
    items.forEach((ind, i) => {
      // After a group, an indicator with none is not that group's: say so, or it reads as the group's last.
      const h = ind.group ?? (heading ? P.OTHER_INDICATORS : null);
      if (i === 0 || h !== heading) groups.push({ table: i === 0 && headed ? title : null, heading: h, firstNumber: i + 1, items: [] });
      groups[groups.length - 1].items.push(ind);
      heading = h;
    });
  }
  return groups;
}

/** The name as compared across tables: no numbering, no words in brackets, no spaces. */
function nameKey(name: string): string {
  return name
    .replace(/^\s*[(]?[0-9๐-๙]+(?:\.[0-9๐-๙]+)*[.)]?\s+/, '')
    .replace(/\([^)]*\)/g, '')
    .replace(/\s+/g, '');
}

/** Share of two names' letter pairs in common (Dice): 1 for the same words, about 0 for unrelated ones. */
function likeness(a: string, b: string): number {
  const pairs = (s: string) => {
    const m = new Map<string, number>();
    for (let i = 0; i + 1 < s.length; i++) m.set(s.slice(i, i + 2), (m.get(s.slice(i, i + 2)) ?? 0) + 1);
    return m;
  };
  const pa = pairs(a);
  const pb = pairs(b);
  let common = 0;
  for (const [k, n] of pa) common += Math.min(n, pb.get(k) ?? 0);
  const total = Math.max(0, a.length - 1) + Math.max(0, b.length - 1);
  return total === 0 ? 0 : (2 * common) / total;
}

/** The figures that make two readings the same indicator: target and results per quarter (some result typed). */
function figuresKey(ind: IndicatorResult): string | null {
  if (ind.target === null || ind.result.every((r) => r === null)) return null;
  return `${ind.measure}|${ind.target}|${ind.result.join('|')}`;
}

/** Names this alike, with the same target and results, are one indicator reported in two tables. */
const ALIKE = 0.35;

/**
 * Indicators that repeat one read before in another table, each with that first reading: the same name, or a like
 * name with the same target and results (the office's form and the Budget Bureau's table often both list one).
 * Two rows of one table are always two indicators.
 */
export function repeatedIndicators(report: Report): Map<IndicatorResult, IndicatorResult> {
  const repeats = new Map<IndicatorResult, IndicatorResult>();
  // Per name, the tables it was kept from and its first reading; per target and results, a few kept readings (a big
  // workbook's generated rows may share them by the thousand: a few are enough to tell another table's reading).
  const byName = new Map<string, { tables: Set<number>; first: IndicatorResult }>();
  const byFigures = new Map<string, { table: number; name: string; ind: IndicatorResult }[]>();
  for (const ind of report.indicators) {
    const t = tableOf(report, ind);
    const name = nameKey(ind.name);
    const figures = figuresKey(ind);
    const named = byName.get(name);
    if (named !== undefined && (named.tables.size > 1 || !named.tables.has(t))) {
      repeats.set(ind, named.first);
      continue;
    }
    const kept = figures === null ? undefined : byFigures.get(figures);
    const like = kept?.find((k) => k.table !== t && likeness(k.name, name) >= ALIKE);
    if (like) {
      repeats.set(ind, like.ind);
      continue;
    }
    if (named) named.tables.add(t);
    else byName.set(name, { tables: new Set([t]), first: ind });
    if (figures !== null) {
      if (!kept) byFigures.set(figures, [{ table: t, name, ind }]);
      else if (kept.length < 8) kept.push({ table: t, name, ind });
    }
  }
  return repeats;
}

/** The indicators once each (see repeatedIndicators), for the counts by status. */
export function distinctIndicators(report: Report, repeats = repeatedIndicators(report)): IndicatorResult[] {
  return repeats.size === 0 ? report.indicators : report.indicators.filter((i) => !repeats.has(i));
}

/** Whether a repeat has the same figures as its first reading: then its paragraph need not tell them again. */
export function sameFigures(a: IndicatorResult, b: IndicatorResult): boolean {
  const k = figuresKey(a);
  return k !== null && k === figuresKey(b) && a.total === b.total && a.overall === b.overall;
}
