/**
 * The engine a step at a time (core's `recalculation`), with the event loop given a turn between steps, so the
 * task pane repaints its progress bar and answers clicks while a big workbook computes (about a second at 100,000
 * rows).
 */
import { recalculation } from '../core/engine';
import type { Grid } from '../core/grid';
import type { EngineOptions, EngineResult } from '../core/types';

export async function recalculateInSteps(
  grid: Grid,
  options: EngineOptions,
  onProgress?: (fraction: number) => void,
): Promise<EngineResult> {
  const steps = recalculation(grid, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    onProgress?.(step.value);
    await nextTurn();
  }
}

/** A turn of the event loop with no delay: a message to ourselves (nested setTimeouts wait 4 ms each). */
function nextTurn(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof MessageChannel === 'undefined') {
      setTimeout(resolve, 0);
      return;
    }
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
