import type { PortfolioDocument, Position } from '../../shared/portfolioDocument.ts';
import type { PositionChange } from '../../shared/positionChange.ts';

/**
 * The book document with the changes applied, the document itself untouched. `positionIds[i]`
 * is the id of `doc.positions[i]`; changes are assumed checked (`checkPositionChanges`).
 */
export function whatIfDocument(doc: PortfolioDocument, positionIds: readonly number[], changes: readonly PositionChange[]): PortfolioDocument {
  const positions = new Map<number | string, Position>(doc.positions.map((p, i) => [positionIds[i]!, { ...p }]));
  const instruments = new Map(doc.instruments.map((i) => [i.id, i]));
  changes.forEach((change, k) => {
    if (change.op === 'add') return void positions.set(`add:${k}`, { account: change.account, instrument: change.instrument, quantity: change.quantity });
    const position = positions.get(change.positionId);
    if (!position) throw new Error(`position ${change.positionId} is not in the book`);
    if (change.op === 'remove') return void positions.delete(change.positionId);
    if (change.field === 'quantity') position.quantity = change.value;
    else instruments.set(position.instrument, { ...instruments.get(position.instrument)!, [change.field]: change.value });
  });
  return { ...doc, instruments: [...instruments.values()], positions: [...positions.values()] };
}
