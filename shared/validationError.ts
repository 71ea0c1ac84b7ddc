import type { z } from 'zod';
import { formatIssuePath } from './issuePath.ts';

/** One problem in an input document, located by its JSON path (`positions[3].quantity`). */
export interface InputIssue {
  path: string;
  message: string;
}

/** Turns zod issues into `path: message` pairs, one per problem, in document order. */
export function toInputIssues(error: z.ZodError): InputIssue[] {
  return error.issues.map((issue) => ({ path: formatIssuePath(issue.path), message: issue.message }));
}

/** Thrown when a document or request fails validation; `issues` lists every problem found. */
export class InputError extends Error {
  /** The file, option or request the issues are in. */
  readonly source: string;
  readonly issues: InputIssue[];
  constructor(source: string, issues: InputIssue[]) {
    super(`${source}: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
    this.name = 'InputError';
    this.source = source;
    this.issues = issues;
  }
}
