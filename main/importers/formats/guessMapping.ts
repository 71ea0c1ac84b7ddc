import type { MappingField } from '../../../shared/importResult.ts';
import { normaliseHeader } from '../text/columnReader.ts';

/** Header wordings (any case, punctuation ignored) that say what a generic column holds. */
const mappingAliases: Record<MappingField, readonly string[]> = {
  account: ['account', 'account id', 'account number', 'acct', 'acct id', 'acctid', 'portfolio', 'book', 'konto', 'compte'],
  symbol: ['symbol', 'instrument', 'instrument name', 'instrument id', 'ticker', 'contract', 'security', 'local symbol', 'osi symbol', 'option symbol', 'occ symbol', 'symbole', 'financial instrument'],
  quantity: ['quantity', 'qty', 'position', 'pos', 'net', 'net position', 'net qty', 'size', 'amount', 'shares', 'contracts', 'holding', 'units', 'menge', 'anzahl', 'quantite', 'quantité', 'bestand'],
  side: ['side', 'direction', 'long/short', 'buy/sell', 'b/s', 'l/s'],
  price: ['price', 'mark', 'mark price', 'market price', 'last', 'last price', 'close', 'close price', 'settlement price', 'settle', 'kurs', 'prix'],
  multiplier: ['multiplier', 'mult', 'contract size', 'contract multiplier', 'point value', 'lot size'],
  expiry: ['expiry', 'expiration', 'expiration date', 'expiry date', 'exp date', 'maturity', 'maturity date', 'verfall', 'echeance'],
  strike: ['strike', 'strike price', 'exercise price'],
  right: ['right', 'put/call', 'call/put', 'put call', 'call put', 'cp', 'pc', 'option type', 'option right'],
  underlying: ['underlying', 'underlying symbol', 'underlier', 'basiswert'],
  kind: ['kind', 'asset class', 'asset category', 'asset type', 'security type', 'sec type', 'instrument type', 'product type', 'type'],
  currency: ['currency', 'ccy', 'curr', 'wahrung', 'währung', 'devise'],
};

const fieldOfHeader = new Map<string, MappingField>();
for (const [field, aliases] of Object.entries(mappingAliases) as [MappingField, readonly string[]][]) {
  for (const alias of aliases) if (!fieldOfHeader.has(normaliseHeader(alias))) fieldOfHeader.set(normaliseHeader(alias), field);
}

/** Header text → field for every column whose header says what it holds (each field once). */
export function guessMapping(headers: readonly string[]): Record<string, MappingField> {
  const mapping: Record<string, MappingField> = {};
  const taken = new Set<MappingField>();
  for (const header of headers) {
    const field = fieldOfHeader.get(normaliseHeader(header));
    if (field === undefined || taken.has(field) || Object.hasOwn(mapping, header)) continue;
    mapping[header] = field;
    taken.add(field);
  }
  return mapping;
}
