/**
 * Options contingency [pub, Deribit's legacy portfolio-margin page]: `rate` coin per net short
 * option, netted per strike — calls and puts of one expiry and strike together (+10 calls and
 * −20 puts at one strike are 10 net short) — summed over strikes. `strikeKey[i]` names the
 * expiry and strike of option position i, `size[i]` its signed size in coin (quantity ×
 * multiplier).
 */
export function optionsContingency(strikeKey: readonly string[], size: Float64Array, rate: number): { netShort: number; charge: number } {
  if (strikeKey.length !== size.length) throw new RangeError(`strikeKey holds ${strikeKey.length} entries, size ${size.length}`);
  const net = new Map<string, number>();
  strikeKey.forEach((key, i) => net.set(key, (net.get(key) ?? 0) + (size[i] as number)));
  let netShort = 0;
  for (const value of net.values()) if (value < 0) netShort -= value;
  return { netShort, charge: netShort * rate };
}
