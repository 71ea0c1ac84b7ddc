import { z } from 'zod';

/** Field schemas rule sets share, each refusing with a message that names the field. */
export const nonNegative = (what: string) => z.number({ error: `expected ${what} as a number` }).min(0, `expected ${what} of 0 or more`);
export const positive = (what: string) => z.number({ error: `expected ${what} as a number` }).positive(`expected ${what} above 0`);
export const fraction = (what: string) => nonNegative(what).max(1, `expected ${what} of at most 1 (a share: 0.25 for 25%)`);
export const nonEmptyText = (what: string) => z.string({ error: `expected ${what}` }).trim().min(1, `expected a non-empty ${what}`);
