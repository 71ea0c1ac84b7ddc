import { formatMoney, formatNumber } from '../../../../shared/formatNumber.ts';
import type { GroupMargin } from '../../../../shared/marginResult.ts';
import type { SpanParameters } from '../../../../shared/rules/spanRules.ts';
import type { MethodAccountResult } from '../marginMethod.ts';
import { combinedCommodityRisk, type CombinedCommodityRisk } from './combinedCommodityRisk.ts';
import { interCommodityCredits } from './interCommodityCredits.ts';
import type { SpanPositions } from './spanPositions.ts';
import { spanScenarioCount } from './spanScenarioMoves.ts';
import { spanScenarioLabel } from './spanScenarioLabel.ts';

/** The `span` component names, in report order (`../shared/spec/portfolio-document.md`). */
export const spanComponents = ['scanningRisk', 'intraSpread', 'spotMonth', 'interCredit', 'shortOptionMinimum', 'netOptionValue'] as const;

/**
 * The SPAN requirement of one account [pub, CME SPAN; `../shared/spec/methodologies.md` §1]
 * over `members` (its indices into `positions`):
 * - per combined commodity (`combinedCommodityRisk`): scanning risk, intra-commodity spread
 *   charge, spot-month charge, short option minimum, net option value;
 * - inter-commodity credits across the account's CCs (`interCommodityCredits`), from each CC's
 *   weighted futures price risk = price risk / |net delta|; a CC's credit never exceeds its
 *   price risk;
 * - CC risk = max(scanning + intra + spot − inter, SOM): the group's requirement
 *   (maintenance level); maintenance = Σ CC risk; initial = maintenance × the IM/MM ratio
 *   (hedger for accounts in `hedgerAccounts`, else speculator).
 * NOV is reported (component and note with requirement − NOV), not deducted. Groups carry the
 * worst scenario (id "1".."16") and each position's P&L in it (they sum to −loss).
 */
export function spanAccountMargin(
  account: { id: string; currency: string },
  positions: SpanPositions,
  members: readonly number[],
  parameters: SpanParameters,
  excluded: MethodAccountResult['excluded'],
): MethodAccountResult {
  const ccs = parameters.combinedCommodities;
  const byCc = ccs.map(() => [] as number[]);
  for (const p of members) byCc[positions.cc[p] as number]?.push(p);
  const risks: (CombinedCommodityRisk | undefined)[] = byCc.map((list, c) => {
    const cc = ccs[c];
    if (list.length === 0 || !cc) return undefined;
    const tierIndex = new Map(cc.tiers.map((tier, i) => [tier.id, i]));
    const spreads = cc.intraSpreads.map((s) => ({ a: tierIndex.get(s.tiers[0]) as number, b: tierIndex.get(s.tiers[1]) as number, rate: s.rate }));
    return combinedCommodityRisk(positions, list, cc, spreads);
  });

  const available = Float64Array.from(risks, (r) => r?.spreadableDelta ?? 0);
  const weightedPriceRisk = Float64Array.from(risks, (r) => (r && r.netDelta !== 0 ? r.priceRisk / Math.abs(r.netDelta) : 0));
  const ccIndex = new Map(ccs.map((cc, c) => [cc.id, c]));
  const table = parameters.interCommoditySpreads.map((s) => ({ id: s.id, creditRate: s.creditRate, legs: s.legs.map((l) => ({ cc: ccIndex.get(l.cc) as number, deltaRatio: l.deltaRatio })) }));
  const inter = interCommodityCredits(available, weightedPriceRisk, table);

  const groups: GroupMargin[] = [];
  const { multiplier, coverFraction } = parameters.extremeMove;
  const money = (x: number) => formatMoney(x, account.currency);
  risks.forEach((risk, c) => {
    const cc = ccs[c];
    if (!risk || !cc) return;
    const interCredit = Math.min(inter.credit[c] as number, risk.priceRisk);
    const beforeMinimum = risk.scanningRisk + risk.intraSpread + risk.spotMonth - interCredit;
    const requirement = Math.max(beforeMinimum, risk.shortOptionMinimum);
    const list = byCc[c] ?? [];
    const notes = [`worst scenario ${risk.worst + 1}: ${spanScenarioLabel(risk.worst, multiplier, coverFraction)}`];
    const supplied = list.filter((p) => positions.supplied[p] === 1).map((p) => positions.instrument[p]);
    if (supplied.length > 0) notes.push(`risk arrays as supplied on the instrument: ${supplied.join(', ')}`);
    for (const s of risk.intraApplied) {
      notes.push(`calendar spread tier ${cc.tiers[s.a]?.id} / tier ${cc.tiers[s.b]?.id}: ${formatNumber(s.spreads)} × ${money(s.rate)} = ${money(s.charge)}`);
    }
    if (risk.spotMonth > 0) notes.push(`delivery-month delta ${formatNumber(risk.spotDelta)} × ${money(cc.spotMonth.rate)} = ${money(risk.spotMonth)}`);
    for (const applied of inter.applied) {
      const spread = table.find((s) => s.id === applied.id);
      const leg = spread?.legs.findIndex((l) => l.cc === c) ?? -1;
      if (spread && leg >= 0) {
        notes.push(`inter-commodity spread ${applied.id}: ${formatNumber(applied.spreads)} spread(s) at ${formatNumber(spread.creditRate * 100)}% → credit ${money(applied.credits[leg] ?? 0)}`);
      }
    }
    if (interCredit < (inter.credit[c] as number)) notes.push(`inter-commodity credit capped at the price risk ${money(risk.priceRisk)}`);
    if (risk.shortOptionMinimum > beforeMinimum) {
      notes.push(`short option minimum ${formatNumber(risk.shortOptions)} × ${money(cc.shortOptionMinimum)} = ${money(risk.shortOptionMinimum)} exceeds the risk ${money(beforeMinimum)}: it binds`);
    }
    if (list.some((p) => positions.isOption[p] === 1)) {
      notes.push(`risk requirement ${money(requirement)}, net option value ${money(risk.netOptionValue)}, requirement − NOV ${money(requirement - risk.netOptionValue)}`);
    }
    for (const caveat of positions.caveats) if (list.some((p) => positions.source[p] === caveat.position)) notes.push(caveat.text);
    groups.push({
      id: cc.id,
      currency: account.currency,
      requirement,
      worstScenario: { id: String(risk.worst + 1), loss: risk.losses[risk.worst] as number },
      components: {
        scanningRisk: risk.scanningRisk,
        intraSpread: risk.intraSpread,
        spotMonth: risk.spotMonth,
        interCredit,
        shortOptionMinimum: risk.shortOptionMinimum,
        netOptionValue: risk.netOptionValue,
      },
      contributions: list.map((p) => ({
        position: positions.source[p] as number,
        instrument: positions.instrument[p] as string,
        quantity: positions.quantity[p] as number,
        pnl: 0 - (positions.quantity[p] as number) * (positions.riskArray[p * spanScenarioCount + risk.worst] as number),
      })),
      notes,
    });
  });

  const components = Object.fromEntries(spanComponents.map((name) => [name, groups.reduce((sum, g) => sum + (g.components[name] ?? 0), 0)]));
  const maintenance = groups.reduce((sum, g) => sum + g.requirement, 0);
  const ratio = parameters.hedgerAccounts.includes(account.id) ? parameters.initialToMaintenance.hedger : parameters.initialToMaintenance.speculator;
  return { id: account.id, currency: account.currency, initial: maintenance * ratio, maintenance, components, groups, excluded };
}
