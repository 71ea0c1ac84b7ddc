import { describe, expect, it } from 'vitest';
import { checkPositionChanges, type PositionChangeBook } from '../../../shared/positionChange.ts';

/** A book of one account holding SPY (position 1) and an SPY option (position 2); QQQ is known but not held. */
const book: PositionChangeBook = {
  hasAccount: (id) => id === 'A',
  instrumentKind: (id) => ({ SPY: 'etf', 'SPY C500': 'option', QQQ: 'etf' })[id],
  position: (id) => (id === 1 ? { account: 'A', instrument: 'SPY' } : id === 2 ? { account: 'A', instrument: 'SPY C500' } : undefined),
  holds: (account, instrument) => account === 'A' && (instrument === 'SPY' || instrument === 'SPY C500'),
};

describe('checkPositionChanges', () => {
  it('refuses what the book does not have or already holds, each with its index', () => {
    expect(
      checkPositionChanges(
        [
          { op: 'add', account: 'B', instrument: 'SPY', quantity: 1 },
          { op: 'add', account: 'A', instrument: 'XYZ', quantity: 1 },
          { op: 'add', account: 'A', instrument: 'SPY', quantity: 1 },
          { op: 'add', account: 'A', instrument: 'QQQ', quantity: 0 },
          { op: 'change', positionId: 9, field: 'quantity', value: 1 },
          { op: 'change', positionId: 1, field: 'vol', value: 0.2 },
          { op: 'change', positionId: 2, field: 'vol', value: 25 },
          { op: 'change', positionId: 2, field: 'price', value: -1 },
        ],
        book,
      ),
    ).toEqual([
      { index: 0, message: 'account "B" is not in the book' },
      { index: 1, message: 'instrument "XYZ" is not in the book (import it first)' },
      { index: 2, message: 'A already holds SPY: edit its quantity instead' },
      { index: 3, message: 'quantity: a position of 0 holds nothing' },
      { index: 4, message: 'position 9 is not in the book' },
      { index: 5, message: 'vol: SPY is not an option; only options have a volatility' },
      { index: 6, message: 'vol: 25 is a decimal (0.25 for 25%); above 10 is refused' },
      { index: 7, message: 'price: an option price cannot be negative (-1)' },
    ]);
  });

  it('later changes see earlier ones: removed then added again is fine, added twice or changed after removal is not', () => {
    expect(
      checkPositionChanges(
        [
          { op: 'remove', positionId: 1 },
          { op: 'add', account: 'A', instrument: 'SPY', quantity: 5 },
          { op: 'add', account: 'A', instrument: 'QQQ', quantity: 5 },
          { op: 'add', account: 'A', instrument: 'QQQ', quantity: 6 },
          { op: 'change', positionId: 1, field: 'quantity', value: 3 },
          { op: 'remove', positionId: 1 },
        ],
        book,
      ),
    ).toEqual([
      { index: 3, message: 'A already holds QQQ: edit its quantity instead' },
      { index: 4, message: 'position 1 is not in the book' },
      { index: 5, message: 'position 1 is not in the book' },
    ]);
  });
});
