import { readFileSync } from 'node:fs';
import path from 'node:path';

const repoRoot = path.resolve(import.meta.dirname, '../../..');

/** A fixture written for these tests: `test/fixtures/brokers/<name>`. */
export function fixturePath(name: string): string {
  return path.join(repoRoot, 'test/fixtures/brokers', name);
}

export function readFixture(name: string): string {
  return readFileSync(fixturePath(name), 'utf8');
}

/** A file of the team kit (`../shared/data/brokers/<name>`), read in place (not copied). */
export function kitPath(name: string): string {
  return path.join(repoRoot, '../shared/data/brokers', name);
}

export function readKitFile(name: string): string {
  return readFileSync(kitPath(name), 'utf8');
}
