import { useMemo } from 'react';
import type { StressResult } from '../../shared/stressResult.ts';
import { EChart } from '../charts/EChart.tsx';
import { heatmapOption } from './heatmapOption.ts';

/** A saved set's P&L as a heat map: one row per scenario, one column per account. */
export function ScenarioAccountHeatmap({ result }: { result: StressResult }) {
  const option = useMemo(
    () =>
      heatmapOption({
        xLabels: result.accounts.map((a) => `${a.id} (${a.currency})`),
        yLabels: result.scenarios.map((s) => s.name),
        xName: 'Account',
        yName: 'Scenario',
        cells: result.accounts.flatMap((a, x) => a.pnl.map((v, y): [number, number, number] => [x, y, v])),
        currency: [...new Set(result.accounts.map((a) => a.currency))].join('/'),
        yDown: true,
      }),
    [result],
  );
  return <EChart option={option} label={`P&L heat map of ${result.scenarioSet.name}: scenario by account`} height={Math.max(320, 60 + 26 * result.scenarios.length)} />;
}
