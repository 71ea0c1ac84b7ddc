import { afterEach, describe, expect, it } from 'vitest';
import type { ApiRequest } from '../../shared/api.ts';
import { jobResult } from './jobResult.ts';
import { tempServices } from './tempServices.ts';
import { linearFuturesBook } from '../fixtures/linearFuturesBook.ts';

let services: ReturnType<typeof tempServices>;
afterEach(async () => services?.dispose());
const runStressGrid = (request: ApiRequest<'startStressGrid'>) => jobResult(services.api.startStressGrid(request), services.api.awaitStressGrid);
const runStressCell = (request: ApiRequest<'startStressCell'>) => jobResult(services.api.startStressCell(request), services.api.awaitStressCell);

const linearBook = linearFuturesBook();

describe('price × vol stress grid', () => {
  it('gives a linear book quantity × multiplier × price × move in every cell, whatever the vol shift (by hand)', async () => {
    services = tempServices();
    await services.api.importPortfolio({ fileName: 'linear.json', text: JSON.stringify(linearBook) });
    const grid = await runStressGrid({ priceMoves: [-0.2, 0, 0.1], volShifts: [-0.5, 1] });
    const account = grid.accounts[0]!;
    const es = 12 * 50 * 5175.25;
    const cl = -8 * 1000 * 81.04;
    const at = (i: number, j: number) => account.pnl[i * grid.volShifts.length + j]!;
    expect(at(0, 0)).toBeCloseTo(-0.2 * (es + cl), 6);
    expect(at(0, 1)).toBeCloseTo(-0.2 * (es + cl), 6);
    expect(at(1, 1)).toBe(0);
    expect(at(2, 0)).toBeCloseTo(0.1 * (es + cl), 6);
    expect(account.underlyings.map((u) => u.id)).toEqual(['SPX', 'WTI']);
    expect(account.underlyings[0]!.pnl[2 * 2]).toBeCloseTo(0.1 * es, 6);
    expect(account.underlyings[1]!.pnl[2 * 2]).toBeCloseTo(0.1 * cl, 6);

    const cell = await runStressCell({ priceMove: -0.2, volShift: 1 });
    expect(cell.positions.map((p) => [p.instrument, p.underlying, p.quantity])).toEqual([
      ['CLK4', 'WTI', -8],
      ['ESM4', 'SPX', 12],
    ]);
    expect(cell.positions[0]!.pnl).toBeCloseTo(-0.2 * cl, 6);
    expect(cell.positions[1]!.pnl).toBeCloseTo(-0.2 * es, 6);
  });

  it('defaults to −30%..+30% × −50%..+100% on the sample book; the drill-through sums to the cell', async () => {
    services = tempServices();
    const grid = await runStressGrid({});
    expect(grid.priceMoves).toHaveLength(13);
    expect(grid.volShifts).toEqual([-0.5, -0.25, 0, 0.25, 0.5, 0.75, 1]);
    const deskA = grid.accounts.find((a) => a.id === 'DESK-A')!;
    const i = grid.priceMoves.indexOf(-0.3);
    const j = grid.volShifts.indexOf(1);
    const cell = await runStressCell({ priceMove: -0.3, volShift: 1 });
    const sum = cell.positions.filter((p) => p.account === 'DESK-A').reduce((s, p) => s + p.pnl, 0);
    expect(sum).toBeCloseTo(deskA.pnl[i * grid.volShifts.length + j]!, 4);
    const byUnderlying = deskA.underlyings.reduce((s, u) => s + u.pnl[i * grid.volShifts.length + j]!, 0);
    expect(byUnderlying).toBeCloseTo(deskA.pnl[i * grid.volShifts.length + j]!, 4);
  });

});
