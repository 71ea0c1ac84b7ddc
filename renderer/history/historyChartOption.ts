import type { MarginRunSummary } from '../../shared/marginView.ts';
import type { ChartOption } from '../charts/EChart.tsx';

const money = (v: number) => v.toLocaleString('en-US', { maximumFractionDigits: 0 });

/** Requirement ÷ equity in percent; none when the account has no positive equity. */
export function utilisation(requirement: number, equity: number): number | null {
  return equity > 0 ? (requirement / equity) * 100 : null;
}

/**
 * Margin over time on a time axis with zoom. For every account (`account` null): each one's
 * requirement. For one account: its requirement and equity (money axis) and utilisation
 * (requirement ÷ equity, percent axis on the right).
 */
export function historyChartOption(runs: readonly MarginRunSummary[], account: string | null): ChartOption {
  const base = {
    animation: false,
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 90, right: account ? 70 : 24, top: 36, bottom: 64 },
    xAxis: { type: 'time' },
    dataZoom: [{ type: 'inside' }, { type: 'slider', bottom: 12 }],
  };
  const points = (id: string, value: (a: MarginRunSummary['accounts'][number]) => number | null) =>
    runs.flatMap((r) => r.accounts.filter((a) => a.account === id).map((a) => [r.computedAt, value(a)]));
  const line = (name: string, data: unknown[], extra: object = {}) => ({ name, type: 'line', step: 'end', showSymbol: true, data, ...extra });
  if (!account) {
    const accounts = [...new Set(runs.flatMap((r) => r.accounts.map((a) => a.account)))].sort();
    return {
      ...base,
      yAxis: { type: 'value', name: 'Requirement', axisLabel: { formatter: money } },
      series: accounts.map((id) => line(id, points(id, (a) => a.requirement))),
    };
  }
  return {
    ...base,
    yAxis: [
      { type: 'value', name: 'Amount', axisLabel: { formatter: money } },
      { type: 'value', name: 'Utilisation', position: 'right', min: 0, axisLabel: { formatter: '{value}%' }, splitLine: { show: false } },
    ],
    series: [
      line('Requirement', points(account, (a) => a.requirement)),
      line('Equity', points(account, (a) => a.equity), { lineStyle: { type: 'dashed' } }),
      line('Utilisation %', points(account, (a) => utilisation(a.requirement, a.equity)), { yAxisIndex: 1, lineStyle: { type: 'dotted' } }),
    ],
  };
}
