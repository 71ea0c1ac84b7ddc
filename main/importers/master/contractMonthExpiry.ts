import { thirdFriday } from '../calendarDate.ts';
import { rootRule } from './knownRoots.ts';

/**
 * The expiry of a futures contract month when the instrument master knows the root's rule
 * (equity-index futures: the third Friday); undefined otherwise, so the file or an override
 * must give it.
 */
export function contractMonthExpiry(root: string, year: number, month: number): string | undefined {
  return rootRule(root)?.expiryRule === 'thirdFriday' ? thirdFriday(year, month) : undefined;
}
