import { z } from 'zod';
import { rangeMoves, type MoveLimits } from './moveRange.ts';
import type { StressGridSettings } from './stressGridSettings.ts';

/** What a grid may hold: price moves −99%..+1000% (a price stays positive), vol shifts −100%..+1000%, up to 61 × 41 cells. */
export const priceMoveLimits: MoveLimits = { min: -99, max: 1000, count: 61, noun: 'price moves' };
export const volShiftLimits: MoveLimits = { min: -100, max: 1000, count: 41, noun: 'vol shifts' };
export const maxDaysForward = 3660;

/** The desk's default price × vol grid (methodologies §6): −30%..+30% price × −50%..+100% relative vol, today. */
export const deskGridSettings: StressGridSettings = { price: { from: -30, to: 30, step: 5 }, vol: { from: -50, to: 100, step: 25 }, daysForward: 0 };
export const defaultPriceMoves = rangeMoves(deskGridSettings.price);
export const defaultVolShifts = rangeMoves(deskGridSettings.vol);

const priceMove = z.number({ error: 'expected a price move' }).min(priceMoveLimits.min / 100).max(priceMoveLimits.max / 100);
const volShift = z.number({ error: 'expected a vol shift' }).min(volShiftLimits.min / 100).max(volShiftLimits.max / 100);
const daysForward = z.number().min(0).max(maxDaysForward);

export const stressGridRequestSchema = z
  .object({ priceMoves: z.array(priceMove).min(1).max(priceMoveLimits.count).optional(), volShifts: z.array(volShift).min(1).max(volShiftLimits.count).optional(), daysForward: daysForward.optional() })
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
