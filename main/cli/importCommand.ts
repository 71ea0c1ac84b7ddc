import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { importRequestSchema } from '../../shared/importRequest.ts';
import { defaultDbFile, resourcesDir } from '../services/defaultPaths.ts';
import { EventHub } from '../services/eventHub.ts';
import { ImportService } from '../services/importService.ts';
import { seedDatabase } from '../services/seedDatabase.ts';
import { openStore } from '../store/openStore.ts';
import type { CliCommand } from './cliCommand.ts';

/**
 * `import --file F [--format auto] [--db PATH] [--account A] [--skip-invalid]`: reads a broker
 * export (or a portfolio document, price history or option chain) into the book, all or
 * nothing, and prints `{ format, accounts, positions, instruments, errors: [{ line, message }],
 * written }` (plus warnings, open questions and what was created). Exit 0 when written, 2 when
 * any row is in error and nothing was written (each bad row is also on stderr), 1 on failure.
 */
export const importCommand: CliCommand = {
  name: 'import',
  usage: 'import --file F [--format auto] [--db PATH] [--account A] [--skip-invalid] [--mapping PROFILE] [--series NAME] [--date-order dmy|mdy]',
  summary: "read a broker export into the book in the database, all or nothing (default: the app's own database)",
  async run({ options, stdout, stderr }) {
    const file = options.file;
    if (typeof file !== 'string') {
      stderr('--file: expected the path of the file to import');
      return 2;
    }
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch (error) {
      stderr(`${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
      return 2;
    }
    const text = (name: string) => (typeof options[name] === 'string' ? options[name] : undefined);
    for (const name of ['db', 'account', 'format', 'mapping', 'series', 'date-order']) {
      if (options[name] === true) {
        stderr(`--${name}: expected a value`);
        return 2;
      }
    }
    const account = text('account');
    const dateOrder = text('date-order');
    const parsed = importRequestSchema.safeParse({
      fileName: file,
      base64: bytes.toString('base64'),
      format: text('format') ?? 'auto',
      options: { ...(account === undefined ? {} : { accountOverride: account }), ...(dateOrder === undefined ? {} : { dateOrder }) },
      skipInvalid: options['skip-invalid'] === true,
      ...(text('mapping') === undefined ? {} : { mappingProfileName: text('mapping') }),
      ...(text('series') === undefined ? {} : { series: text('series') }),
    });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) stderr(`--${optionOf(issue.path)}: ${issue.message}`);
      return 2;
    }
    const explicit = text('db');
    if (explicit !== undefined && !existsSync(explicit)) {
      stderr(`--db: no Scanline database at ${explicit}`);
      return 2;
    }
    const dbFile = explicit ?? defaultDbFile();
    mkdirSync(dirname(dbFile), { recursive: true });
    const store = openStore(dbFile);
    try {
      if (explicit === undefined) seedDatabase(store, resourcesDir, new Date().toISOString());
      const outcome = await new ImportService(store, new EventHub()).commit(parsed.data);
      for (const error of outcome.errors) stderr(`${file}:${error.line}: ${error.message}`);
      stdout(
        JSON.stringify(
          {
            format: outcome.format,
            accounts: outcome.accounts,
            positions: outcome.positions,
            instruments: outcome.instruments,
            errors: outcome.errors.map((e) => ({ line: e.line, message: e.message })),
            written: outcome.written,
            bookVersion: outcome.bookVersion,
            underlyingsCreated: outcome.underlyingsCreated,
            ...(outcome.kind === 'prices' ? { series: outcome.series } : {}),
            warnings: outcome.warnings.map((w) => (w.line === undefined ? w.message : `line ${w.line}: ${w.message}`)),
            questions: outcome.ambiguities.map((a) => ({ lines: a.lines, question: a.question, assumed: a.kind === 'instrument' ? a.choices[a.assumed]?.label : a.assumed })),
          },
          null,
          2,
        ),
      );
      return outcome.written ? 0 : 2;
    } finally {
      store.close();
    }
  },
};

function optionOf(path: readonly PropertyKey[]): string {
  const [first, second] = path.map(String);
  if (first === 'options') return second === 'accountOverride' ? 'account' : second === 'dateOrder' ? 'date-order' : (second ?? 'options');
  if (first === 'mappingProfileName') return 'mapping';
  return first === 'fileName' || first === 'base64' || first === 'text' ? 'file' : (first ?? 'file');
}
