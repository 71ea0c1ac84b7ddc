import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../main/store/migrate.ts';
import { UiStateRepository } from '../../../main/store/uiStateRepository.ts';

describe('UiStateRepository', () => {
  it('round-trips JSON values by key, replaces and deletes them', () => {
    const db = new Database(':memory:');
    migrate(db);
    const repo = new UiStateRepository(db);
    expect(repo.all()).toEqual({});
    const columns = [{ colId: 'account', width: 140, sort: 'asc', hide: false }];
    repo.set('grid.margin.columns', columns, '2025-01-02T00:00:00Z');
    repo.set('shell.theme', 'dark', '2025-01-02T00:00:00Z');
    repo.set('shell.theme', 'light', '2025-01-02T00:00:01Z');
    expect(repo.all()).toEqual({ 'grid.margin.columns': columns, 'shell.theme': 'light' });
    expect(repo.count()).toBe(2);
    expect(repo.has('shell.theme')).toBe(true);
    repo.delete('shell.theme');
    expect(repo.has('shell.theme')).toBe(false);
    expect(repo.all()).toEqual({ 'grid.margin.columns': columns });
    db.close();
  });

  it('a database upgraded from version 5 keeps its state table empty and usable', () => {
    const db = new Database(':memory:');
    migrate(db, 5);
    migrate(db);
    const repo = new UiStateRepository(db);
    repo.set('shell.lastPage', 'margin', 'now');
    expect(repo.all()).toEqual({ 'shell.lastPage': 'margin' });
    db.close();
  });
});
