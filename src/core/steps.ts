/**
 * Long work a step at a time: a generator that yields how far it is (0 to 1) between steps and returns its result.
 * The add-in gives the task pane a turn between steps (src/excel/in-steps.ts); the CLI and the tests run it whole.
 */
export type Steps<T> = Generator<number, T, void>;

/** The work in one go. */
export function completed<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
