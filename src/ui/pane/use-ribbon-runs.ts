/**
 * The pane's side of one run at a time (ui/one-run.ts): while a ribbon button runs, the pane's actions wait; when it
 * ends, the pane shows what it found, so its lists are never those of an older run.
 */
import { useEffect, useRef, useState } from 'react';
import type { Report } from '../../core/types';
import { currentRun, onRuns, type Run } from '../one-run';

/** The ribbon's run going on now, or null. `onEnded` hears each ribbon run that ended with a report. */
export function useRibbonRuns(onEnded: (report: Report, sheetName?: string) => void): Run | null {
  const [running, setRunning] = useState<Run | null>(() => {
    const now = currentRun();
    return now?.source === 'ribbon' ? now : null;
  });
  const latest = useRef(onEnded);
  useEffect(() => {
    latest.current = onEnded;
  });
  useEffect(
    () =>
      onRuns((e) => {
        if (e.run.source !== 'ribbon') return;
        if (e.kind === 'started') {
          setRunning(e.run);
          return;
        }
        setRunning(null);
        if (e.report) latest.current(e.report, e.sheetName);
      }),
    [],
  );
  return running;
}
