import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cliCommands } from '../../../main/cli/cliCommands.ts';
import { parseCliArgs } from '../../../main/cli/parseCliArgs.ts';
import { runCli } from '../../../main/cli/runCli.ts';
import { seedDatabase } from '../../../main/services/seedDatabase.ts';
import { openStore } from '../../../main/store/openStore.ts';
import { parsePortfolioDocument } from '../../../shared/portfolioDocument.ts';

const root = join(import.meta.dirname, '..', '..', '..');
const run = async (...argv: string[]) => {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { stdout: (t) => out.push(t), stderr: (t) => err.push(t), rootDir: root }, cliCommands);
  return { code, out: out.join('\n'), err: err.join('\n') };
};

let dir: string | null = null;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = null;
});

describe('parseCliArgs', () => {
  it('reads a command, valued options, flags and --name=value', () => {
    expect(parseCliArgs(['margin', '--input', 'p.json', '--skip-invalid', '--format=table', 'extra'])).toEqual({
      command: 'margin',
      args: ['extra'],
      options: { input: 'p.json', 'skip-invalid': true, format: 'table' },
    });
  });
});

describe('runCli', () => {
  it('prints help with every command and exits 0', async () => {
    const { code, out } = await run('--help');
    expect(code).toBe(0);
    for (const c of cliCommands) expect(out).toContain(c.usage);
  });

  it('refuses an unknown command with exit code 2', async () => {
    const { code, err } = await run('frobnicate');
    expect(code).toBe(2);
    expect(err).toContain('unknown command "frobnicate"');
  });

  it('validate names every JSON path at fault and exits 2', async () => {
    const { code, err } = await run('validate', '--input', join(root, 'test/fixtures/portfolios/bad-quantity.json'));
    expect(code).toBe(2);
    expect(err).toContain('bad-quantity.json: instruments[4].strike: an option needs strike');
    expect(err).toContain('bad-quantity.json: positions[3].quantity: expected a number');
  });

  it('validate accepts the shipped sample book', async () => {
    const { code, out } = await run('validate', '--input', join(root, 'resources/sample-book.json'));
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual({ valid: true, accounts: 3, instruments: 24, positions: 22 });
  });

  it('a missing input file is invalid input naming the file', async () => {
    const { code, err } = await run('validate', '--input', '/no/such/file.json');
    expect(code).toBe(2);
    expect(err).toContain('/no/such/file.json: (file): cannot be read (ENOENT)');
  });

  it('export prints one account as a valid portfolio document that round-trips', async () => {
    dir = mkdtempSync(join(tmpdir(), 'scanline-cli-'));
    const db = join(dir, 'book.db');
    const store = openStore(db);
    seedDatabase(store, join(root, 'resources'), '2024-03-15T00:00:00Z');
    store.close();
    const { code, out } = await run('export', '--db', db, '--account', 'DESK-B');
    expect(code).toBe(0);
    const parsed = parsePortfolioDocument(JSON.parse(out));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.accounts).toEqual([{ id: 'DESK-B', name: 'Futures macro', currency: 'USD', equity: 4_000_000, marginMethod: 'span' }]);
    expect(parsed.value.positions).toHaveLength(6);
    // Options bring their underlying future, and ESM4 its index (SPX is in the book; NDX, WTI, GOLD are not).
    expect(parsed.value.instruments.map((i) => i.id)).toEqual(['CLK4', 'CLK4 P75', 'ESM4', 'ESM4 C5300', 'GCJ4', 'NQM4', 'SPX']);
  });

  it('export refuses a database path that does not exist', async () => {
    const { code, err } = await run('export', '--db', '/no/such.db');
    expect(code).toBe(2);
    expect(err).toContain('no Scanline database at /no/such.db');
  });
});
