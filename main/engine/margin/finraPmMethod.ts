import { formatMoney, formatNumber } from '../../../shared/formatNumber.ts';
import type { GroupMargin } from '../../../shared/marginResult.ts';
import type { FinraPmParameters } from '../../../shared/rules/finraPmRules.ts';
import { revalue } from '../revalue.ts';
import { collectClassGroups, type ClassGroup } from './finraPm/collectClassGroups.ts';
import { finraPmScenarios } from './finraPm/finraPmScenarios.ts';
import { offsetProductGroup } from './finraPm/offsetProductGroup.ts';
import type { MarginMethod, MethodAccountResult } from './marginMethod.ts';

const components = ['worstLoss', 'contractMinimum', 'minimumEquity'] as const;

/**
 * `finra-pm`: US securities portfolio margin, FINRA Rule 4210(g) / OCC TIMS style
 * (`../shared/spec/methodologies.md` §2). Per account:
 * 1. class groups: all eligible positions on one underlying (`finraPm/collectClassGroups`);
 * 2. full revaluation (`revalue`) at the 10 valuation points of each underlying's range
 *    (`finraPm/finraPmScenarios`), implied vol unchanged, no time decay;
 * 3. per product group (rule set `productGroups`; a class group in none stands alone): the
 *    worst point after offsets and each class group's share of its loss
 *    (`finraPm/offsetProductGroup`);
 * 4. class-group requirement = max(worstLoss, contractMinimum), worstLoss = its share of the
 *    loss at the worst point, contractMinimum = `contractMinimum` × multiplier × option
 *    contracts held, long or short ($0.375 × 100 × 200 = $7,500 for a 100 + 100 straddle);
 * 5. maintenance = Σ class-group requirements; initial = maintenance × `initialToMaintenance`.
 * Components per group: worstLoss, contractMinimum (the binding one is the requirement);
 * per account: their sums, and `minimumEquity`, the equity the account must hold (reported,
 * not added to the requirement: it is a floor on equity, not a margin). A group's
 * `worstScenario` is its product group's worst point, with the class group's own loss there
 * (negative: a gain that offset others); `contributions` are its positions' P&L there.
 */
export const finraPmMethod: MarginMethod<FinraPmParameters> = {
  id: 'finra-pm',
  components,
  compute(input, parameters) {
    const { book } = input;
    const { scenarios, ranges, pointIds } = finraPmScenarios(book, input.instruments, parameters);
    const pnl = revalue(book, scenarios);
    const count = scenarios.count;
    const underlyingIndex = new Map(book.underlyingIds.map((id, u) => [id, u]));
    const productOf = new Map<string, FinraPmParameters['productGroups'][number]>();
    for (const group of parameters.productGroups) for (const u of group.underlyings) productOf.set(u, group);

    return input.accounts.map((account): MethodAccountResult => {
      const { groups, excluded } = collectClassGroups(input, account);
      const groupPnl = (group: ClassGroup): Float64Array => {
        const sum = new Float64Array(count);
        for (const k of group.entries) for (let j = 0; j < count; j++) sum[j] = (sum[j] as number) + (pnl[k * count + j] as number);
        return sum;
      };
      // Class groups by product group, in the order of their first class group.
      const families = new Map<string, ClassGroup[]>();
      for (const group of groups) {
        const key = productOf.get(group.underlying)?.id ?? `\u0000${group.underlying}`;
        families.set(key, [...(families.get(key) ?? []), group]);
      }
      const margins = new Map<string, GroupMargin>();
      for (const members of families.values()) {
        const product = productOf.get((members[0] as ClassGroup).underlying);
        const vectors = members.map(groupPnl);
        const result = offsetProductGroup(vectors, product?.offset ?? 0);
        members.forEach((group, m) => {
          const u = underlyingIndex.get(group.underlying) as number;
          const range = ranges[u] as { down: number; up: number };
          const worstLoss = result.shares[m] as number;
          const contractMinimum = parameters.contractMinimum * group.optionUnits;
          const notes = [`range −${formatNumber(range.down * 100)}% / +${formatNumber(range.up * 100)}%, ${count} valuation points, vol unchanged, no time decay`];
          if (members.length > 1 && product) {
            notes.push(
              `product group ${product.id} (${members.map((g) => g.underlying).join(', ')}) at ${(pointIds[u] as string[])[result.point]}: ` +
                `${formatNumber(product.offset * 100)}% of gains offset ${formatMoney(result.credit, account.currency)} of ${formatMoney(result.grossLoss, account.currency)} losses`,
            );
          }
          if (contractMinimum > worstLoss) {
            notes.push(`the contract minimum binds: ${formatNumber(group.optionContracts)} option contracts × ${formatNumber(parameters.contractMinimum)} × multiplier = ${formatMoney(contractMinimum, account.currency)}`);
          }
          margins.set(group.underlying, {
            id: group.underlying,
            currency: account.currency,
            requirement: Math.max(worstLoss, contractMinimum),
            worstScenario: { id: (pointIds[u] as string[])[result.point] as string, loss: -((vectors[m] as Float64Array)[result.point] as number) },
            components: { worstLoss, contractMinimum },
            contributions: group.entries.map((k) => ({
              position: book.positions.source[k] as number,
              instrument: book.instruments.id[book.positions.instrument[k] as number] as string,
              quantity: book.positions.quantity[k] as number,
              pnl: pnl[k * count + result.point] as number,
            })),
            notes,
          });
        });
      }
      const ordered = groups.map((g) => margins.get(g.underlying) as GroupMargin);
      const maintenance = ordered.reduce((sum, g) => sum + g.requirement, 0);
      return {
        id: account.id,
        currency: account.currency,
        initial: maintenance * parameters.initialToMaintenance,
        maintenance,
        components: {
          worstLoss: ordered.reduce((sum, g) => sum + (g.components.worstLoss as number), 0),
          contractMinimum: ordered.reduce((sum, g) => sum + (g.components.contractMinimum as number), 0),
          minimumEquity: parameters.minimumEquity,
        },
        groups: ordered,
        excluded,
      };
    });
  },
};
