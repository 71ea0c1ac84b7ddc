/**
 * Numbered schema migrations, applied in order at start-up (PRAGMA user_version holds the last
 * one applied). Never edit a released migration: add the next number.
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const migrations: readonly Migration[] = [
  {
    version: 1,
    name: 'book: accounts, instruments, positions',
    sql: `
      CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
      INSERT INTO meta (key, value) VALUES ('book_version', '0'), ('as_of', date('now')), ('base_currency', 'USD');
      CREATE TABLE accounts (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        currency TEXT NOT NULL DEFAULT 'USD',
        equity REAL NOT NULL DEFAULT 0
      );
      CREATE TABLE instruments (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL,
        underlying TEXT,
        currency TEXT,
        multiplier REAL NOT NULL DEFAULT 1,
        expiry TEXT,
        price REAL,
        details TEXT NOT NULL DEFAULT '{}'
      );
      CREATE TABLE positions (
        id INTEGER PRIMARY KEY,
        account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        instrument_id TEXT NOT NULL REFERENCES instruments(id),
        quantity REAL NOT NULL,
        UNIQUE (account_id, instrument_id)
      );
      CREATE INDEX positions_by_instrument ON positions(instrument_id);
    `,
  },
  {
    version: 2,
    name: 'market data: daily closes and rates',
    sql: `
      CREATE TABLE price_history (
        series TEXT NOT NULL,
        date TEXT NOT NULL,
        close REAL NOT NULL,
        PRIMARY KEY (series, date)
      ) WITHOUT ROWID;
      CREATE TABLE rates (currency TEXT PRIMARY KEY, rate REAL NOT NULL);
    `,
  },
  {
    version: 3,
    name: 'rule sets, scenario sets and margin runs',
    sql: `
      CREATE TABLE rule_sets (
        id TEXT NOT NULL,
        version INTEGER NOT NULL,
        kind TEXT NOT NULL,
        name TEXT NOT NULL,
        effective_date TEXT,
        created_at TEXT NOT NULL,
        document TEXT NOT NULL,
        deleted INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (id, version)
      );
      CREATE TABLE scenario_sets (
        id TEXT NOT NULL,
        version INTEGER NOT NULL,
        kind TEXT NOT NULL,
        name TEXT NOT NULL,
        effective_date TEXT,
        created_at TEXT NOT NULL,
        document TEXT NOT NULL,
        deleted INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (id, version)
      );
      CREATE TABLE margin_runs (
        id INTEGER PRIMARY KEY,
        created_at TEXT NOT NULL,
        book_version INTEGER NOT NULL,
        fingerprint TEXT NOT NULL,
        elapsed_ms REAL NOT NULL,
        result TEXT NOT NULL
      );
      CREATE TABLE margin_run_accounts (
        run_id INTEGER NOT NULL REFERENCES margin_runs(id) ON DELETE CASCADE,
        account_id TEXT NOT NULL,
        method TEXT NOT NULL,
        rule_set_id TEXT NOT NULL,
        rule_set_version INTEGER NOT NULL,
        requirement REAL NOT NULL,
        equity REAL NOT NULL,
        PRIMARY KEY (run_id, account_id),
        FOREIGN KEY (rule_set_id, rule_set_version) REFERENCES rule_sets(id, version)
      ) WITHOUT ROWID;
    `,
  },
  {
    version: 4,
    name: 'margin method per account',
    sql: `
      ALTER TABLE accounts ADD COLUMN margin_method TEXT;
    `,
  },
  {
    version: 5,
    name: 'broker imports: remembered instrument overrides, mapping profiles, import history',
    sql: `
      CREATE TABLE instrument_overrides (
        raw_symbol TEXT PRIMARY KEY,
        override TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE TABLE mapping_profiles (
        name TEXT PRIMARY KEY,
        columns TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE TABLE import_batches (
        id INTEGER PRIMARY KEY,
        imported_at TEXT NOT NULL,
        file_name TEXT NOT NULL,
        format TEXT NOT NULL,
        accounts TEXT NOT NULL,
        positions INTEGER NOT NULL,
        skipped_rows INTEGER NOT NULL,
        book_version INTEGER,
        previous_book TEXT NOT NULL
      );
    `,
  },
  {
    version: 6,
    name: 'ui state: last page, theme, grid column layouts',
    sql: `
      CREATE TABLE ui_state (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) WITHOUT ROWID;
    `,
  },
  {
    version: 7,
    name: 'margin runs stored per account: headline, per-position figures and explanation beside each account',
    // Each account's row carries its headline (figures, group and exclusion counts), its
    // contributions flattened over its groups as [instrument, quantity, pnl], its exclusions as
    // [position, reason] and its whole result, so one account or the per-position figures are
    // read without parsing the others. Old runs are split from margin_runs.result (JSON text
    // kept as written: numbers and strings unchanged), which is then dropped. CROSS JOIN keeps
    // the join order: each run's blob is parsed once, not once per account. The table has a
    // rowid now (rows of a megabyte and more do not suit WITHOUT ROWID).
    sql: `
      ALTER TABLE margin_run_accounts RENAME TO margin_run_accounts_v6;
      CREATE TABLE margin_run_accounts (
        run_id INTEGER NOT NULL REFERENCES margin_runs(id) ON DELETE CASCADE,
        account_id TEXT NOT NULL,
        ordinal INTEGER NOT NULL,
        method TEXT NOT NULL,
        rule_set_id TEXT NOT NULL,
        rule_set_version INTEGER NOT NULL,
        requirement REAL NOT NULL,
        equity REAL NOT NULL,
        headline TEXT NOT NULL,
        contributions TEXT NOT NULL,
        exclusions TEXT NOT NULL,
        result TEXT NOT NULL,
        PRIMARY KEY (run_id, account_id),
        FOREIGN KEY (rule_set_id, rule_set_version) REFERENCES rule_sets(id, version)
      );
      INSERT INTO margin_run_accounts
        (run_id, account_id, ordinal, method, rule_set_id, rule_set_version, requirement, equity, headline, contributions, exclusions, result)
      SELECT
        m.run_id, m.account_id, a.key, m.method, m.rule_set_id, m.rule_set_version, m.requirement, m.equity,
        json_set(json_remove(a.value, '$.groups', '$.excluded'), '$.groupCount', json_array_length(a.value, '$.groups'), '$.excludedCount', json_array_length(a.value, '$.excluded')),
        (SELECT json_group_array(json_array(c.value -> '$.instrument', c.value -> '$.quantity', c.value -> '$.pnl') ORDER BY g.key, c.key)
           FROM json_each(a.value, '$.groups') AS g, json_each(g.value, '$.contributions') AS c),
        (SELECT json_group_array(json_array(e.value -> '$.position', e.value -> '$.reason') ORDER BY e.key)
           FROM json_each(a.value, '$.excluded') AS e),
        a.value
      FROM margin_runs AS r
      CROSS JOIN json_each(r.result) AS a
      CROSS JOIN margin_run_accounts_v6 AS m ON m.run_id = r.id AND m.account_id = a.value ->> '$.id';
      DROP TABLE margin_run_accounts_v6;
      ALTER TABLE margin_runs DROP COLUMN result;
    `,
  },
];

export const latestSchemaVersion = migrations.reduce((v, m) => Math.max(v, m.version), 0);
