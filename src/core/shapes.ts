/**
 * Objects kept alive so that their shapes outlive a run. V8 gives objects built alike one hidden class and compiles
 * the per-row code for it; a hidden class lives only while some object has it. When a run's tables and edit lists
 * were all collected after it, the next run made their classes again and the code compiled for the old ones was
 * thrown away and compiled again, on every run (at 100,000 rows a fifth of a run's CPU time, on compile threads).
 * One small example of each such shape, kept here, spares that. Only examples with no cells of a workbook are kept:
 * never a table that holds a sheet, so no workbook is held after its run.
 */
const kept: unknown[] = [];

/** Keeps `example` (an object of a shape the engine makes on every run) for as long as the program runs. */
export function keepShapeOf(example: object): void {
  kept.push(example);
}
