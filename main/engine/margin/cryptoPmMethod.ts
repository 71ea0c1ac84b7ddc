import type { GroupMargin } from '../../../shared/marginResult.ts';
import type { CryptoPmParameters } from '../../../shared/rules/cryptoPmRules.ts';
import { priceInstruments } from '../priceInstruments.ts';
import { coinDeltas } from './cryptoPm/coinDeltas.ts';
import { cryptoGroupMargin, type CryptoCurrencyBook } from './cryptoPm/cryptoGroupMargin.ts';
import { cryptoPositions } from './cryptoPm/cryptoPositions.ts';
import { cryptoScenarios } from './cryptoPm/cryptoScenarios.ts';
import { indexPrice } from './cryptoPm/indexPrice.ts';
import { revalueCryptoRows } from './cryptoPm/revalueCryptoRows.ts';
import type { MarginMethod } from './marginMethod.ts';

/** The `crypto-pm` component names, in report order (`../shared/spec/portfolio-document.md`). */
export const cryptoPmComponents = ['riskMatrix', 'extended', 'deltaShock', 'rollShock', 'contingency'] as const;

/**
 * `crypto-pm`: Deribit-style portfolio margin per currency (`../shared/spec/methodologies.md`
 * §4). Per currency: the risk matrix and extended table by full revaluation with per-option vol
 * shocks (`revalueCryptoRows`), then per account and currency a group in the coin with its USD
 * equivalent (`cryptoGroupMargin`). The account's initial margin is the sum of its groups in
 * the account's currency (USD for a USD-family currency, the coin for a coin account, USD when
 * neither converts); maintenance = maintenanceToInitial × initial. Positions on no configured
 * currency, of another kind, settling elsewhere or not valued are listed in `excluded`.
 */
export const cryptoPmMethod: MarginMethod<CryptoPmParameters> = {
  id: 'crypto-pm',
  components: cryptoPmComponents,
  compute(input, parameters) {
    const { book } = input;
    const t = book.instruments;
    const { groups, positions, excluded } = cryptoPositions(input, parameters);
    const kindOf = new Map(input.instruments.map((inst) => [inst.id, inst.kind]));
    const prices = parameters.currencies.map((c) => indexPrice(book, new Set(c.underlyings), kindOf));
    const valuations = positions.length > 0 ? priceInstruments(book) : new Float64Array(0);
    const books: (CryptoCurrencyBook | undefined)[] = groups.map((rows, c) => {
      const currency = parameters.currencies[c];
      if (rows.rows.length === 0 || !currency) return undefined;
      const scenarios = cryptoScenarios(currency);
      const price = prices[c] as number;
      return {
        currency,
        scenarios,
        indexPrice: price,
        rows,
        pnl: revalueCryptoRows(book, rows.rows, rows.usd, scenarios, currency, price),
        delta: coinDeltas(book, rows.rows, valuations),
        multiplier: Float64Array.from(rows.rows, (row) => t.multiplier[row] as number),
        years: Float64Array.from(rows.rows, (row) => t.expiry[row] as number),
      };
    });
    const usdFamily = new Set(parameters.usdCurrencies);
    return input.accounts.map((account) => {
      const accountGroups: GroupMargin[] = [];
      const usdComponents = Object.fromEntries(cryptoPmComponents.map((name) => [name, 0]));
      let initialUsd = 0;
      books.forEach((currencyBook, c) => {
        const members = positions.filter((p) => p.currency === c && p.account === account.id);
        if (!currencyBook || members.length === 0) return;
        const group = cryptoGroupMargin(currencyBook, members, parameters.maintenanceToInitial);
        accountGroups.push(group);
        initialUsd += group.requirementUsd ?? 0;
        for (const name of cryptoPmComponents) usdComponents[name] = (usdComponents[name] as number) + (group.components[name] ?? 0) * currencyBook.indexPrice;
      });
      const coin = parameters.currencies.findIndex((c) => c.currency === account.currency);
      const coinPrice = coin >= 0 ? (prices[coin] as number) : NaN;
      const [currency, perUsd] = usdFamily.has(account.currency) ? [account.currency, 1] : Number.isFinite(coinPrice) ? [account.currency, 1 / coinPrice] : ['USD', 1];
      const initial = initialUsd * perUsd;
      return {
        id: account.id,
        currency,
        initial,
        maintenance: initial * parameters.maintenanceToInitial,
        components: Object.fromEntries(Object.entries(usdComponents).map(([name, usd]) => [name, usd * perUsd])),
        groups: accountGroups,
        excluded: excluded.filter((e) => e.account === account.id).map(({ position, instrument, reason }) => ({ position, instrument, reason })),
      };
    });
  },
};
