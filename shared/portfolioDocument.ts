import { z } from 'zod';
import { instrumentSchema } from './instrument.ts';
import { marginMethodIds } from './marginResult.ts';
import { InputError, toInputIssues, type InputIssue } from './validationError.ts';

export const portfolioFormat = 'scanline.portfolio/1';

const finiteNumber = (what: string) => z.number({ error: `expected ${what}` }).refine(Number.isFinite, `expected ${what}`);

export const accountSchema = z.object({
  id: z.string({ error: 'expected an account id' }).trim().min(1, 'expected a non-empty account id'),
  name: z.string().optional(),
  currency: z.string().min(1).optional(),
  equity: finiteNumber('a number').optional(),
  marginMethod: z.enum(marginMethodIds, { error: `expected one of ${marginMethodIds.join(', ')}` }).optional(),
});

export const positionSchema = z.object({
  account: z.string({ error: 'expected an account id' }).min(1, 'expected an account id'),
  instrument: z.string({ error: 'expected an instrument id' }).min(1, 'expected an instrument id'),
  quantity: finiteNumber('a number'),
});

/** The book as one JSON document: the public contract of `../shared/spec/portfolio-document.md`. */
export const portfolioDocumentSchema = z
  .object({
    format: z.literal(portfolioFormat, { error: `expected "${portfolioFormat}"` }),
    asOf: z.iso.date({ error: 'expected a date as YYYY-MM-DD' }),
    baseCurrency: z.string().min(1).default('USD'),
    accounts: z.array(accountSchema, { error: 'expected a list of accounts' }),
    instruments: z.array(instrumentSchema, { error: 'expected a list of instruments' }),
    market: z
      .object({ rates: z.record(z.string(), finiteNumber('a rate as a decimal')).default({}) })
      .default({ rates: {} }),
    positions: z.array(positionSchema, { error: 'expected a list of positions' }),
  })
  .superRefine((doc, ctx) => {
    const accountIds = new Set<string>();
    doc.accounts.forEach((a, i) => {
      if (accountIds.has(a.id)) ctx.addIssue({ code: 'custom', path: ['accounts', i, 'id'], message: `duplicate account id "${a.id}"` });
      accountIds.add(a.id);
    });
    const instrumentIds = new Set<string>();
    doc.instruments.forEach((inst, i) => {
      if (instrumentIds.has(inst.id)) ctx.addIssue({ code: 'custom', path: ['instruments', i, 'id'], message: `duplicate instrument id "${inst.id}"` });
      instrumentIds.add(inst.id);
    });
    doc.instruments.forEach((inst, i) => {
      if (inst.underlying !== undefined && !instrumentIds.has(inst.underlying) && inst.kind === 'option') {
        ctx.addIssue({ code: 'custom', path: ['instruments', i, 'underlying'], message: `unknown instrument "${inst.underlying}"` });
      }
    });
    const held = new Set<string>();
    doc.positions.forEach((p, i) => {
      if (!accountIds.has(p.account)) ctx.addIssue({ code: 'custom', path: ['positions', i, 'account'], message: `unknown account "${p.account}"` });
      if (!instrumentIds.has(p.instrument)) ctx.addIssue({ code: 'custom', path: ['positions', i, 'instrument'], message: `unknown instrument "${p.instrument}"` });
      const key = `${p.account}\u0000${p.instrument}`;
      if (held.has(key)) ctx.addIssue({ code: 'custom', path: ['positions', i], message: `a second position in "${p.instrument}" for account "${p.account}" (net them into one)` });
      held.add(key);
    });
  });

export type PortfolioDocument = z.infer<typeof portfolioDocumentSchema>;
export type Account = z.infer<typeof accountSchema>;
export type Position = z.infer<typeof positionSchema>;

export type ParseResult<T> = { ok: true; value: T } | { ok: false; issues: InputIssue[] };

/** Validates parsed JSON as a portfolio document; every problem is reported with its JSON path. */
export function parsePortfolioDocument(json: unknown): ParseResult<PortfolioDocument> {
  const result = portfolioDocumentSchema.safeParse(json);
  return result.success ? { ok: true, value: result.data } : { ok: false, issues: toInputIssues(result.error) };
}

/** Parses JSON text as a portfolio document or throws an InputError naming `source` and each path. */
export function readPortfolioDocument(text: string, source: string): PortfolioDocument {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new InputError(source, [{ path: '(document)', message: `not valid JSON (${(error as Error).message})` }]);
  }
  const parsed = parsePortfolioDocument(json);
  if (!parsed.ok) throw new InputError(source, parsed.issues);
  return parsed.value;
}
