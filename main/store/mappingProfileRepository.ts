import type { Database } from 'better-sqlite3';
import type { MappingField, MappingProfile } from '../../shared/importResult.ts';

interface ProfileRecord {
  name: string;
  columns: string;
  updated_at: string;
}

/** Named column mappings for generic CSV files, saved for the next file of the same layout. */
export class MappingProfileRepository {
  readonly #db: Database;
  constructor(db: Database) {
    this.#db = db;
  }

  /** Every profile, the most recently saved first. */
  list(): MappingProfile[] {
    const rows = this.#db.prepare('SELECT * FROM mapping_profiles ORDER BY updated_at DESC, name').all() as ProfileRecord[];
    return rows.map(toProfile);
  }

  get(name: string): MappingProfile | null {
    const row = this.#db.prepare('SELECT * FROM mapping_profiles WHERE name = ?').get(name) as ProfileRecord | undefined;
    return row ? toProfile(row) : null;
  }

  /** Saves (or replaces) a profile under its name. */
  save(profile: MappingProfile, now: string): MappingProfile {
    this.#db
      .prepare(
        `INSERT INTO mapping_profiles (name, columns, updated_at) VALUES (?, ?, ?)
         ON CONFLICT (name) DO UPDATE SET columns = excluded.columns, updated_at = excluded.updated_at`,
      )
      .run(profile.name, JSON.stringify(profile.columns), now);
    return profile;
  }
}

function toProfile(row: ProfileRecord): MappingProfile {
  return { name: row.name, columns: JSON.parse(row.columns) as Record<string, MappingField> };
}
