import type { ExcludedMarginPosition, GroupMargin, PositionContribution } from '../../../../shared/marginResult.ts';
import { revalue } from '../../revalue.ts';
import { selectPositions } from '../../risk/positionSelection.ts';
import { scenariosFromDocument } from '../../scenariosFromDocument.ts';
import type { MarginInput } from '../marginMethod.ts';

/** The stress-library term of one account. */
export interface AccountStressTerm {
  /** The largest loss over every scenario of the named sets (0 when every scenario is a gain). */
  loss: number;
  group: GroupMargin;
  excluded: ExcludedMarginPosition[];
}

/**
 * The worst loss of each account over every scenario of the scenario sets named `setIds`
 * (from `input.scenarioSets`), by full revaluation (`revalue`), summed over the account's
 * positions that settle in its currency (`selectPositions`). The group `stress` names the
 * worst scenario ("set: scenario") and each position's P&L in it; a named set missing from
 * the library is a note, not an error.
 */
export function stressLossOfAccounts(input: MarginInput, setIds: readonly string[]): Map<string, AccountStressTerm> {
  const { book } = input;
  const accounts = input.accounts.map((a) => ({ id: a.id, currency: a.currency }));
  const selection = selectPositions(book, accounts);
  const notes: string[] = [];
  const worst = accounts.map(() => ({ loss: 0, scenario: null as string | null, contributions: [] as PositionContribution[] }));
  for (const setId of setIds) {
    const document = input.scenarioSets?.find((s) => s.id === setId);
    if (!document) {
      notes.push(`scenario set "${setId}" is not in the stress library: left out`);
      continue;
    }
    const { scenarios, warnings } = scenariosFromDocument(document, book);
    const unheld = new Set(warnings.flatMap((w) => /the book holds nothing on "(.+)"/.exec(w)?.[1] ?? []));
    notes.push(
      `${document.id}: ${scenarios.count} scenarios${unheld.size > 0 ? ` (they also shock ${[...unheld].join(', ')}, which the book does not hold)` : ''}`,
      ...warnings.filter((w) => !w.includes('the book holds nothing on')).map((w) => `${document.id}: ${w}`),
    );
    const pnl = revalue(book, scenarios);
    const count = scenarios.count;
    const sums = accounts.map(() => new Float64Array(count));
    for (let p = 0; p < book.positions.quantity.length; p++) {
      const a = selection.account[p]!;
      if (a < 0) continue;
      const sum = sums[a]!;
      for (let s = 0; s < count; s++) sum[s]! += pnl[p * count + s]!;
    }
    sums.forEach((sum, a) => {
      for (let s = 0; s < count; s++) {
        if (-sum[s]! <= worst[a]!.loss) continue;
        const contributions: PositionContribution[] = [];
        for (let p = 0; p < book.positions.quantity.length; p++) {
          if (selection.account[p] !== a) continue;
          contributions.push({ position: book.positions.source[p]!, instrument: book.instruments.id[book.positions.instrument[p]!]!, quantity: book.positions.quantity[p]!, pnl: pnl[p * count + s]! });
        }
        worst[a] = { loss: -sum[s]!, scenario: `${document.id}: ${document.scenarios[s]!.id}`, contributions };
      }
    });
  }
  return new Map(
    accounts.map((account, a) => {
      const w = worst[a]!;
      const group: GroupMargin = {
        id: 'stress',
        currency: account.currency,
        requirement: w.loss,
        worstScenario: w.scenario === null ? null : { id: w.scenario, loss: w.loss },
        components: { stressLoss: w.loss },
        contributions: w.contributions,
        notes,
      };
      return [account.id, { loss: w.loss, group, excluded: selection.excluded[a]! }];
    }),
  );
}
