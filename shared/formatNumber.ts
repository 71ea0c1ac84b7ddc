const money = new Map<string, Intl.NumberFormat>();

/** 1234567.891 → "1,234,567.89 USD": thousands separators, two decimals, currency after. */
export function formatMoney(value: number | null | undefined, currency: string, decimals = 2): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  const key = `${decimals}`;
  let fmt = money.get(key);
  if (!fmt) money.set(key, (fmt = new Intl.NumberFormat('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals })));
  return `${fmt.format(value)} ${currency}`;
}

const plain = new Intl.NumberFormat('en-US', { maximumFractionDigits: 8 });

/** A quantity or price as typed, with thousands separators and no forced decimals. */
export function formatNumber(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return plain.format(value);
}

const price = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 8 });

/** A price: thousands separators, at least two decimals so a column lines up, up to eight for ticks finer than a cent. */
export function formatPrice(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return price.format(value);
}
