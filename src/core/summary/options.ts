/** What the summary is told besides the report, and how the user's saved settings say it: decided here once. */
import { DEFAULT_SETTINGS, type DigitStyle, type Settings } from '../types';

export interface SummaryOptions {
  /** Digits of the figures; default: the workbook's (report.digits). */
  digits?: DigitStyle;
  /** Font written to every cell; default TH SarabunPSK (Settings.font). */
  font?: string;
  /** Names of the sheets the summary must not take (the user's sheets); ours are replaced, not avoided. */
  sheetNames?: string[];
  /** Cabinet's cumulative disbursement targets by quarter (Settings.cabinetTargets); default: the table's เป้าร้อยละ. */
  cabinetTargets?: (number | null)[];
  /** The on-plan band (Settings.tolerance), so the summary judges the budget as the sheet does; default 0. */
  tolerance?: number;
}

export const DEFAULT_FONT = DEFAULT_SETTINGS.font;
export const FALLBACK_FONT = 'TH Sarabun New';

/**
 * The summary's options from the user's settings, for the add-in and the command line alike. `sheetNames` are
 * the user's sheets (our earlier summaries left out: they are replaced, not avoided).
 */
export function summaryOptions(settings: Partial<Settings>, sheetNames: string[]): SummaryOptions {
  return {
    digits: settings.digits && settings.digits !== 'auto' ? settings.digits : undefined,
    font: settings.font,
    sheetNames,
    cabinetTargets: settings.cabinetTargets,
    tolerance: settings.tolerance,
  };
}
