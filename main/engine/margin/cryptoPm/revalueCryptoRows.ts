import type { CryptoPmCurrency } from '../../../../shared/rules/cryptoPmRules.ts';
import { LINEAR, type ResolvedBook } from '../../resolvedBook.ts';
import { revalueInstruments } from '../../revalueInstruments.ts';
import { createScenarioSet } from '../../scenarioSet.ts';
import type { CryptoScenarios } from './cryptoScenarios.ts';
import { rowFactorBook } from './rowFactorBook.ts';
import { volShock } from './volShock.ts';

/**
 * Full revaluation of one currency's rows under its risk matrix: the P&L (positive = gain) of
 * ONE contract of book row rows[k] in scenario s, in the coin, at out[k × count + s].
 * - Every price on the row moves by the scenario's relative move (the index, every future and
 *   every option's underlying alike: basis in % is kept); each option's vol becomes its own
 *   σ_up / σ_down (`volShock`, from its days to expiry) or stays; no time passes (Deribit does
 *   not age the matrix). `rowFactorBook` makes each row its own risk factor so that
 *   `revalueInstruments` (Black-76 on the expiry's forward; value in coin = USD value /
 *   underlying price for inverse rows) can take per-row vol moves.
 * - Extended table: linear rows (futures, perpetuals, spot) take the edge move ±priceRange in
 *   the direction of the extended move, options the full move [rec: a Deribit
 *   `private/pme/simulate` response shows an ETH perpetual's extended vector equal to its
 *   ±18% values]; the table is meant for short far-out-of-the-money options.
 * - Standard (USD-settled) rows (`usd[k]` = 1): their USD P&L ÷ indexPrice (today's), so a
 *   USD figure is shown in the coin at today's price; inverse rows are in the coin already.
 */
export function revalueCryptoRows(
  book: ResolvedBook,
  rows: Int32Array,
  usd: Uint8Array,
  scenarios: CryptoScenarios,
  currency: Pick<CryptoPmCurrency, 'priceRange' | 'volShock'>,
  indexPrice: number,
): Float64Array {
  const n = rows.length;
  if (usd.length !== n) throw new RangeError(`usd holds ${usd.length} flags, rows ${n}`);
  const t = book.instruments;
  const view = rowFactorBook(book, rows);
  const set = createScenarioSet(scenarios.count, n);
  for (let k = 0; k < n; k++) {
    const row = rows[k] as number;
    const linear = t.model[row] === LINEAR;
    const sigma = t.vol[row] as number;
    const shocked = linear ? { up: sigma, down: sigma } : volShock(sigma, (t.expiry[row] as number) * 365, currency.volShock);
    for (let s = 0; s < scenarios.count; s++) {
      const cell = s * n + k;
      const move = scenarios.move[s] as number;
      set.priceRelative[cell] = linear && scenarios.extended[s] === 1 ? Math.sign(move) * currency.priceRange : move;
      const vol = scenarios.vol[s];
      if (!linear && vol !== 0) set.volAbsolute[cell] = (vol === 1 ? shocked.up : shocked.down) - sigma;
    }
  }
  const pnl = revalueInstruments(view, set);
  for (let k = 0; k < n; k++) {
    if (usd[k] !== 1) continue;
    for (let s = 0; s < scenarios.count; s++) pnl[k * scenarios.count + s] = (pnl[k * scenarios.count + s] as number) / indexPrice;
  }
  return pnl;
}
