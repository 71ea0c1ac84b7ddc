/** The example document of ../shared/spec/portfolio-document.md, as published. */
export const specExample = {
  format: 'scanline.portfolio/1',
  asOf: '2024-03-15',
  baseCurrency: 'USD',
  accounts: [{ id: 'DESK-A', equity: 2500000 }],
  instruments: [
    { id: 'SPX', kind: 'index', class: 'broadIndex', price: 5117.09 },
    { id: 'AAPL', kind: 'equity', price: 172.62, dividendYield: 0.0055 },
    { id: 'AAPL 240621C00180000', kind: 'option', underlying: 'AAPL', right: 'call', strike: 180, expiry: '2024-06-21', multiplier: 100, exercise: 'american', vol: 0.215, price: 4.35 },
    { id: 'ESM4', kind: 'future', underlying: 'SPX', expiry: '2024-06-21', multiplier: 50, price: 5175.25 },
    { id: 'BTC-28JUN24', kind: 'future', underlying: 'BTC', expiry: '2024-06-28', multiplier: 1, settlement: 'inverse', price: 70250 },
    { id: 'BTC-28JUN24-80000-C', kind: 'option', underlying: 'BTC-28JUN24', right: 'call', strike: 80000, expiry: '2024-06-28', multiplier: 1, settlement: 'inverse', vol: 0.62 },
  ],
  market: { rates: { USD: 0.053, BTC: 0 } },
  positions: [
    { account: 'DESK-A', instrument: 'AAPL 240621C00180000', quantity: -20 },
    { account: 'DESK-A', instrument: 'AAPL', quantity: 2000 },
  ],
};
