/** The summary's two charts, drawn by Excel: disbursement against plan by quarter, and indicators by status. */
import { STATUS_ORDER } from './tables';
import { distinctIndicators } from './groups';
import type { Quarter, Report } from '../types';
import type { BudgetView } from './budget-view';
import { Builder } from './layout';
import * as P from './phrases';
import type { ChartSpec } from './sheet-spec';

export function chartSpecs(b: Builder, report: Report, budget: BudgetView | null, q: Quarter): ChartSpec[] {
  const charts: ChartSpec[] = [];
  let row = b.row + 1;
  const quarters = [1, 2, 3, 4].map((i) => b.ours(P.quarterLabel(i)));
  if (budget) {
    charts.push({
      type: 'line',
      title: P.CHART_DISBURSEMENT,
      categories: quarters,
      series: [
        { name: P.CHART_PLAN_SERIES, values: budget.plannedByQuarter, color: '5B9BD5' },
        { name: P.CHART_ACTUAL_SERIES, values: budget.disbursedByQuarter.map((v, i) => (i < q ? v : null)), color: 'ED7D31' },
      ],
      anchor: { row, col: 0, width: 480, height: 260 },
      numberFormat: b.decFormat,
    });
    row += 14;
  }
  if (report.indicators.length > 0) {
    const counted = distinctIndicators(report); // as the counts by status: each indicator once
    charts.push({
      type: 'columnClustered',
      title: P.CHART_STATUS,
      categories: STATUS_ORDER.map((s) => P.status(s)),
      series: [{ name: P.COUNT_UNIT, values: STATUS_ORDER.map((s) => counted.filter((i) => i.overall === s).length) }],
      anchor: { row, col: 0, width: 480, height: 260 },
      numberFormat: b.intFormat,
    });
  }
  return charts;
}
