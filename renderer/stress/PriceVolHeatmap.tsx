import { useMemo, useState } from 'react';
import { formatMoney } from '../../shared/formatNumber.ts';
import { getApi } from '../api/getApi.ts';
import { useBookQuery } from '../api/useBookQuery.ts';
import { EChart } from '../charts/EChart.tsx';
import { CellPositionsGrid } from './CellPositionsGrid.tsx';
import { formatMove } from './formatMove.ts';
import { heatmapOption } from './heatmapOption.ts';

type Cell = { priceMove: number; volShift: number };

/**
 * The heat map the desk reads first: P&L of one account (all underlyings, or one) with every
 * price moved −30%..+30% and every vol −50%..+100%, rerun after every edit of the book.
 * Clicking a cell lists the positions' P&L under that scenario.
 */
export function PriceVolHeatmap() {
  const [accountId, setAccountId] = useState<string | null>(null);
  const [underlying, setUnderlying] = useState('');
  const [cell, setCell] = useState<Cell | null>(null);

  const gridQuery = useBookQuery('grid', () => getApi().runStressGrid({}));
  const drillQuery = useBookQuery(cell && JSON.stringify(cell), () => getApi().stressCell(cell!));
  const grid = gridQuery.data;
  const drill = drillQuery.data;
  const error = gridQuery.error ?? drillQuery.error;

  const account = grid?.accounts.find((a) => a.id === accountId) ?? grid?.accounts[0] ?? null;
  const values = underlying ? account?.underlyings.find((u) => u.id === underlying)?.pnl : account?.pnl;
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
    });
  }, [grid, account, values]);
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
            {grid.priceMoves.length} × {grid.volShifts.length} scenarios · every underlying together · full revaluation · book v{grid.bookVersion} · {grid.elapsedMs.toFixed(1)} ms · click a cell for
            its positions
          </span>
        )}
      </div>
      {error && <p role="alert" className="error">{error}</p>}
      {grid && grid.excluded.length > 0 && <p className="warning">Not in the sums: {grid.excluded.map((e) => `${e.account} ${e.instrument} (${e.reason})`).join('; ')}</p>}
      {option && <EChart option={option} label={`Price × vol P&L heat map of ${account?.id}`} height={380} onClick={pick} />}
      {cell && drill && (
        <div className="drill-through">
          <h2>
            {account?.id}
            {underlying ? ` · ${underlying}` : ''} at price {formatMove(drill.priceMove)} · vol {formatMove(drill.volShift)}:{' '}
            <span data-testid="drill-total">{formatMoney(positions.reduce((s, p) => s + p.pnl, 0), account?.currency ?? '', 0)}</span>
          </h2>
          <CellPositionsGrid positions={positions} />
        </div>
      )}
    </section>
  );
}
