/** One leaf of a rule set's parameters, addressable for editing. */
export interface ParameterRow {
  /** `combinedCommodities[0].priceScanRange` */
  path: string;
  keys: (string | number)[];
  value: string | number | boolean | null;
}

/** Flattens parameters (objects and arrays alike) into one row per leaf value. */
export function flattenParameters(value: unknown, keys: (string | number)[] = []): ParameterRow[] {
  if (value !== null && typeof value === 'object') {
    const entries: [string | number, unknown][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
    if (entries.length === 0) return [{ path: pathOf(keys), keys, value: Array.isArray(value) ? '(empty list)' : '(empty)' }];
    return entries.flatMap(([k, v]) => flattenParameters(v, [...keys, k]));
  }
  return [{ path: pathOf(keys), keys, value: value as ParameterRow['value'] }];
}

export function pathOf(keys: readonly (string | number)[]): string {
  return keys.reduce<string>((out, k) => (typeof k === 'number' ? `${out}[${k}]` : out ? `${out}.${k}` : k), '') || '(value)';
}

/** A copy of `document` with the leaf at `keys` (under `parameters`) replaced. */
export function withParameter<T>(document: T, keys: readonly (string | number)[], value: unknown): T {
  const copy = structuredClone(document) as Record<string | number, unknown>;
  let node = copy.parameters as Record<string | number, unknown>;
  keys.slice(0, -1).forEach((k) => (node = node[k] as Record<string | number, unknown>));
  node[keys[keys.length - 1]!] = value;
  return copy as T;
}
