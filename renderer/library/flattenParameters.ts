export interface ParameterRow {
  path: string;
  value: string;
}

/** Flattens a rule set's parameters into `rates.equity = 0.25` rows for a grid. */
export function flattenParameters(value: unknown, prefix = ''): ParameterRow[] {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    return Object.entries(value).flatMap(([key, v]) => flattenParameters(v, prefix ? `${prefix}.${key}` : key));
  }
  return [{ path: prefix || '(value)', value: Array.isArray(value) ? value.join(', ') : String(value) }];
}
