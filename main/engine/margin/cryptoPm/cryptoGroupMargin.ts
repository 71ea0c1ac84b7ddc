import { formatNumber } from '../../../../shared/formatNumber.ts';
import type { GroupMargin } from '../../../../shared/marginResult.ts';
import type { CryptoPmCurrency } from '../../../../shared/rules/cryptoPmRules.ts';
import type { CryptoCurrencyRows, CryptoPosition } from './cryptoPositions.ts';
import type { CryptoScenarios } from './cryptoScenarios.ts';
import { deltaShock } from './deltaShock.ts';
import { futuresContingency } from './futuresContingency.ts';
import { optionsContingency } from './optionsContingency.ts';
import { rollShock } from './rollShock.ts';

/** One currency's numbers, shared by every account holding it. */
export interface CryptoCurrencyBook {
  currency: CryptoPmCurrency;
  scenarios: CryptoScenarios;
  /** USD per coin (`indexPrice`). */
  indexPrice: number;
  rows: CryptoCurrencyRows;
  /** P&L of one contract of row k in scenario s, coin: [k × count + s] (`revalueCryptoRows`). */
  pnl: Float64Array;
  /** Coin delta of one contract of row k (`coinDeltas`). */
  delta: Float64Array;
  /** Contract multiplier of row k (an option's size in coin per contract). */
  multiplier: Float64Array;
  /** Years to expiry of row k (0 for perpetuals and spot). */
  years: Float64Array;
}

/**
 * One account's margin in one currency, in the coin [`../shared/spec/methodologies.md` §4,
 * Deribit-style segregated portfolio margin]:
 * - riskMatrix = max(0, worst loss over the standard scenarios);
 * - extended: each extended scenario's loss × its fraction, less the dampener (dampenerUsd ÷
 *   index price), floored at 0 [rec reading: Deribit lists an `extended_dampener` but not its
 *   use; a threshold keeps small books from being charged for far moves, and a response where
 *   an ETH perpetual's weighted extended losses (~$100) all aggregate to 0 fits it]; the
 *   component is what the worst of them adds above riskMatrix, so riskMatrix + extended is
 *   the worst scenario loss;
 * - deltaShock on the net delta (`deltaShock`), rollShock per expiry (`rollShock`),
 *   contingency = options (`optionsContingency`) + futures (`futuresContingency`);
 * - requirement (IM) = the sum; requirementUsd = IM × index price. MM is the caller's ratio × IM.
 * Contributions are each position's P&L in the worst scenario (scaled like the scenario's loss
 * in the extended table), summing to −loss.
 */
export function cryptoGroupMargin(book: CryptoCurrencyBook, members: readonly CryptoPosition[], maintenanceToInitial: number): GroupMargin {
  const { currency, scenarios, indexPrice, rows } = book;
  const count = scenarios.count;
  const pnl = new Float64Array(count);
  for (const m of members) for (let s = 0; s < count; s++) pnl[s] = (pnl[s] as number) + m.quantity * (book.pnl[m.k * count + s] as number);

  const dampener = currency.extended.dampenerUsd / indexPrice;
  let worstStandard = -1;
  let worstExtended = -1;
  let extendedLoss = 0;
  const counted = new Float64Array(count);
  for (let s = 0; s < count; s++) {
    const loss = 0 - (pnl[s] as number);
    if (scenarios.extended[s] === 1) {
      counted[s] = Math.max(0, loss * (scenarios.fraction[s] as number) - dampener);
      if (worstExtended < 0 || (counted[s] as number) > extendedLoss) {
        worstExtended = s;
        extendedLoss = counted[s] as number;
      }
    } else {
      counted[s] = loss;
      if (worstStandard < 0 || loss > (counted[worstStandard] as number)) worstStandard = s;
    }
  }
  const riskMatrix = Math.max(0, counted[worstStandard] as number);
  const extended = Math.max(0, extendedLoss - riskMatrix);
  const worst = extended > 0 ? worstExtended : worstStandard;
  const worstLoss = counted[worst] as number;
  const scale = scenarios.extended[worst] === 1 ? (0 - (pnl[worst] as number) > 0 ? worstLoss / (0 - (pnl[worst] as number)) : 0) : 1;

  let netDelta = 0;
  const bucketIndex = new Map<string, number>();
  const bucketDelta: number[] = [];
  const bucketYears: number[] = [];
  const strikeKeys: string[] = [];
  const optionSizes: number[] = [];
  const futureDeltas: number[] = [];
  for (const m of members) {
    const delta = m.quantity * (book.delta[m.k] as number);
    netDelta += delta;
    const key = rows.expiryKey[m.k] as string;
    if (key !== '') {
      if (!bucketIndex.has(key)) {
        bucketIndex.set(key, bucketDelta.length);
        bucketDelta.push(0);
        bucketYears.push(book.years[m.k] as number);
      }
      const b = bucketIndex.get(key) as number;
      bucketDelta[b] = (bucketDelta[b] as number) + delta;
    }
    const kind = rows.kind[m.k];
    if (kind === 'option') {
      strikeKeys.push(rows.strikeKey[m.k] as string);
      optionSizes.push(m.quantity * (book.multiplier[m.k] as number));
    } else if (kind === 'future' || kind === 'perpetual') futureDeltas.push(delta);
  }
  const shock = deltaShock(netDelta, indexPrice, currency.deltaShock);
  const roll = rollShock(Float64Array.from(bucketDelta), Float64Array.from(bucketYears), currency.rollShock);
  const options = optionsContingency(strikeKeys, Float64Array.from(optionSizes), currency.optionsContingency);
  const futures = futuresContingency(Float64Array.from(futureDeltas), currency.futuresContingency);
  const contingency = options.charge + futures.charge;
  const requirement = riskMatrix + extended + shock.charge + roll.total + contingency;

  const coin = currency.currency;
  const amount = (x: number) => `${formatNumber(x)} ${coin}`;
  const notes = [
    `values in ${coin}; index price ${formatNumber(indexPrice)} USD`,
    scenarios.extended[worst] === 1
      ? `worst scenario ${scenarios.id[worst]}: loss ${amount(0 - (pnl[worst] as number))} × ${formatNumber(scenarios.fraction[worst] as number)} − dampener ${amount(dampener)} = ${amount(worstLoss)}`
      : `worst scenario ${scenarios.id[worst]}: loss ${amount(worstLoss)}`,
    `net delta ${amount(netDelta)}; delta shock ${formatNumber((shock.shock * 100))}% → ${amount(shock.charge)}`,
    ...[...bucketIndex].map(([key, b]) => `roll shock ${key}: delta ${amount(bucketDelta[b] as number)} → ${amount(roll.charges[b] as number)}`),
    `contingency: ${formatNumber(options.netShort)} net short options × ${amount(currency.optionsContingency)} + ${formatNumber(futures.offsetting)} offsetting futures × ${formatNumber(currency.futuresContingency * 100)}% = ${amount(contingency)}`,
    `initial ${amount(requirement)}; maintenance ${formatNumber(maintenanceToInitial)} × initial = ${amount(requirement * maintenanceToInitial)}`,
  ];
  return {
    id: coin,
    currency: coin,
    requirement,
    requirementUsd: requirement * indexPrice,
    worstScenario: { id: scenarios.id[worst] as string, loss: worstLoss },
    components: { riskMatrix, extended, deltaShock: shock.charge, rollShock: roll.total, contingency },
    contributions: members.map((m) => ({ position: m.source, instrument: m.instrument, quantity: m.quantity, pnl: m.quantity * (book.pnl[m.k * count + worst] as number) * scale })),
    notes,
  };
}
