import type { CryptoVolShock } from '../../../../shared/rules/cryptoPmRules.ts';

/**
 * The up and down vols of an option in the risk matrix [rec; `../shared/spec/methodologies.md`
 * §4], for vol σ and `days` to expiry:
 *   k = (referenceDays / max(days, minDays))^p,  p = shortTermPower if days < powerSwitchDays else longTermPower
 *   σ_up   = max(σ·(1 + up·k), upFloor)
 *   σ_down = max(σ·(1 − down·k), 0)
 * Reading of the spec's "σ_up = max(σ(1 + 0.50·(30/DTE)^p), 0.50 if σ below it)": the floor is
 * a floor on the shocked vol, the parameter Deribit publishes as `min_volatility_for_shock_up`.
 * Since σ(1 + up·k) ≥ σ, the floor can only bind when σ itself is below it, which is all "if σ
 * below it" adds: an option at σ = 0.30 and 90 days goes up to 0.50, not to 0.30 × 1.43 = 0.43.
 * (The other reading, shocking max(σ, 0.50) instead of σ, would move a 0.30 vol to 0.72 and is
 * not used.) DTE is floored at `minDays` so the power stays finite on the expiry day.
 */
export function volShock(sigma: number, days: number, shock: CryptoVolShock): { up: number; down: number } {
  const dte = Math.max(days, shock.minDays);
  const power = dte < shock.powerSwitchDays ? shock.shortTermPower : shock.longTermPower;
  const k = (shock.referenceDays / dte) ** power;
  return { up: Math.max(sigma * (1 + shock.up * k), shock.upFloor), down: Math.max(sigma * (1 - shock.down * k), 0) };
}
