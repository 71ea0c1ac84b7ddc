import { useMemo } from 'react';
import type { StressResult } from '../../shared/stressResult.ts';
import { EChart } from '../charts/EChart.tsx';
import { usePersistentState } from '../state/usePersistentState.ts';
import { heatmapOption } from './heatmapOption.ts';

type ColourScale = 'shared' | 'per-account';
const scales: [ColourScale, string][] = [
  ['shared', 'one for all accounts'],
  ['per-account', 'each account its own'],
];
const isScale = (saved: unknown): saved is ColourScale => scales.some(([id]) => id === saved);
const perAccount = { low: 'loss', high: 'gain' };

/**
 * A saved set's P&L as a heat map: one row per scenario, one column per account. Its colours
 * follow one scale for all accounts, or (kept across restarts) each account's own, so a small
 * account's worst scenarios stand out beside a large one's; the cells show the amounts either way.
 */
export function ScenarioAccountHeatmap({ result }: { result: StressResult }) {
  const [scale, setScale] = usePersistentState<ColourScale>('stress.setHeatmap.colourScale', 'shared', isScale);
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
        perColumn: scale === 'per-account' ? perAccount : undefined,
      }),
    [result, scale],
  );
  return (
    <section className="heatmap-section" aria-label="Scenario × account heat map">
      <div className="toolbar">
        <label>
          Colour scale{' '}
          <select
            aria-label="Colour scale"
            value={scale}
            onChange={(e) => {
              const picked = e.target.value;
              if (isScale(picked)) setScale(picked);
            }}
          >
            {scales.map(([id, label]) => (
              <option key={id} value={id}>
                {label}
              </option>
            ))}
          </select>
        </label>
        {scale === 'per-account' && <span className="muted">±100% is the account's largest move in this set, gain or loss</span>}
      </div>
      <EChart option={option} label={`P&L heat map of ${result.scenarioSet.name}: scenario by account`} height={Math.max(320, 60 + 26 * result.scenarios.length)} />
    </section>
  );
}
