/**
 * Core's long work (src/core/steps.ts) run a step at a time, with the event loop given a turn between steps, so the
 * task pane repaints its progress bar and answers clicks while a big workbook computes or its summary is laid out.
 */
import type { Steps } from '../core/steps';

export async function inSteps<T>(steps: Steps<T>, onProgress?: (fraction: number) => void): Promise<T> {
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
