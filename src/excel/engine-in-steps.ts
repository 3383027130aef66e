/** The engine a step at a time (core's `recalculation`): about a second at 100,000 rows, with the pane free between steps. */
import { recalculation } from '../core/engine';
import type { Grid } from '../core/grid';
import type { EngineOptions, EngineResult } from '../core/types';
import { inSteps } from './in-steps';

export function recalculateInSteps(
  grid: Grid,
  options: EngineOptions,
  onProgress?: (fraction: number) => void,
): Promise<EngineResult> {
  return inSteps(recalculation(grid, options), onProgress);
}
