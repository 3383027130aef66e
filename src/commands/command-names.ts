/** The FunctionName of each ribbon command in manifest.xml. */
export const COMMAND_NAMES = {
  recalc: 'recalcProgress',
  summary: 'generateSummary',
} as const;
