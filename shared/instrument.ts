import { z } from 'zod';

export const instrumentKinds = ['equity', 'etf', 'index', 'future', 'perpetual', 'spot', 'option'] as const;
export type InstrumentKind = (typeof instrumentKinds)[number];

export const underlyingClasses = ['equity', 'broadIndex', 'broadIndexOther', 'narrowIndex'] as const;

const isoDate = z.iso.date({ error: 'expected a date as YYYY-MM-DD' });
const finite = (what: string) => z.number({ error: `expected ${what}` }).refine(Number.isFinite, `expected ${what}`);

/**
 * One instrument of a portfolio document (`../shared/spec/portfolio-document.md`).
 * Fields beyond the spec's core are optional; unknown fields are ignored.
 */
export const instrumentSchema = z
  .object({
    id: z.string({ error: 'expected an instrument id' }).trim().min(1, 'expected a non-empty instrument id'),
    kind: z.enum(instrumentKinds, { error: `expected one of ${instrumentKinds.join(', ')}` }),
    class: z.enum(underlyingClasses, { error: `expected one of ${underlyingClasses.join(', ')}` }).optional(),
    leverage: finite('a leverage factor such as 2, 3 or -1').optional(),
    underlying: z.string().min(1).optional(),
    right: z.enum(['call', 'put'], { error: 'expected "call" or "put"' }).optional(),
    strike: finite('a strike price').optional(),
    expiry: isoDate.optional(),
    multiplier: finite('a positive multiplier').refine((m) => m > 0, 'expected a positive multiplier').optional(),
    exercise: z.enum(['european', 'american'], { error: 'expected "european" or "american"' }).optional(),
    settlement: z.enum(['standard', 'inverse'], { error: 'expected "standard" or "inverse"' }).optional(),
    currency: z.string().min(1).optional(),
    price: finite('a price').optional(),
    vol: finite('a volatility as a decimal (0.215)').refine((v) => v >= 0, 'expected a volatility of 0 or more').optional(),
    dividendYield: finite('a dividend yield as a decimal').optional(),
    riskArray: z.array(finite('a number'), { error: 'expected 16 numbers' }).length(16, 'expected 16 numbers').optional(),
    compositeDelta: finite('a number').optional(),
  })
  .superRefine((inst, ctx) => {
    if (inst.kind === 'option') {
      for (const field of ['underlying', 'right', 'strike', 'expiry'] as const) {
        if (inst[field] === undefined) ctx.addIssue({ code: 'custom', path: [field], message: `an option needs ${field}` });
      }
      if (inst.price !== undefined && inst.price < 0) ctx.addIssue({ code: 'custom', path: ['price'], message: 'an option price cannot be negative' });
    }
    if (inst.kind === 'future' && inst.expiry === undefined) {
      ctx.addIssue({ code: 'custom', path: ['expiry'], message: 'a future needs expiry' });
    }
  });

export type Instrument = z.infer<typeof instrumentSchema>;

/** Contract size: how many units of the underlying one contract moves (1 when not given). */
export function multiplierOf(instrument: Pick<Instrument, 'multiplier'>): number {
  return instrument.multiplier ?? 1;
}
