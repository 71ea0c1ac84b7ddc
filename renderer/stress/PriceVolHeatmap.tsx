import { useMemo, useState } from 'react';
import { formatMoney } from '../../shared/formatNumber.ts';
import { deskGridSettings } from '../../shared/stressGrid.ts';
import { checkStressGridSettings, isStressGridSettings, type StressGridSettings } from '../../shared/stressGridSettings.ts';
import { getApi } from '../api/getApi.ts';
import { useJobQuery } from '../api/useJobQuery.ts';
import { EChart } from '../charts/EChart.tsx';
import { JobStatus } from '../shell/JobStatus.tsx';
import { usePersistentState } from '../state/usePersistentState.ts';
import { CellPositionsGrid } from './CellPositionsGrid.tsx';
import { formatMove } from './formatMove.ts';
import { GridControls } from './GridControls.tsx';
import { heatmapOption } from './heatmapOption.ts';

type Cell = { priceMove: number; volShift: number };

/** Beyond this many columns or rows the cells are too small to print a value in. */
const maxLabelled = 25;
const acceptSettings = (saved: unknown): saved is StressGridSettings => isStressGridSettings(saved) && checkStressGridSettings(saved).ok;
const days = (n: number) => `${n} day${n === 1 ? '' : 's'} forward`;

/**
 * The heat map the desk reads first: P&L of one account (all underlyings, or one) over a grid of
 * price moves × vol shifts some days forward (the desk's −30%..+30% × −50%..+100% today unless
 * set otherwise, kept across restarts), run as a job with progress and rerun after every edit of
 * the book or the controls. Clicking a cell lists the positions' P&L under that scenario, also
 * a job with progress and Cancel: a newer click cancels the one under way, and a cancelled
 * drill-through says so beside the previous one (if any) while the map stays as it is.
 */
export function PriceVolHeatmap() {
  const [settings, setSettings] = usePersistentState<StressGridSettings>('stress.priceVol.settings', deskGridSettings, acceptSettings);
  const [accountId, setAccountId] = useState<string | null>(null);
  const [underlying, setUnderlying] = useState('');
  const [cell, setCell] = useState<Cell | null>(null);

  const check = checkStressGridSettings(settings);
  const request = check.ok ? check.request : null;
  const gridQuery = useJobQuery(
    request && JSON.stringify(request),
    'stressGrid',
    () => getApi().startStressGrid(request!),
    (jobId) => getApi().awaitStressGrid({ jobId }),
  );
  const grid = gridQuery.data;
  // The drill-through follows the grid on screen: its days forward, and only a cell it still has.
  const shown = cell && grid && grid.priceMoves.includes(cell.priceMove) && grid.volShifts.includes(cell.volShift) ? { ...cell, daysForward: grid.daysForward } : null;
  const drillQuery = useJobQuery(
    shown && JSON.stringify(shown),
    'stressCell',
    () => getApi().startStressCell(shown!),
    (jobId) => getApi().awaitStressCell({ jobId }),
  );
  const drill = shown ? drillQuery.data : null;
  const error = gridQuery.error ?? (shown ? drillQuery.error : null);

  const account = grid?.accounts.find((a) => a.id === accountId) ?? grid?.accounts[0] ?? null;
  const values = underlying ? account?.underlyings.find((u) => u.id === underlying)?.pnl : account?.pnl;
  const labelled = !!grid && grid.priceMoves.length <= maxLabelled && grid.volShifts.length <= maxLabelled;
  const option = useMemo(() => {
    if (!grid || !account || !values) return null;
    const columns = grid.volShifts.length;
    return heatmapOption({
      xLabels: grid.priceMoves.map(formatMove),
      yLabels: grid.volShifts.map(formatMove),
      xName: 'Price move',
      yName: 'Vol shift (relative)',
      cells: grid.priceMoves.flatMap((_, i) => grid.volShifts.map((_, j): [number, number, number] => [i, j, values[i * columns + j]!])),
      currency: account.currency,
      labels: labelled,
    });
  }, [grid, account, values, labelled]);
  const positions = useMemo(
    () => drill?.positions.filter((p) => p.account === account?.id && (!underlying || p.underlying === underlying)) ?? [],
    [drill, account, underlying],
  );

  const pick = (data: unknown) => {
    const [x, y] = data as [number, number, number];
    const priceMove = grid?.priceMoves[x];
    const volShift = grid?.volShifts[y];
    if (priceMove !== undefined && volShift !== undefined) setCell({ priceMove, volShift });
  };

  return (
    <section className="heatmap-section" aria-label="Price × vol heat map">
      <GridControls settings={settings} onChange={setSettings} />
      <div className="toolbar">
        <label>
          Account{' '}
          <select aria-label="Heat map account" value={account?.id ?? ''} onChange={(e) => {
              setAccountId(e.target.value);
              setUnderlying('');
            }}>
            {(grid?.accounts ?? []).map((a) => (
              <option key={a.id} value={a.id}>
                {a.id} ({a.currency})
              </option>
            ))}
          </select>
        </label>
        <label>
          Underlying{' '}
          <select aria-label="Heat map underlying" value={underlying} onChange={(e) => setUnderlying(e.target.value)}>
            <option value="">All underlyings</option>
            {(account?.underlyings ?? []).map((u) => (
              <option key={u.id} value={u.id}>
                {u.id}
              </option>
            ))}
          </select>
        </label>
        {grid && (
          <span className="muted">
            {grid.priceMoves.length} × {grid.volShifts.length} scenarios · {days(grid.daysForward)} · every underlying together · full revaluation · book v{grid.bookVersion} ·{' '}
            {grid.elapsedMs.toFixed(1)} ms · {labelled ? '' : 'too many cells to print values: hover one for its P&L · '}click a cell for its positions
          </span>
        )}
      </div>
      <JobStatus label="Heat map" job={gridQuery} previous={grid && `book v${grid.bookVersion}, ${grid.priceMoves.length} × ${grid.volShifts.length}, ${days(grid.daysForward)}`} />
      {error && <p role="alert" className="error">{error}</p>}
      {grid && grid.excluded.length > 0 && <p className="warning">Not in the sums: {grid.excluded.map((e) => `${e.account} ${e.instrument} (${e.reason})`).join('; ')}</p>}
      {option && grid && (
        <EChart option={option} label={`Price × vol P&L heat map of ${account?.id}`} height={Math.max(380, 72 + grid.volShifts.length * (labelled ? 26 : 16))} onClick={pick} />
      )}
      {shown && (
        <div className="drill-through">
          <JobStatus
            label="Drill-through"
            job={drillQuery}
            previous={drill && `price ${formatMove(drill.priceMove)} · vol ${formatMove(drill.volShift)} · ${days(drill.daysForward)}, book v${drill.bookVersion}`}
          />
          {drill && (
            <>
              <h2>
                {account?.id}
                {underlying ? ` · ${underlying}` : ''} at price {formatMove(drill.priceMove)} · vol {formatMove(drill.volShift)} · {days(drill.daysForward)}:{' '}
                <span data-testid="drill-total">{formatMoney(positions.reduce((s, p) => s + p.pnl, 0), account?.currency ?? '', 0)}</span>
              </h2>
              <CellPositionsGrid positions={positions} />
            </>
          )}
        </div>
      )}
    </section>
  );
}
