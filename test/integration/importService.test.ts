import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { EventHub } from '../../main/services/eventHub.ts';
import { ImportService } from '../../main/services/importService.ts';
import { replaceBook } from '../../main/services/replaceBook.ts';
import { readBookVersion } from '../../main/store/bookVersion.ts';
import { ImportBatchRepository } from '../../main/store/importBatchRepository.ts';
import { openStore, type Store } from '../../main/store/openStore.ts';
import { importRequestSchema, type ImportRequest } from '../../shared/importRequest.ts';
import { instrumentSchema } from '../../shared/instrument.ts';
import { readPortfolioDocument } from '../../shared/portfolioDocument.ts';

const repoRoot = join(import.meta.dirname, '..', '..');
const broker = (name: string) => join(repoRoot, 'test/fixtures/brokers', name);
const own = (name: string) => join(repoRoot, 'test/fixtures/imports', name);
const kit = (name: string) => join(repoRoot, '../shared/data', name);

interface Book {
  store: Store;
  service: ImportService;
  /** Versions announced with `bookChanged`. */
  changes: number[];
}

let open: (Book & { dir: string })[] = [];
afterEach(() => {
  for (const book of open) {
    book.store.close();
    rmSync(book.dir, { recursive: true, force: true });
  }
  open = [];
});

/** A database holding the sample book (DESK-A, DESK-B, DESK-C; as of 2024-03-15). */
function sampleBook(): Book {
  const dir = mkdtempSync(join(tmpdir(), 'scanline-import-'));
  const store = openStore(join(dir, 'book.db'));
  replaceBook(store, readPortfolioDocument(readFileSync(join(repoRoot, 'resources/sample-book.json'), 'utf8'), 'sample-book.json'));
  const events = new EventHub();
  const changes: number[] = [];
  events.on('bookChanged', (e) => changes.push(e.version));
  const book = { dir, store, service: new ImportService(store, events, () => new Date('2024-03-15T12:00:00Z')), changes };
  open.push(book);
  return book;
}

const request = (path: string, extra: Omit<ImportRequest, 'fileName'> = {}) =>
  importRequestSchema.parse({ fileName: basename(path), base64: readFileSync(path).toString('base64'), ...extra });

/** Everything an import may write, to compare a database before and after. */
function contents(store: Store): string {
  const all = (sql: string) => store.db.prepare(sql).all();
  return JSON.stringify([
    all('SELECT * FROM meta ORDER BY key'),
    all('SELECT * FROM accounts ORDER BY id'),
    all('SELECT * FROM instruments ORDER BY id'),
    all('SELECT account_id, instrument_id, quantity FROM positions ORDER BY account_id, instrument_id'),
    all('SELECT series, COUNT(*) AS n FROM price_history GROUP BY series'),
    all('SELECT * FROM instrument_overrides'),
    all('SELECT id FROM import_batches'),
  ]);
}

const positionsOf = (store: Store, account: string) =>
  Object.fromEntries(store.positions.list().filter((p) => p.account === account).map((p) => [p.instrument, p.quantity]));

describe('importing a broker file into the book', () => {
  it('writes nothing when any row is in error, and lists every bad row with its line', async () => {
    const { store, service, changes } = sampleBook();
    const before = contents(store);
    const outcome = await service.commit(request(broker('generic/accounts.tsv')));
    expect(outcome.written).toBe(false);
    expect(outcome.errors).toEqual([{ line: 5, field: 'Position', message: 'GME: quantity "abc" is not a number' }]);
    expect(contents(store)).toBe(before);
    expect(changes).toEqual([]);
  });

  it('with skipInvalid writes the valid rows, replaces only the accounts in the file and still lists the bad rows', async () => {
    const { store, service, changes } = sampleBook();
    const deskC = positionsOf(store, 'DESK-C');
    const version = readBookVersion(store.db);
    const outcome = await service.commit(request(broker('generic/accounts.tsv'), { skipInvalid: true }));
    expect(outcome).toMatchObject({ written: true, accounts: ['DESK-A', 'DESK-B'], positions: 3, errors: [{ line: 5 }], bookVersion: version + 1 });
    expect(positionsOf(store, 'DESK-A')).toEqual({ MSFT: 1500, NVDA: -200 });
    expect(positionsOf(store, 'DESK-B')).toEqual({ AAPL: -300 });
    expect(positionsOf(store, 'DESK-C')).toEqual(deskC);
    expect(changes).toEqual([version + 1]);
  });

  it('is idempotent: the same file again leaves the same book and keeps the replaced book in the history', async () => {
    const { store, service } = sampleBook();
    const sample = { a: positionsOf(store, 'DESK-A'), b: positionsOf(store, 'DESK-B'), c: positionsOf(store, 'DESK-C') };
    const first = await service.commit(request(broker('ib-activity/open_positions.csv')));
    const afterFirst = store.positions.list().map((p) => [p.account, p.instrument, p.quantity]);
    const second = await service.commit(request(broker('ib-activity/open_positions.csv')));
    expect(second.written).toBe(true);
    expect(store.positions.list().map((p) => [p.account, p.instrument, p.quantity])).toEqual(afterFirst);
    expect(second.bookVersion).toBe((first.bookVersion ?? 0) + 1);
    expect({ a: positionsOf(store, 'DESK-A'), b: positionsOf(store, 'DESK-B'), c: positionsOf(store, 'DESK-C') }).toEqual(sample);
    const history = new ImportBatchRepository(store.db);
    expect(history.list(10).map((b) => [b.fileName, b.accounts, b.positions])).toEqual([
      ['open_positions.csv', ['U7654321'], 9],
      ['open_positions.csv', ['U7654321'], 9],
    ]);
    expect(history.previousBook(first.batchId!)?.positions).toEqual([]);
    const replaced = history.previousBook(second.batchId!)!;
    expect(replaced.accounts).toEqual([{ id: 'U7654321', name: 'U7654321', currency: 'USD', equity: 1673700.5 }]);
    expect(replaced.positions.map((p) => [p.account, p.instrument, p.quantity]).sort()).toEqual(afterFirst.filter(([a]) => a === 'U7654321').sort());
    expect(readPortfolioDocument(JSON.stringify(replaced), 'history').positions).toHaveLength(9);
  });

  it('takes account equity from the statement (IB Net Asset Value)', async () => {
    const { store, service } = sampleBook();
    await service.commit(request(broker('ib-activity/open_positions.csv')));
    await service.commit(request(kit('brokers/ibflex/activity_daily_portfolio.xml')));
    await service.commit(request(broker('ib-activity/consolidated.csv')));
    const equity = Object.fromEntries(store.accounts.list().map((a) => [a.id, a.equity]));
    expect(equity).toMatchObject({ U7654321: 1673700.5, U1234567: 425526, U1000001: 260500, U1000002: 78000, 'DESK-A': 9_000_000 });
  });

  it('maps file accounts to book accounts, keeping an existing account’s name and an equity only in its currency', async () => {
    const { store, service } = sampleBook();
    const preview = await service.preview(request(broker('ib-activity/consolidated.csv'), { accountMapping: { U1000001: 'DESK-A' } }));
    expect(preview.accounts.map((a) => [a.id, a.fileAccounts, a.isNew, a.positionsBefore, a.positionsAfter, a.equity])).toEqual([
      ['DESK-A', ['U1000001'], false, 9, 1, 260500],
      ['U1000002', ['U1000002'], true, 0, 2, 78000],
    ]);
    await service.commit(request(broker('ib-activity/consolidated.csv'), { accountMapping: { U1000001: 'DESK-A' } }));
    expect(positionsOf(store, 'DESK-A')).toEqual({ MSFT: 100 });
    expect(store.accounts.list().find((a) => a.id === 'DESK-A')).toMatchObject({ id: 'DESK-A', name: 'Equity index options', currency: 'USD', equity: 260500 });
    const deribit = await service.commit(request(broker('deribit/transaction_log.csv'), { accountMapping: { DERIBIT: 'DESK-C' } }));
    expect(deribit.warnings.map((w) => w.message)).toContain('account DESK-C: the statement’s equity 1.4876 BTC is not applied, the account is kept in USD'.replace('’', "'"));
    expect(store.accounts.list().find((a) => a.id === 'DESK-C')?.equity).toBe(1_500_000);
  });

  it('nets rows that land on one position (two accounts mapped into one)', async () => {
    const { store, service } = sampleBook();
    const outcome = await service.commit(request(broker('ib-activity/consolidated.csv'), { options: { accountOverride: 'DESK-X' } }));
    expect(outcome.written).toBe(true);
    expect(positionsOf(store, 'DESK-X')).toEqual({ MSFT: 60, MESU4: 2 });
    expect(outcome.warnings.map((w) => w.message)).toContain('1 position(s) net several rows of one instrument in one account into one (lines 8, 9, 10: MSFT in account DESK-X → 60)');
  });

  it('stores every instrument with multiplier, settlement, exercise, underlying and currency explicit', async () => {
    const { store, service } = sampleBook();
    const files = ['ib-activity/open_positions.csv', 'osi/padded.csv', 'deribit/positions.json', 'cme/spanposconv.csv', 'okx/positions.csv'];
    for (const [index, file] of files.entries()) await service.commit(request(broker(file), { skipInvalid: true, options: { accountOverride: `IMPORT-${index}` } }));
    const imported = store.db.prepare("SELECT instrument_id AS id FROM positions WHERE account_id NOT IN ('DESK-A','DESK-B','DESK-C')").all() as { id: string }[];
    expect(imported.length).toBe(9 + 4 + 5 + 5 + 4);
    for (const { id } of imported) {
      const instrument = store.instruments.get(id)!;
      expect(instrumentSchema.safeParse(instrument).success, id).toBe(true);
      expect(instrument.multiplier, id).toBeGreaterThan(0);
      expect(instrument.settlement, id).toMatch(/^(standard|inverse)$/);
      expect(instrument.currency, id).toBeTruthy();
      if (instrument.kind === 'option' || instrument.kind === 'future' || instrument.kind === 'perpetual') expect(store.instruments.get(instrument.underlying!), `${id} → ${instrument.underlying}`).not.toBeNull();
      if (instrument.kind === 'option') expect(instrument.exercise, id).toMatch(/^(european|american)$/);
    }
    const spx = store.instruments.get('SPX 250320P05500000') as Record<string, unknown>;
    expect(spx).toMatchObject({ underlying: 'SPX', exercise: 'european', settlementTime: 'am', expiry: '2025-03-21', multiplier: 100, currency: 'USD' });
    expect(store.instruments.get('SPXW 250331C05800000')).toMatchObject({ settlementTime: 'pm' });
  });

  it('creates the underlyings rows refer to without defining them', async () => {
    const { store, service } = sampleBook();
    const outcome = await service.commit(request(own('underlyings.csv')));
    expect(outcome.underlyingsCreated).toEqual(['NDX', 'SOL', 'SOL-28MAR25', 'XYZ']);
    expect(store.instruments.get('XYZ')).toMatchObject({ kind: 'equity', multiplier: 1 });
    expect(store.instruments.get('NDX')).toMatchObject({ kind: 'index', class: 'broadIndex', currency: 'USD' });
    expect(store.instruments.get('SOL-28MAR25')).toMatchObject({ kind: 'future', underlying: 'SOL', expiry: '2025-03-28', settlement: 'inverse', currency: 'SOL' });
    expect(store.instruments.get('SOL')).toMatchObject({ kind: 'spot', currency: 'USD' });
    const core = await service.commit(request(broker('cme/core_upload.csv')));
    expect(core.underlyingsCreated).toEqual(['NDX'].filter((id) => !store.instruments.get(id)));
    expect(store.instruments.get('MNQU4')).toMatchObject({ underlying: 'NDX', multiplier: 2 });
  });

  it('turns positions sized in USD (inverse futures) into contracts of the coin at their mark', async () => {
    const { store, service } = sampleBook();
    await service.commit(request(broker('deribit/positions.json')));
    expect(positionsOf(store, 'DERIBIT')['BTC-PERPETUAL']).toBeCloseTo(-50000 / 96450.12, 12);
    expect(positionsOf(store, 'DERIBIT')['BTC-27DEC24-60000-C']).toBe(2.5);
  });

  it('reads a spreadsheet (.xlsx bytes) and a file in Windows-1252', async () => {
    const { store, service } = sampleBook();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Positions');
    for (const row of [['Account', 'Symbol', 'Quantity', 'Price'], ['DESK-X', 'MSFT', 250, 415.2], ['DESK-X', 'NVDA', -40, 131.4]]) sheet.addRow(row);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const xlsx = await service.commit(importRequestSchema.parse({ fileName: 'desk.xlsx', base64: bytes.toString('base64') }));
    expect(xlsx).toMatchObject({ format: 'generic-csv', written: true, positions: 2 });
    expect(positionsOf(store, 'DESK-X')).toEqual({ MSFT: 250, NVDA: -40 });
    const latin1 = Buffer.from('Konto;Symbol;Menge;Kurs\nDESK-Y;SAP;1.200;231,45\nDESK-Y;MÜV2;10;500\n', 'latin1');
    const legacy = await service.preview(importRequestSchema.parse({ fileName: 'alt.csv', base64: latin1.toString('base64') }));
    expect(legacy.warnings[0]?.message).toBe('the file is not UTF-8; it was read as Windows-1252 (Western European)');
    expect(legacy.rows.map((r) => [r.instrument.id, r.quantity])).toEqual([
      ['SAP', 1200],
      ['MÜV2', 10],
    ]);
  });

  it('refuses a file that describes one instrument two ways', async () => {
    const { store, service } = sampleBook();
    const before = contents(store);
    const text = 'Account,Symbol,Quantity,Multiplier,Expiry\nA,CLM4,1,1000,2024-05-20\nB,CLM4,2,100,2024-05-20\n';
    const outcome = await service.commit(importRequestSchema.parse({ fileName: 'twice.csv', text }));
    expect(outcome.written).toBe(false);
    expect(outcome.errors).toEqual([{ line: 3, field: 'multiplier', message: 'CLM4: line 2 gives multiplier 1000, this line 100; one instrument cannot be both (give an override for "CLM4")' }]);
    expect(contents(store)).toBe(before);
  });
});

describe('answers remembered for the next import', () => {
  it('applies a saved override by itself and no longer asks', async () => {
    const { store, service } = sampleBook();
    const first = await service.preview(request(broker('cme/spanposconv.csv')));
    expect(first.ambiguities.map((a) => (a.kind === 'instrument' ? [a.rawSymbol, a.field] : []))).toEqual([['SIK4', 'multiplier']]);
    expect(first.rows.find((r) => r.rawSymbol === 'SIK4')?.instrument.multiplier).toBe(5000);
    await service.commit(request(broker('cme/spanposconv.csv'), { options: { overrides: { SIK4: { multiplier: 1000 } } } }));
    expect(store.instruments.get('SIK4')?.multiplier).toBe(1000);
    expect(service.listInstrumentOverrides()).toEqual([{ rawSymbol: 'SIK4', override: { multiplier: 1000 }, updatedAt: '2024-03-15T12:00:00.000Z' }]);
    const again = await service.preview(request(broker('cme/spanposconv.csv')));
    expect(again.ambiguities).toEqual([]);
    expect(again.rememberedOverrides).toEqual({ SIK4: { multiplier: 1000 } });
    expect(again.rows.find((r) => r.rawSymbol === 'SIK4')?.instrument.multiplier).toBe(1000);
    service.saveInstrumentOverride('SIK4', null);
    expect((await service.preview(request(broker('cme/spanposconv.csv')))).ambiguities).toHaveLength(1);
  });

  it('offers the missing value of a row in error as a fix, and the fix clears the error', async () => {
    const { service } = sampleBook();
    const preview = await service.preview(request(own('desk_d.csv')));
    expect(preview.errorRows.map((r) => [r.line, r.source, r.fix])).toEqual([
      [6, 'DESK-D,ZNM4,3,110.5,,,', { rawSymbol: 'ZNM4', field: 'expiry' }],
      [7, 'DESK-D,NVDA,ten,131.4,,,', undefined],
    ]);
    expect(preview.canCommit).toBe(false);
    const fixed = await service.preview(request(own('desk_d.csv'), { options: { overrides: { ZNM4: { expiry: '2024-06-18' } } }, skipInvalid: true }));
    expect(fixed.errorRows.map((r) => r.line)).toEqual([7]);
    expect(fixed.rows.find((r) => r.rawSymbol === 'ZNM4')?.instrument).toMatchObject({ kind: 'future', expiry: '2024-06-18', multiplier: 1000, underlying: 'ZN' });
    expect(fixed.canCommit).toBe(true);
  });

  it('reads a generic CSV with a saved mapping profile whose columns it has', async () => {
    const { service } = sampleBook();
    const unmapped = await service.preview(request(broker('generic/unmapped.csv')));
    expect(unmapped.mappingRequest?.columns).toEqual(['Col A', 'Col B', 'Col C']);
    expect(unmapped.canCommit).toBe(false);
    service.saveMappingProfile({ name: 'desk sheet', columns: { 'Col A': 'symbol', 'Col B': 'quantity' } });
    const mapped = await service.preview(request(broker('generic/unmapped.csv'), { options: { accountOverride: 'DESK-M' } }));
    expect(mapped.mappingProfile?.name).toBe('desk sheet');
    expect(mapped.rows.map((r) => [r.account, r.instrument.id, r.quantity])).toEqual([
      ['DESK-M', 'AAPL', 100],
      ['DESK-M', 'MSFT', -20],
    ]);
    expect((await service.preview(request(broker('generic/unmapped.csv'), { mappingProfileName: 'nope' }))).errors[0]?.message).toBe('no saved mapping profile named "nope"');
  });
});

describe('other files the import reads', () => {
  it('a portfolio document replaces the whole book, and one with errors writes nothing', async () => {
    const { store, service } = sampleBook();
    const before = contents(store);
    const bad = await service.commit(request(join(repoRoot, 'test/fixtures/portfolios/bad-quantity.json')));
    expect(bad.written).toBe(false);
    expect(bad.errors.map((e) => e.field)).toEqual(expect.arrayContaining(['positions[3].quantity', 'instruments[4].strike']));
    expect(bad.errors.every((e) => e.line > 1)).toBe(true);
    expect(contents(store)).toBe(before);
    await service.commit(request(broker('ib-activity/open_positions.csv')));
    const doc = JSON.parse(readFileSync(join(repoRoot, 'resources/sample-book.json'), 'utf8')) as { positions: { quantity: number }[] };
    doc.positions[0]!.quantity = -41;
    const outcome = await service.commit(importRequestSchema.parse({ fileName: 'book.json', text: JSON.stringify(doc, null, 2) }));
    expect(outcome).toMatchObject({ format: 'scanline-portfolio', written: true, accounts: ['DESK-A', 'DESK-B', 'DESK-C', 'U7654321'], positions: 22 });
    expect(store.accounts.list().map((a) => a.id)).toEqual(['DESK-A', 'DESK-B', 'DESK-C']);
    expect(positionsOf(store, 'DESK-A')['SPX 240419P05000000']).toBe(-41);
  });

  it('a price history goes into price_history, one-series, long or wide; a bad close writes nothing', async () => {
    const { store, service, changes } = sampleBook();
    const btc = await service.commit(request(kit('prices/btc-usd_daily_2015_2023.csv')));
    expect(btc).toMatchObject({ format: 'price-history', written: true, bookVersion: null, series: [{ series: 'BTC-USD', first: '2015-01-01', last: '2023-07-31', count: 3134 }] });
    expect(store.marketData.closes('BTC-USD', '2020-03-12', '2020-03-12')).toEqual([{ date: '2020-03-12', close: 4970.7880859375 }]);
    const wide = await service.commit(request(own('prices_wide.csv')));
    expect(wide.series).toEqual([
      { series: 'SPX', first: '2024-03-13', last: '2024-03-15', count: 3 },
      { series: 'BTC', first: '2024-03-13', last: '2024-03-14', count: 2 },
    ]);
    const dvol = await service.commit(request(kit('vol/deribit_dvol_btc_daily.csv'), { series: 'ignored' }));
    expect(dvol.series.map((s) => s.series)).toEqual(['BTC']);
    const before = contents(store);
    const bad = await service.commit(importRequestSchema.parse({ fileName: 'spx.csv', text: 'date,close\n2024-03-13,5165.31\n2024-03-14,n/a\n2024-03-14,5150.48\n' }));
    expect(bad.written).toBe(false);
    expect(bad.errors).toEqual([{ line: 3, field: 'close', message: 'SPX on 2024-03-14: "n/a" is not a number' }]);
    expect(contents(store)).toBe(before);
    expect(changes).toEqual([]);
  });

  it('the Deribit option chain loads as marks and vols, with the futures and index it is priced on', async () => {
    const { store, service, changes } = sampleBook();
    const outcome = await service.commit(request(kit('options_chains/deribit_btc_option_chain_2020-05-14.csv')));
    expect(outcome).toMatchObject({ format: 'option-chain', written: true, errors: [] });
    expect(outcome.instruments).toBe(310 + 7 + 1);
    expect(store.instruments.get('BTC-22MAY20-9250-P')).toMatchObject({ kind: 'option', underlying: 'BTC-22MAY20', settlement: 'inverse', currency: 'BTC', price: 0.04010621, vol: 0.7687, exercise: 'european' });
    expect(store.instruments.get('BTC-22MAY20')).toMatchObject({ kind: 'future', underlying: 'BTC', settlement: 'inverse' });
    expect(store.instruments.get('BTC')?.price).toBeGreaterThan(9000);
    expect(changes).toEqual([outcome.bookVersion]);
  });

  it('implies a chain’s vols from marks when the file has none (Black-76 on the underlying price)', async () => {
    const { service } = sampleBook();
    const text = readFileSync(kit('options_chains/deribit_btc_option_chain_2020-05-14.csv'), 'utf8').replace(',mark_iv,', ',quoted_iv,');
    const withVols = await service.preview(request(kit('options_chains/deribit_btc_option_chain_2020-05-14.csv')));
    const implied = await service.preview(importRequestSchema.parse({ fileName: 'chain.csv', text }));
    const quoted = new Map(withVols.rows.map((r) => [r.instrument.id, r.instrument.vol]));
    const close = implied.rows.filter((r) => Math.abs((r.instrument.vol ?? 0) - (quoted.get(r.instrument.id) ?? 0)) < 0.005);
    expect(implied.rows.length + implied.errorRows.length).toBe(310);
    expect(close.length / 310).toBeGreaterThan(0.9);
  });

  it('a generic chain: vols implied from the bid/ask mid, instruments named and sized by the master', async () => {
    const { service } = sampleBook();
    const preview = await service.preview(request(own('chain_bid_ask.csv')));
    expect(preview.format).toBe('option-chain');
    // Black-76, F = K = 100, T = 98/365 (2024-03-15 to 2024-06-21), r = 0: σ = 0.25 gives 5.1644; the mid is 5.165.
    expect(preview.rows.map((r) => [r.instrument.id, r.instrument.multiplier, r.instrument.exercise, r.instrument.price])).toEqual([
      ['AAPL 240621C00100000', 100, 'american', 5.165],
      ['AAPL 240621P00100000', 100, 'american', 5.165],
    ]);
    for (const row of preview.rows) expect(row.instrument.vol).toBeCloseTo(0.25, 3);
    expect(preview.errorRows).toEqual([{ line: 4, source: 'AAPL,2024-06-21,90,P,,,100', problems: [{ field: 'iv', message: 'AAPL 240621P00090000: no implied vol, and no mark or bid/ask to imply one from' }] }]);
    expect(preview.canCommit).toBe(false);
  });

  it('refuses a file that is not of the format asked for', async () => {
    const { store, service } = sampleBook();
    const before = contents(store);
    const outcome = await service.commit(request(broker('ib-activity/open_positions.csv'), { format: 'cme-core' }));
    expect(outcome.written).toBe(false);
    expect(outcome.errors[0]).toEqual({ line: 1, message: 'open_positions.csv reads as ib-activity-csv, not cme-core' });
    expect(contents(store)).toBe(before);
  });
});
