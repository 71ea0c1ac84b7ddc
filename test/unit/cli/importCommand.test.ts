import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cliCommands } from '../../../main/cli/cliCommands.ts';
import { runCli } from '../../../main/cli/runCli.ts';
import { replaceBook } from '../../../main/services/replaceBook.ts';
import { openStore } from '../../../main/store/openStore.ts';
import { readPortfolioDocument } from '../../../shared/portfolioDocument.ts';

const root = join(import.meta.dirname, '..', '..', '..');
const fixture = (name: string) => join(root, 'test/fixtures/brokers', name);
const run = async (...argv: string[]) => {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { stdout: (t) => out.push(t), stderr: (t) => err.push(t), rootDir: root }, cliCommands);
  return { code, out: out.join('\n'), err: err.join('\n') };
};

let dir: string | null = null;
const savedDb = process.env.SCANLINE_DB;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = null;
  if (savedDb === undefined) delete process.env.SCANLINE_DB;
  else process.env.SCANLINE_DB = savedDb;
});

/** A database holding the sample book. */
function sampleDb(): string {
  dir = mkdtempSync(join(tmpdir(), 'scanline-cli-import-'));
  const file = join(dir, 'book.db');
  const store = openStore(file);
  replaceBook(store, readPortfolioDocument(readFileSync(join(root, 'resources/sample-book.json'), 'utf8'), 'sample-book.json'));
  store.close();
  return file;
}

const book = (db: string) => {
  const store = openStore(db);
  try {
    return { version: store.db.prepare("SELECT value FROM meta WHERE key = 'book_version'").pluck().get(), positions: store.positions.list().map((p) => [p.account, p.instrument, p.quantity]) };
  } finally {
    store.close();
  }
};

describe('import command', () => {
  it('exits 2 and writes nothing when a row is in error; prints the JSON shape of the spec and each bad row on stderr', async () => {
    const db = sampleDb();
    const before = book(db);
    const { code, out, err } = await run('import', '--file', fixture('generic/accounts.tsv'), '--db', db);
    expect(code).toBe(2);
    const json = JSON.parse(out) as Record<string, unknown>;
    expect(json).toMatchObject({ format: 'generic-csv', accounts: ['DESK-A', 'DESK-B'], positions: 3, instruments: 3, errors: [{ line: 5, message: 'GME: quantity "abc" is not a number' }], written: false });
    expect(Object.keys(json).slice(0, 6)).toEqual(['format', 'accounts', 'positions', 'instruments', 'errors', 'written']);
    expect(err).toContain('accounts.tsv:5: GME: quantity "abc" is not a number');
    expect(book(db)).toEqual(before);
  });

  it('with --skip-invalid writes the valid rows, still lists the bad ones, and exits 0', async () => {
    const db = sampleDb();
    const { code, out } = await run('import', '--file', fixture('generic/accounts.tsv'), '--db', db, '--skip-invalid');
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({ written: true, positions: 3, errors: [{ line: 5 }] });
    const exported = await run('export', '--db', db, '--account', 'DESK-B');
    expect(JSON.parse(exported.out).positions).toEqual([{ account: 'DESK-B', instrument: 'AAPL', quantity: -300 }]);
  });

  it('reads a statement into the account named by --account, with its equity, and exits 0', async () => {
    const db = sampleDb();
    const { code, out } = await run('import', '--file', fixture('ib-activity/open_positions.csv'), '--db', db, '--account', 'DESK-IB');
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(json).toMatchObject({ format: 'ib-activity-csv', accounts: ['DESK-IB'], positions: 9, instruments: 10, errors: [], written: true, underlyingsCreated: ['SI'] });
    expect(json.questions).toEqual([{ lines: [21], question: expect.stringContaining('AM-settled options settle at Friday'), assumed: 'Friday 2025-03-21 (settlement)' }]);
    const exported = JSON.parse((await run('export', '--db', db, '--account', 'DESK-IB')).out);
    expect(exported.accounts).toEqual([expect.objectContaining({ id: 'DESK-IB', name: 'DESK-IB', currency: 'USD', equity: 1673700.5 })]);
    expect(exported.positions).toHaveLength(9);
  });

  it('checks the format when one is named', async () => {
    const db = sampleDb();
    const { code, out } = await run('import', '--file', fixture('cme/core_upload.csv'), '--db', db, '--format', 'eurex-etd');
    expect(code).toBe(2);
    expect(JSON.parse(out).errors[0]).toEqual({ line: 1, message: expect.stringContaining('reads as cme-core, not eurex-etd') });
    const unknown = await run('import', '--file', fixture('cme/core_upload.csv'), '--db', db, '--format', 'pdf');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/^--format: expected auto or one of ib-flex-xml/);
  });

  it('refuses bad options with exit 2', async () => {
    const db = sampleDb();
    expect(await run('import', '--db', db)).toMatchObject({ code: 2, err: '--file: expected the path of the file to import' });
    expect(await run('import', '--file', join(root, 'no/such.csv'), '--db', db)).toMatchObject({ code: 2, err: expect.stringContaining('cannot be read (ENOENT)') });
    expect(await run('import', '--file', fixture('cme/core_upload.csv'), '--db', join(root, 'no/such.db'))).toMatchObject({ code: 2, err: expect.stringContaining('--db: no Scanline database at') });
    expect(await run('import', '--file', fixture('cme/core_upload.csv'), '--db', db, '--account')).toMatchObject({ code: 2, err: '--account: expected a value' });
    expect(await run('import', '--file', fixture('cme/core_upload.csv'), '--db', db, '--date-order', 'ymd')).toMatchObject({ code: 2, err: '--date-order: expected "dmy" or "mdy"' });
  });

  it('exits 1 on an internal failure (a file that is not a database)', async () => {
    dir = mkdtempSync(join(tmpdir(), 'scanline-cli-import-'));
    const notADatabase = join(dir, 'notes.db');
    writeFileSync(notADatabase, 'these are not the bytes of a SQLite database, just some text that is long enough to have a header');
    const { code, err } = await run('import', '--file', fixture('cme/core_upload.csv'), '--db', notADatabase);
    expect(code).toBe(1);
    expect(err).toMatch(/^internal failure: .*not a database/);
  });

  it("without --db imports into the app's own database (SCANLINE_DB), seeded with the sample book on first use", async () => {
    dir = mkdtempSync(join(tmpdir(), 'scanline-cli-import-'));
    process.env.SCANLINE_DB = join(dir, 'app', 'scanline.db');
    const { code, out } = await run('import', '--file', fixture('cme/spanposconv.csv'));
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({ accounts: ['DESK-A', 'DESK-B'], positions: 5, written: true });
    const exported = JSON.parse((await run('export')).out);
    expect(exported.accounts.map((a: { id: string }) => a.id)).toEqual(['DESK-A', 'DESK-B', 'DESK-C']);
    expect(exported.positions.filter((p: { account: string }) => p.account === 'DESK-B')).toEqual([
      { account: 'DESK-B', instrument: 'CLK4', quantity: -3 },
      { account: 'DESK-B', instrument: 'SIK4', quantity: 2 },
    ]);
  });
});
