import type { GrossNotionalRules } from '../../../shared/grossNotionalRules.ts';
import { grossNotionalMargin } from '../grossNotionalMargin.ts';
import { resolveNotionalInputs } from '../resolveNotionalInputs.ts';
import type { MarginMethod } from './marginMethod.ts';

type GrossNotionalParameters = GrossNotionalRules['parameters'];

/**
 * `gross-notional`: the documented baseline, Σ |quantity × multiplier × reference price| × the
 * rate of the instrument's kind (options on their underlying's price). One group per account.
 */
export const grossNotionalMethod: MarginMethod<GrossNotionalParameters> = {
  id: 'gross-notional',
  components: ['grossNotional'],
  compute(input, parameters) {
    const held = input.positions.map((p, i) => ({ id: i, account: p.account, instrument: p.instrument, quantity: p.quantity }));
    const resolved = resolveNotionalInputs(input.accounts, input.instruments, held, parameters);
    const requirement = grossNotionalMargin(resolved.inputs);
    return input.accounts.map((a, i) => {
      const value = requirement[i]!;
      return {
        id: a.id,
        currency: a.currency,
        initial: value,
        maintenance: value,
        components: { grossNotional: value },
        groups: [{ id: a.id, currency: a.currency, requirement: value, worstScenario: null, components: { grossNotional: value }, contributions: [] }],
        excluded: resolved.excluded[i]!.map((e) => ({ position: e.positionId, instrument: e.instrument, reason: e.reason })),
      };
    });
  },
};
