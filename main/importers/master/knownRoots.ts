/**
 * The instrument master as data: what a product root means when a file leaves out the
 * contract size, settlement style or underlying. Contract sizes are the exchanges' published
 * specifications (CME Group, Cboe, Eurex product pages). Edit this table, not the readers.
 */
export interface RootRule {
  root: string;
  name: string;
  /** `future`: a futures root (options on it share its size); `indexOption`: a cash-settled index option root. */
  kind: 'future' | 'indexOption';
  /** Contract size of the future or index option. */
  multiplier: number;
  /** Other contract sizes met under the same root in brokers' files: ask when the file gives none. */
  otherMultipliers?: { multiplier: number; name: string }[];
  /** What the contract is on (ES → SPX, SPXW → SPX); the root itself when absent. */
  underlying?: string;
  exercise?: 'european' | 'american';
  settlementTime?: 'am' | 'pm';
  /** How to date a contract month when the file gives only the month. */
  expiryRule?: 'thirdFriday';
  /** The same letters are a listed stock too (ES is Eversource Energy): ask when a file does not say which. */
  stock?: string;
  currency: string;
}

const equityIndexFuture = { kind: 'future', expiryRule: 'thirdFriday', currency: 'USD' } as const;
const commodityFuture = { kind: 'future', currency: 'USD' } as const;
const amIndexOption = { kind: 'indexOption', multiplier: 100, exercise: 'european', settlementTime: 'am', currency: 'USD' } as const;
const pmIndexOption = { kind: 'indexOption', multiplier: 100, exercise: 'european', settlementTime: 'pm', currency: 'USD' } as const;

export const knownRoots: readonly RootRule[] = [
  { root: 'ES', name: 'E-mini S&P 500', multiplier: 50, underlying: 'SPX', stock: 'Eversource Energy', ...equityIndexFuture },
  { root: 'MES', name: 'Micro E-mini S&P 500', multiplier: 5, underlying: 'SPX', ...equityIndexFuture },
  { root: 'NQ', name: 'E-mini Nasdaq-100', multiplier: 20, underlying: 'NDX', ...equityIndexFuture },
  { root: 'MNQ', name: 'Micro E-mini Nasdaq-100', multiplier: 2, underlying: 'NDX', ...equityIndexFuture },
  { root: 'YM', name: 'E-mini Dow', multiplier: 5, underlying: 'DJI', ...equityIndexFuture },
  { root: 'MYM', name: 'Micro E-mini Dow', multiplier: 0.5, underlying: 'DJI', ...equityIndexFuture },
  { root: 'RTY', name: 'E-mini Russell 2000', multiplier: 50, underlying: 'RUT', ...equityIndexFuture },
  { root: 'M2K', name: 'Micro E-mini Russell 2000', multiplier: 5, underlying: 'RUT', ...equityIndexFuture },
  { root: 'CL', name: 'WTI crude oil', multiplier: 1000, stock: 'Colgate-Palmolive', ...commodityFuture },
  { root: 'MCL', name: 'Micro WTI crude oil', multiplier: 100, underlying: 'CL', ...commodityFuture },
  { root: 'QM', name: 'E-mini crude oil', multiplier: 500, underlying: 'CL', ...commodityFuture },
  { root: 'NG', name: 'Henry Hub natural gas', multiplier: 10000, stock: 'NovaGold Resources', ...commodityFuture },
  { root: 'RB', name: 'RBOB gasoline', multiplier: 42000, ...commodityFuture },
  { root: 'HO', name: 'NY Harbor ULSD', multiplier: 42000, ...commodityFuture },
  { root: 'GC', name: 'COMEX gold (100 oz)', multiplier: 100, ...commodityFuture },
  { root: 'MGC', name: 'Micro gold (10 oz)', multiplier: 10, underlying: 'GC', ...commodityFuture },
  {
    root: 'SI',
    name: 'COMEX silver (5,000 oz)',
    multiplier: 5000,
    otherMultipliers: [{ multiplier: 1000, name: 'silver 1,000 oz (SIL) reported under SI' }],
    ...commodityFuture,
  },
  { root: 'SIL', name: 'COMEX silver (1,000 oz)', multiplier: 1000, underlying: 'SI', ...commodityFuture },
  { root: 'HG', name: 'COMEX copper', multiplier: 25000, ...commodityFuture },
  { root: 'PL', name: 'NYMEX platinum', multiplier: 50, stock: 'Planet Labs', ...commodityFuture },
  { root: 'PA', name: 'NYMEX palladium', multiplier: 100, ...commodityFuture },
  { root: 'ZT', name: '2-year T-note', multiplier: 2000, ...commodityFuture },
  { root: 'ZF', name: '5-year T-note', multiplier: 1000, ...commodityFuture },
  { root: 'ZN', name: '10-year T-note', multiplier: 1000, ...commodityFuture },
  { root: 'ZB', name: 'T-bond', multiplier: 1000, ...commodityFuture },
  { root: 'UB', name: 'Ultra T-bond', multiplier: 1000, ...commodityFuture },
  { root: 'ZC', name: 'Corn', multiplier: 50, ...commodityFuture },
  { root: 'ZS', name: 'Soybeans', multiplier: 50, ...commodityFuture },
  { root: 'ZW', name: 'Wheat', multiplier: 50, ...commodityFuture },
  { root: '6E', name: 'Euro FX', multiplier: 125000, ...commodityFuture },
  { root: '6J', name: 'Japanese yen', multiplier: 12500000, ...commodityFuture },
  { root: '6B', name: 'British pound', multiplier: 62500, ...commodityFuture },
  { root: '6A', name: 'Australian dollar', multiplier: 100000, ...commodityFuture },
  { root: '6C', name: 'Canadian dollar', multiplier: 100000, ...commodityFuture },
  { root: '6S', name: 'Swiss franc', multiplier: 125000, ...commodityFuture },
  { root: 'VX', name: 'Cboe VIX futures', multiplier: 1000, underlying: 'VIX', ...commodityFuture },
  { root: 'MBT', name: 'CME Micro Bitcoin', multiplier: 0.1, underlying: 'BTC', ...commodityFuture },
  { root: 'MET', name: 'CME Micro Ether', multiplier: 0.1, underlying: 'ETH', ...commodityFuture },
  { root: 'FDAX', name: 'Eurex DAX', multiplier: 25, underlying: 'DAX', kind: 'future', expiryRule: 'thirdFriday', currency: 'EUR' },
  { root: 'FDXM', name: 'Eurex Mini-DAX', multiplier: 5, underlying: 'DAX', kind: 'future', expiryRule: 'thirdFriday', currency: 'EUR' },
  { root: 'FESX', name: 'Eurex EURO STOXX 50', multiplier: 10, underlying: 'SX5E', kind: 'future', expiryRule: 'thirdFriday', currency: 'EUR' },
  { root: 'FGBL', name: 'Eurex Euro-Bund', multiplier: 1000, kind: 'future', currency: 'EUR' },
  { root: 'ODAX', name: 'Eurex DAX options', multiplier: 5, underlying: 'DAX', kind: 'indexOption', exercise: 'european', expiryRule: 'thirdFriday', currency: 'EUR' },
  { root: 'OESX', name: 'Eurex EURO STOXX 50 options', multiplier: 10, underlying: 'SX5E', kind: 'indexOption', exercise: 'european', expiryRule: 'thirdFriday', currency: 'EUR' },
  { root: 'SPX', name: 'S&P 500 index options (AM-settled monthlies)', ...amIndexOption },
  { root: 'SPXW', name: 'S&P 500 index options (PM-settled weeklies)', underlying: 'SPX', ...pmIndexOption },
  { root: 'XSP', name: 'Mini-SPX index options', ...pmIndexOption },
  { root: 'NDX', name: 'Nasdaq-100 index options (AM-settled)', ...amIndexOption },
  { root: 'NDXP', name: 'Nasdaq-100 index options (PM-settled)', underlying: 'NDX', ...pmIndexOption },
  { root: 'RUT', name: 'Russell 2000 index options (AM-settled)', ...amIndexOption },
  { root: 'RUTW', name: 'Russell 2000 index options (PM-settled)', underlying: 'RUT', ...pmIndexOption },
  { root: 'VIX', name: 'VIX options (AM-settled)', ...amIndexOption },
  { root: 'VIXW', name: 'VIX weekly options', underlying: 'VIX', ...amIndexOption },
  { root: 'DJX', name: 'Dow Jones index options (AM-settled)', ...amIndexOption },
];

const byRoot = new Map(knownRoots.map((rule) => [rule.root, rule]));

/** The rule for a product root, if the instrument master knows it. */
export function rootRule(root: string): RootRule | undefined {
  return byRoot.get(root.toUpperCase());
}

/** Contract size of listed equity (stock and ETF) options when a file does not give it. */
export const equityOptionMultiplier = 100;
