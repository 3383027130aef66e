/**
 * Counts the turns other work gets on the event loop while a promise runs: a task re-queued with setImmediate runs
 * only when the loop is free, so work done in one go counts none, work done in steps about one per step.
 */
export async function turnsDuring<T>(work: () => Promise<T>): Promise<{ result: T; turns: number }> {
  let turns = 0;
  let running = true;
  const count = () => {
    if (!running) return;
    turns++;
    setImmediate(count);
  };
  setImmediate(count);
  const result = await work();
  running = false;
  return { result, turns };
}
