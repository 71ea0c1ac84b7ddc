/** A range of relative moves as the desk types it, in percent: from, from + step, …, to. */
export type MoveRange = { from: number; to: number; step: number };

/** What a range may span (percent) and how many moves it may give; `noun` names them in messages. */
export interface MoveLimits {
  min: number;
  max: number;
  count: number;
  noun: string;
}

export type MoveRangeCheck = { ok: true; moves: number[] } | { ok: false; field: keyof MoveRange; message: string };

/** Steps that land within this share of a step of `to` count as landing on it (typed decimals such as 0.1 are inexact). */
const tolerance = 1e-9;

/**
 * The moves of a range (fractions: −30% → −0.3), or the first reason it is refused, naming the
 * field to fix. `to` must be `from` plus a whole number of steps, so the axis ends where typed.
 */
export function checkMoveRange(range: MoveRange, limits: MoveLimits): MoveRangeCheck {
  for (const field of ['from', 'to', 'step'] as const) {
    if (!Number.isFinite(range[field])) return { ok: false, field, message: 'Enter a number' };
  }
  if (range.step <= 0) return { ok: false, field: 'step', message: 'Step must be positive' };
  for (const field of ['from', 'to'] as const) {
    const name = field === 'from' ? 'From' : 'To';
    if (range[field] < limits.min) return { ok: false, field, message: `${name} must be at least ${formatPercent(limits.min)}` };
    if (range[field] > limits.max) return { ok: false, field, message: `${name} must be at most ${formatPercent(limits.max)}` };
  }
  if (range.to < range.from) return { ok: false, field: 'to', message: 'To must not be below From' };
  const steps = (range.to - range.from) / range.step;
  if (Math.abs(steps - Math.round(steps)) > tolerance * Math.max(1, steps)) {
    return { ok: false, field: 'step', message: `${formatPercent(range.from)}..${formatPercent(range.to)} is not a whole number of ${range.step}% steps` };
  }
  const count = Math.round(steps) + 1;
  if (count > limits.count) return { ok: false, field: 'step', message: `At most ${limits.count} ${limits.noun}; this range gives ${count}` };
  return { ok: true, moves: rangeMoves(range) };
}

/**
 * The moves of a range already checked. Each is from + k × step rounded to 1e-9 percent and
 * divided once, so the same percentage gives the same number whichever range it comes from
 * (−20 is −30 + 2 × 5 and −30 + 1 × 10; −30% is exactly −0.3), and a cell picked on one grid
 * is found on the next.
 */
export function rangeMoves({ from, to, step }: MoveRange): number[] {
  const count = Math.round((to - from) / step) + 1;
  return Array.from({ length: count }, (_, k) => Math.round((from + k * step) * 1e9) / 1e11);
}

function formatPercent(percent: number): string {
  return percent > 0 ? `+${percent}%` : percent < 0 ? `−${-percent}%` : '0%';
}
