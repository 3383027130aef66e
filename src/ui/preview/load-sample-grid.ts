/** The sample workbook's grid, built beside the pages (webpack.config.js): small, so the pane may start it early. */
import type { Grid } from '../../core/grid';

export async function loadSampleGrid(url = 'sample-grid.json'): Promise<Grid> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as Grid;
}
