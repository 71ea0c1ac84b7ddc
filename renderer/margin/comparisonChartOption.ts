import { marginMethodLabels } from '../../shared/marginResult.ts';
import type { MarginComparison } from '../../shared/marginView.ts';
import type { ChartOption } from '../charts/EChart.tsx';

/** Grouped bars: one group per account, one bar per method's requirement. */
export function comparisonChartOption(comparison: MarginComparison): ChartOption {
  const accounts = comparison.methods[0]?.accounts.map((a) => a.id) ?? [];
  return {
    animation: false,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v: number) => v.toLocaleString('en-US', { maximumFractionDigits: 0 }) },
    legend: { top: 0 },
    grid: { left: 100, right: 24, top: 40, bottom: 30 },
    xAxis: { type: 'category', data: accounts },
    yAxis: { type: 'value', name: 'Requirement', axisLabel: { formatter: (v: number) => v.toLocaleString('en-US') } },
    series: comparison.methods.map((m) => ({
      name: marginMethodLabels[m.method],
      type: 'bar',
      data: accounts.map((id) => m.accounts.find((a) => a.id === id)?.requirement ?? 0),
    })),
  };
}
