import { describe, expect, it } from 'vitest';
import { cryptoPmMethod } from '../../../../main/engine/margin/cryptoPmMethod.ts';
import { runMarginMethod } from '../../../../main/engine/margin/runMarginMethod.ts';
import { cryptoPmRulesSchema } from '../../../../shared/rules/cryptoPmRules.ts';
import { toInputIssues } from '../../../../shared/validationError.ts';
import { sampleBookInput, shippedRules } from '../../../fixtures/margin/sampleBookInput.ts';

function issues(json: unknown) {
  const result = cryptoPmRulesSchema.safeParse(json);
  return result.success ? [] : toInputIssues(result.error);
}

describe('crypto-pm rule sets', () => {
  const shipped = shippedRules('crypto-pm-deribit.json');

  it('validates the shipped default resources/rules/crypto-pm-deribit.json (BTC ±16%, ETH ±18%, MM 0.8 × IM)', () => {
    const rules = cryptoPmRulesSchema.parse(shipped);
    expect(rules.method).toBe('crypto-pm');
    expect(rules.parameters.currencies.map((c) => [c.currency, c.priceRange, c.priceBuckets])).toEqual([
      ['BTC', 0.16, 4],
      ['ETH', 0.18, 4],
    ]);
    expect(rules.parameters.maintenanceToInitial).toBe(0.8);
    expect(rules.parameters.currencies[0]?.deltaShock).toEqual({ max: 0.1, liquidityThresholdUsd: 20_000_000, increment: 0.00005 });
    expect(rules.parameters.currencies[0]?.rollShock).toEqual({ annualisedMoveRisk: 0.075, minMove: 0.01 });
  });

  it('names the JSON path of every problem', () => {
    const bad = structuredClone(shipped) as { parameters: { maintenanceToInitial: number; currencies: Record<string, unknown>[] } };
    bad.parameters.maintenanceToInitial = 1.2;
    const btc = bad.parameters.currencies[0] as { priceRange: number; priceBuckets: number; extended: { moves: number[] } };
    btc.priceRange = 0;
    btc.priceBuckets = 0;
    btc.extended.moves = [0, -1.5];
    (bad.parameters.currencies[1] as { currency: string; underlyings: string[] }).currency = 'BTC';
    (bad.parameters.currencies[1] as { underlyings: string[] }).underlyings = ['BTC'];
    expect(issues(bad)).toEqual(
      expect.arrayContaining([
        { path: 'parameters.maintenanceToInitial', message: 'expected a ratio of at most 1 (0.8: MM is 80% of IM)' },
        { path: 'parameters.currencies[0].priceRange', message: 'expected a price range above 0' },
        { path: 'parameters.currencies[0].priceBuckets', message: 'expected at least 1 bucket' },
        { path: 'parameters.currencies[0].extended.moves[0]', message: 'expected a non-zero move' },
        { path: 'parameters.currencies[0].extended.moves[1]', message: 'expected a move above −99%' },
        { path: 'parameters.currencies[1].currency', message: 'duplicate currency "BTC"' },
        { path: 'parameters.currencies[1].underlyings[0]', message: 'underlying "BTC" already belongs to "BTC"' },
      ]),
    );
    const fractional = structuredClone(shipped) as { parameters: { currencies: { priceBuckets: number }[] } };
    (fractional.parameters.currencies[0] as { priceBuckets: number }).priceBuckets = 2.5;
    expect(issues(fractional)).toEqual([{ path: 'parameters.currencies[0].priceBuckets', message: 'expected a whole number of buckets' }]);
  });

  it('margins the sample book with the defaults: the crypto desk in BTC and ETH groups, the rest excluded with reasons', () => {
    const parameters = cryptoPmRulesSchema.parse(shipped).parameters;
    const [equities, futures, crypto] = runMarginMethod(cryptoPmMethod, sampleBookInput(), parameters);
    expect(crypto?.excluded).toEqual([]);
    expect(crypto?.groups.map((g) => [g.id, g.currency])).toEqual([
      ['BTC', 'BTC'],
      ['ETH', 'ETH'],
    ]);
    const usd = crypto?.groups.reduce((s, g) => s + (g.requirementUsd ?? 0), 0) ?? NaN;
    expect(crypto?.requirement).toBeCloseTo(usd, 6);
    expect(crypto?.maintenance).toBeCloseTo(0.8 * (crypto?.requirement ?? NaN), 6);
    // BTC index: the spot instrument "BTC" at 68,390.
    expect(crypto?.groups[0]?.requirementUsd).toBeCloseTo((crypto?.groups[0]?.requirement ?? NaN) * 68390, 6);
    expect(equities?.groups).toEqual([]);
    expect(futures?.excluded.length).toBe(6);
  });
});
