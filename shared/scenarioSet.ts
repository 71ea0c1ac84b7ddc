import { z } from 'zod';

export const scenariosFormat = 'scanline.scenarios/1';

const finite = (what: string) => z.number({ error: `expected ${what}` }).refine(Number.isFinite, `expected ${what}`);

/** What a shock applies to: every underlying, one underlying, or a named group. */
export const shockTargetSchema = z.union([
  z.object({ all: z.literal(true) }).strict(),
  z.object({ underlying: z.string().min(1) }).strict(),
  z.object({ group: z.string().min(1) }).strict(),
]);

export const shockSchema = z.object({
  target: shockTargetSchema,
  price: z
    .object({ type: z.enum(['relative', 'absolute', 'set'], { error: 'expected "relative", "absolute" or "set"' }), value: finite('a price move') })
    .optional(),
  vol: z.object({ type: z.enum(['points', 'relative'], { error: 'expected "points" or "relative"' }), value: finite('a vol move') }).optional(),
});

export const scenarioSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  shocks: z.array(shockSchema),
  daysForward: z.number().min(0).max(3660).default(0),
});

/** An ordered, named list of scenarios: the stress library's unit of saving and versioning. */
export const scenarioSetSchema = z.object({
  format: z.literal(scenariosFormat, { error: `expected "${scenariosFormat}"` }),
  id: z.string().min(1),
  name: z.string().min(1),
  description: z.string().optional(),
  scenarios: z.array(scenarioSchema).min(1, 'expected at least one scenario'),
});

export type ScenarioSet = z.infer<typeof scenarioSetSchema>;
export type Scenario = z.infer<typeof scenarioSchema>;
