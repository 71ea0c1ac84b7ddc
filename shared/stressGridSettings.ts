import { checkMoveRange, type MoveRange } from './moveRange.ts';
import { maxDaysForward, priceMoveLimits, volShiftLimits, type StressGridRequest } from './stressGrid.ts';

/** The price × vol heat map's controls as the desk sets them: two ranges in percent and days forward. */
export type StressGridSettings = { price: MoveRange; vol: MoveRange; daysForward: number };

/** A control that refuses its value: the range ('price', 'vol') and field, or days forward. */
export type SettingsField = `${'price' | 'vol'}.${keyof MoveRange}` | 'daysForward';

export type SettingsCheck = { ok: true; request: Required<StressGridRequest> } | { ok: false; errors: Partial<Record<SettingsField, string>> };

/** The grid request the settings ask for, or every refused control with its reason. */
export function checkStressGridSettings(settings: StressGridSettings): SettingsCheck {
  const errors: Partial<Record<SettingsField, string>> = {};
  const price = checkMoveRange(settings.price, priceMoveLimits);
  if (!price.ok) errors[`price.${price.field}`] = price.message;
  const vol = checkMoveRange(settings.vol, volShiftLimits);
  if (!vol.ok) errors[`vol.${vol.field}`] = vol.message;
  const days = checkDaysForward(settings.daysForward);
  if (days) errors.daysForward = days;
  if (!price.ok || !vol.ok || days) return { ok: false, errors };
  return { ok: true, request: { priceMoves: price.moves, volShifts: vol.moves, daysForward: settings.daysForward } };
}

function checkDaysForward(days: number): string | null {
  if (!Number.isFinite(days)) return 'Enter a number of days';
  if (days < 0 || days > maxDaysForward) return `Days forward must be between 0 and ${maxDaysForward}`;
  return null;
}

/** True for settings of the right shape (a saved value read back); `checkStressGridSettings` judges them. */
export function isStressGridSettings(value: unknown): value is StressGridSettings {
  const v = value as Partial<StressGridSettings> | null;
  const isRange = (r: unknown) => typeof r === 'object' && r !== null && ['from', 'to', 'step'].every((k) => typeof (r as Record<string, unknown>)[k] === 'number');
  return typeof v === 'object' && v !== null && isRange(v.price) && isRange(v.vol) && typeof v.daysForward === 'number';
}
