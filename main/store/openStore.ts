import type { Database } from 'better-sqlite3';
import { AccountRepository } from './accountRepository.ts';
import { InstrumentRepository } from './instrumentRepository.ts';
import { MarginRunRepository } from './marginRunRepository.ts';
import { MarketDataRepository } from './marketDataRepository.ts';
import { openDatabase, type OpenOptions } from './openDatabase.ts';
import { PositionRepository } from './positionRepository.ts';
import { VersionedDocumentRepository } from './versionedDocumentRepository.ts';

/** One connection and the repositories over it. Close it when done. */
export interface Store {
  db: Database;
  accounts: AccountRepository;
  instruments: InstrumentRepository;
  positions: PositionRepository;
  marketData: MarketDataRepository;
  ruleSets: VersionedDocumentRepository;
  scenarioSets: VersionedDocumentRepository;
  marginRuns: MarginRunRepository;
  /** Runs `fn` in one transaction: all of its writes land, or none do. */
  transaction<T>(fn: () => T): T;
  close(): void;
}

export function openStore(file: string, options: OpenOptions = {}): Store {
  const db = openDatabase(file, options);
  return {
    db,
    accounts: new AccountRepository(db),
    instruments: new InstrumentRepository(db),
    positions: new PositionRepository(db),
    marketData: new MarketDataRepository(db),
    ruleSets: new VersionedDocumentRepository(db, 'rule_sets'),
    scenarioSets: new VersionedDocumentRepository(db, 'scenario_sets'),
    marginRuns: new MarginRunRepository(db),
    transaction: (fn) => db.transaction(fn)(),
    close: () => db.close(),
  };
}
