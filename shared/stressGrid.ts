import { z } from 'zod';

/** The desk's default price × vol grid (methodologies §6): −30%..+30% price × −50%..+100% relative vol. */
export const defaultPriceMoves = [-0.3, -0.25, -0.2, -0.15, -0.1, -0.05, 0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3];
export const defaultVolShifts = [-0.5, -0.25, 0, 0.25, 0.5, 0.75, 1];

const priceMove = z.number({ error: 'expected a price move' }).min(-0.99).max(10);
const volShift = z.number({ error: 'expected a vol shift' }).min(-1).max(10);
const daysForward = z.number().min(0).max(3660);

export const stressGridRequestSchema = z
  .object({ priceMoves: z.array(priceMove).min(1).max(61).optional(), volShifts: z.array(volShift).min(1).max(41).optional(), daysForward: daysForward.optional() })
  .strict();
export const stressCellRequestSchema = z.object({ priceMove, volShift, daysForward: daysForward.optional() }).strict();
export type StressGridRequest = z.output<typeof stressGridRequestSchema>;
export type StressCellRequest = z.output<typeof stressCellRequestSchema>;

/**
 * The book with every underlying moved by each price move (relative) and every vol by each
 * vol shift (relative), P&L positive for gains in the account's currency. Cell (i, j) — price
 * move i, vol shift j — is `pnl[i × volShifts.length + j]`.
 */
export interface StressGridResult {
  priceMoves: number[];
  volShifts: number[];
  daysForward: number;
  accounts: { id: string; currency: string; pnl: number[]; underlyings: { id: string; pnl: number[] }[] }[];
  /** Positions not in the sums, with the reason. */
  excluded: { account: string; instrument: string; reason: string }[];
  bookVersion: number;
  elapsedMs: number;
}

/** One cell of the grid position by position (the heat map's drill-through). */
export interface StressCellResult {
  priceMove: number;
  volShift: number;
  daysForward: number;
  positions: { positionId: number; account: string; instrument: string; underlying: string; quantity: number; currency: string; pnl: number }[];
  excluded: { account: string; instrument: string; reason: string }[];
  bookVersion: number;
}
