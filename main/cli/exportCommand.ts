import { existsSync } from 'node:fs';
import { defaultDbFile, resourcesDir } from '../services/defaultPaths.ts';
import { exportBook } from '../services/exportBook.ts';
import { seedDatabase } from '../services/seedDatabase.ts';
import { openStore } from '../store/openStore.ts';
import type { CliCommand } from './cliCommand.ts';

/** `export [--db PATH] [--account A]`: the book as a portfolio document on stdout. */
export const exportCommand: CliCommand = {
  name: 'export',
  usage: 'export [--db PATH] [--account A]',
  summary: "print the book (or one account) as a portfolio document (default: the app's own database)",
  async run({ options, stdout, stderr }) {
    const explicit = typeof options.db === 'string' ? options.db : null;
    if (options.db === true) {
      stderr('--db: expected a database file path');
      return 2;
    }
    if (explicit !== null && !existsSync(explicit)) {
      stderr(`--db: no Scanline database at ${explicit}`);
      return 2;
    }
    const store = openStore(explicit ?? defaultDbFile());
    try {
      if (explicit === null) seedDatabase(store, resourcesDir, new Date().toISOString());
      const account = typeof options.account === 'string' ? options.account : undefined;
      if (account !== undefined && !store.accounts.list().some((a) => a.id === account)) {
        stderr(`--account: no account "${account}" in the book`);
        return 2;
      }
      stdout(JSON.stringify(exportBook(store, account), null, 2));
      return 0;
    } finally {
      store.close();
    }
  },
};
