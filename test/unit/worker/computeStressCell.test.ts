import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { revalue } from '../../../main/engine/revalue.ts';
import { replaceBook } from '../../../main/services/replaceBook.ts';
import type { Store } from '../../../main/store/openStore.ts';
import { computeStressCell } from '../../../main/worker/computeStressCell.ts';
import { JobCancelledError } from '../../../main/worker/jobProtocol.ts';
import { priceVolScenarios } from '../../../main/worker/priceVolScenarios.ts';
import { resolveStoredBook } from '../../../main/worker/resolveStoredBook.ts';
import { readPortfolioDocument } from '../../../shared/portfolioDocument.ts';
import type { StressCellResult } from '../../../shared/stressGrid.ts';
import { largeOptionBook } from '../../fixtures/largeOptionBook.ts';
import { recordingJob } from '../../fixtures/recordingJob.ts';
import { seededTempStore } from '../../fixtures/seededTempStore.ts';

type Row = StressCellResult['positions'][number];

const positions = 20_000;
let store: Store;
let dispose: () => void;
beforeAll(() => {
  // The sample database first: its market (the USD rate) values the options.
  ({ store, dispose } = seededTempStore());
  replaceBook(store, readPortfolioDocument(largeOptionBook(positions, 4), 'large.json'));
});
afterAll(() => dispose());

describe('computeStressCell (the drill-through job)', () => {
  const request = { priceMove: -0.2, volShift: 0.5, daysForward: 30 };

  it('values and lists the positions chunk by chunk: each P&L as one whole-book revaluation gives it, progress rising to every position', () => {
    const { reports, context } = recordingJob();
    const cell = computeStressCell(store, request, context);
    expect(cell.positions).toHaveLength(positions);
    const { snapshot, book } = resolveStoredBook(store);
    const whole = revalue(book, priceVolScenarios(book.underlyingIds.length, [request.priceMove], [request.volShift], request.daysForward));
    const expected = new Map(Array.from(whole, (pnl, p) => [snapshot.positions[book.positions.source[p]!]!.id, pnl]));
    expect(cell.positions.every((p) => p.pnl === expected.get(p.positionId))).toBe(true);
    expect(new Set(cell.positions.map((p) => p.positionId)).size).toBe(positions);
    // Listed by account, then instrument.
    const before = (x: Row, y: Row) => x.account.localeCompare(y.account) || x.instrument.localeCompare(y.instrument);
    expect(cell.positions.every((p, i) => i === 0 || before(cell.positions[i - 1]!, p) <= 0)).toBe(true);

    expect(reports[0]).toEqual([0, positions]);
    expect(reports.length).toBeGreaterThan(10);
    expect(reports.every(([, total]) => total === positions)).toBe(true);
    const done = reports.map(([d]) => d);
    expect(done).toEqual([...done].sort((x, y) => x - y));
    expect(reports.at(-1)).toEqual([positions, positions]);
  });

  it('a cancelled job takes no further chunk and throws', () => {
    const { reports, context } = recordingJob(3);
    expect(() => computeStressCell(store, request, context)).toThrow(JobCancelledError);
    expect(reports).toHaveLength(4);
    expect(Math.max(...reports.map(([done]) => done))).toBeLessThan(positions);
  });
});
