import { z } from 'zod';
import { instrumentKinds, underlyingClasses } from './instrument.ts';
import { mappingFields, type ImportedInstrument, type ImportOptions, type MappingProfile } from './importResult.ts';

const isoDate = z.iso.date({ error: 'expected a date as YYYY-MM-DD' });
const positive = (what: string) =>
  z
    .number({ error: `expected ${what}` })
    .refine(Number.isFinite, `expected ${what}`)
    .refine((x) => x > 0, `expected ${what} above 0`);

/**
 * A user's answer about one instrument, remembered by the raw symbol a file writes
 * (`{ "SIK4": { "multiplier": 1000 } }`): the contract terms a file may leave out or get wrong.
 */
export const instrumentOverrideSchema = z
  .object({
    kind: z.enum(instrumentKinds, { error: `expected one of ${instrumentKinds.join(', ')}` }).optional(),
    class: z.enum(underlyingClasses).optional(),
    underlying: z.string().trim().min(1, 'expected an instrument id').optional(),
    right: z.enum(['call', 'put'], { error: 'expected "call" or "put"' }).optional(),
    strike: positive('a strike').optional(),
    expiry: isoDate.optional(),
    multiplier: positive('a multiplier').optional(),
    exercise: z.enum(['european', 'american'], { error: 'expected "european" or "american"' }).optional(),
    settlement: z.enum(['standard', 'inverse'], { error: 'expected "standard" or "inverse"' }).optional(),
    settlementTime: z.enum(['am', 'pm'], { error: 'expected "am" or "pm"' }).optional(),
    currency: z.string().trim().min(1).max(12).optional(),
  })
  .strict()
  .refine((override) => Object.keys(override).length > 0, 'an override needs at least one field') satisfies z.ZodType<Partial<ImportedInstrument>>;
export type InstrumentOverride = z.infer<typeof instrumentOverrideSchema>;

/** A named column mapping for generic CSV files: each header mapped to one field, symbol and quantity required. */
export const mappingProfileSchema = z
  .object({
    name: z.string().trim().min(1, 'expected a profile name').max(80),
    columns: z.record(z.string().trim().min(1).max(200), z.enum(mappingFields, { error: `expected one of ${mappingFields.join(', ')}` })),
  })
  .strict()
  .superRefine((profile, ctx) => {
    const fields = Object.values(profile.columns);
    for (const needed of ['symbol', 'quantity'] as const) {
      if (!fields.includes(needed)) ctx.addIssue({ code: 'custom', path: ['columns'], message: `map one column to ${needed}` });
    }
    const twice = fields.filter((field, index) => fields.indexOf(field) !== index);
    for (const field of new Set(twice)) ctx.addIssue({ code: 'custom', path: ['columns'], message: `${field} is mapped to more than one column` });
  }) satisfies z.ZodType<MappingProfile>;

/** What a broker file is read with (`ImportOptions` of shared/importResult.ts), as the Api checks it. */
export const importOptionsSchema = z
  .object({
    dateOrder: z.enum(['dmy', 'mdy'], { error: 'expected "dmy" or "mdy"' }).optional(),
    accountOverride: z.string().trim().min(1).max(100).optional(),
    mappingProfile: mappingProfileSchema.optional(),
    overrides: z.record(z.string().min(1).max(200), instrumentOverrideSchema).optional(),
    asOf: isoDate.optional(),
  })
  .strict() satisfies z.ZodType<ImportOptions>;
