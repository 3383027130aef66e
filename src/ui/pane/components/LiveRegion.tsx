/**
 * The pane's one live region: polite, present (empty) from the first render so that screen readers watch it before
 * anything is said in it (a region created with its text already inside is often not read). Everything the pane
 * says after an action (running, done with what result, failed and why, where a selection went) is said here.
 */
import { useCallback, useState } from 'react';

export interface Announcement {
  text: string;
  /** Counts what was said: the same sentence said twice still changes the region, so it is read again. */
  n: number;
}

export function useAnnouncer(): { said: Announcement; announce: (text: string) => void } {
  const [said, setSaid] = useState<Announcement>({ text: '', n: 0 });
  const announce = useCallback((text: string) => setSaid((prev) => ({ text, n: prev.n + 1 })), []);
  return { said, announce };
}

export function LiveRegion({ said }: { said: Announcement }) {
  return (
    <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true" data-live-region="">
      {said.text}
      {said.n % 2 === 1 ? '\u00a0' : ''}
    </div>
  );
}
