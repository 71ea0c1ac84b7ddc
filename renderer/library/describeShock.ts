import type { z } from 'zod';
import type { shockSchema } from '../../shared/scenarioSet.ts';

const pct = (v: number) => `${v >= 0 ? '+' : ''}${(v * 100).toFixed(1).replace(/\.0$/, '')}%`;

/** "all: price −15%, vol +50%" — one shock in words for the scenario grid. */
export function describeShock(shock: z.infer<typeof shockSchema>): string {
  const target = 'all' in shock.target ? 'all' : 'underlying' in shock.target ? shock.target.underlying : `group ${shock.target.group}`;
  const parts: string[] = [];
  if (shock.price) parts.push(shock.price.type === 'relative' ? `price ${pct(shock.price.value)}` : shock.price.type === 'absolute' ? `price ${shock.price.value >= 0 ? '+' : ''}${shock.price.value}` : `price set to ${shock.price.value}`);
  if (shock.vol) parts.push(shock.vol.type === 'relative' ? `vol ${pct(shock.vol.value)}` : `vol ${shock.vol.value >= 0 ? '+' : ''}${shock.vol.value} pts`);
  return `${target}: ${parts.join(', ') || 'no change'}`;
}
