/**
 * Long lists a step at a time. A ministry's workbook has thousands of indicators behind plan and tens of thousands
 * of warnings: drawn at once they froze the pane for seconds (9,600 buttons at 20,000 rows, 48,000 at 100,000), so
 * each list shows its first LIST_STEP and a button for the next; the headings keep the full counts.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Strings } from '../../i18n';

export const LIST_STEP = 100;

export interface ListStep<T> {
  shown: readonly T[];
  left: number;
  more: () => void;
  /** The element whose children are the items: after "show more", focus goes to the first new one. */
  listRef: (element: HTMLElement | null) => void;
}

/** The items to draw and how to draw more; back to the first step when `owner` (the report) changes. */
export function useListStep<T>(items: readonly T[], owner: object): ListStep<T> {
  const [state, setState] = useState({ owner, limit: LIST_STEP, moved: false });
  const limit = state.owner === owner ? state.limit : LIST_STEP;
  const list = useRef<HTMLElement | null>(null);
  const listRef = useCallback((element: HTMLElement | null) => {
    list.current = element;
  }, []);
  const firstNew = state.owner === owner && state.moved ? limit - LIST_STEP : -1;
  useEffect(() => {
    // The "show more" button pressed may be gone (the last step): focus the first item it showed, never the page.
    if (firstNew < 0) return;
    const item = list.current?.children[firstNew];
    const target = item?.matches('button, select, input, [tabindex]') ? item : item?.querySelector('button, select, input, [tabindex]');
    (target as HTMLElement | null | undefined)?.focus();
  }, [firstNew]);
  return {
    shown: items.length > limit ? items.slice(0, limit) : items,
    left: Math.max(0, items.length - limit),
    more: () => setState({ owner, limit: limit + LIST_STEP, moved: true }),
    listRef,
  };
}

/** `list`: the list's own heading, so that a screen reader tells the pane's several "show more" buttons apart. */
export function ShowMore<T>(props: { step: ListStep<T>; list: string; strings: Strings }) {
  const { step, list, strings: s } = props;
  if (step.left <= 0) return null;
  const text = s.showMore(Math.min(LIST_STEP, step.left), step.left);
  return (
    <button type="button" className="pane-more" aria-label={`${text}: ${list}`} onClick={step.more}>
      {text}
    </button>
  );
}
