import type { PositionRow } from '../../shared/bookView.ts';
import { parseNumberInput } from '../../shared/parseNumberInput.ts';
import type { BookEdit } from './bookEdit.ts';

export type PastedPositions = { ok: true; edits: BookEdit[]; lines: number } | { ok: false; errors: string[] };

/**
 * Rows pasted from Excel (tab-separated: account, instrument, quantity[, price]; an optional
 * header line): a held position gets its quantity (and its instrument's price) set, any other
 * is added. Any bad line refuses the whole paste, every bad line named by number.
 */
export function parsePastedPositions(text: string, rows: readonly PositionRow[]): PastedPositions {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const edits: BookEdit[] = [];
  const errors: string[] = [];
  let count = 0;
  lines.forEach((line, k) => {
    const cells = line.split('\t').map((c) => c.trim());
    if (cells.every((c) => c === '')) return;
    if (k === 0 && /^quantity$/i.test(cells[2] ?? '')) return;
    const fail = (message: string) => errors.push(`line ${k + 1}: ${message}`);
    const [account = '', instrument = '', quantityText, priceText] = cells;
    if (cells.length < 3 || cells.length > 4) return fail(`expected 3 or 4 columns (account, instrument, quantity[, price]), got ${cells.length}`);
    if (account === '' || instrument === '') return fail('account and instrument are required');
    const quantity = parseNumberInput(quantityText, 'Quantity');
    if (!quantity.ok) return fail(quantity.message);
    const price = priceText === undefined || priceText === '' ? null : parseNumberInput(priceText, 'Price');
    if (price && !price.ok) return fail(price.message);
    const held = rows.some((r) => r.account === account && r.instrument === instrument);
    // A price belongs to the instrument: set it through a position that already holds it.
    const pricedVia = price ? rows.find((r) => r.instrument === instrument && (held ? r.account === account : true)) : undefined;
    if (price && !pricedVia) return fail(`Price: no position holds ${instrument} yet; add it first, then set its price`);
    count++;
    edits.push(held ? { op: 'change', account, instrument, field: 'quantity', value: quantity.value } : { op: 'add', account, instrument, quantity: quantity.value });
    if (price?.ok && pricedVia) edits.push({ op: 'change', account: pricedVia.account, instrument, field: 'price', value: price.value });
  });
  if (errors.length > 0) return { ok: false, errors };
  if (count === 0) return { ok: false, errors: ['nothing to paste: expected tab-separated lines of account, instrument, quantity[, price]'] };
  return { ok: true, edits, lines: count };
}
