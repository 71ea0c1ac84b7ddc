import type { InputIssue } from '../../shared/validationError.ts';
import type { ScenarioRow } from './scenarioRows.ts';

/** "row 3 (px-10) shocks[0].price.value: expected a price move": a document path in the editor's terms. */
export function describeIssue(issue: InputIssue, rows: readonly ScenarioRow[]): string {
  const match = /^scenarios\[(\d+)\]\.?(.*)$/.exec(issue.path);
  if (!match) return `${issue.path}: ${issue.message}`;
  const index = Number(match[1]);
  const where = `row ${index + 1} (${rows[index]?.id ?? '?'})`;
  return `${where}${match[2] ? ` ${match[2]}` : ''}: ${issue.message}`;
}
