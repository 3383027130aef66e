/**
 * Long lists a step at a time. A ministry's workbook has thousands of indicators behind plan and tens of thousands
 * of warnings: drawn at once they froze the pane for seconds (9,600 buttons at 20,000 rows, 48,000 at 100,000), so
 * each list shows its first LIST_STEP and a button for the next; the headings keep the full counts.
 */
import { useState } from 'react';
import type { Strings } from '../i18n';

export const LIST_STEP = 100;

/** The items to draw and how to draw more; back to the first step when `owner` (the report) changes. */
export function useListStep<T>(items: readonly T[], owner: object): { shown: readonly T[]; left: number; more: () => void } {
  const [state, setState] = useState({ owner, limit: LIST_STEP });
  const limit = state.owner === owner ? state.limit : LIST_STEP;
  return {
    shown: items.length > limit ? items.slice(0, limit) : items,
    left: Math.max(0, items.length - limit),
    more: () => setState({ owner, limit: limit + LIST_STEP }),
  };
}

/** `list`: the list's own heading, so that a screen reader tells the pane's several "show more" buttons apart. */
export function ShowMore(props: { left: number; list: string; strings: Strings; onClick: () => void }) {
  const { left, list, strings: s, onClick } = props;
  if (left <= 0) return null;
  const text = s.showMore(Math.min(LIST_STEP, left), left);
  return (
    <button type="button" className="pane-more" aria-label={`${text}: ${list}`} onClick={onClick}>
      {text}
    </button>
  );
}
