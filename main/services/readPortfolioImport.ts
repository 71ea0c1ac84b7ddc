import type { RowError } from '../../shared/importResult.ts';
import { parsePortfolioDocument, type PortfolioDocument } from '../../shared/portfolioDocument.ts';
import { jsonElementLines, jsonErrorLine } from '../importers/text/jsonElementLines.ts';

export interface PortfolioImport {
  document: PortfolioDocument | null;
  /** Every problem, at the line its JSON path starts on, the path as the field. */
  errors: RowError[];
  /** The line of each position (same order as `document.positions`). */
  positionLines: number[];
}

/** Whether a text is a portfolio document (`"format": "scanline.portfolio/1"`). */
export function isPortfolioDocument(text: string): boolean {
  return /^\s*\{/.test(text) && /"format"\s*:\s*"scanline\.portfolio\/1"/.test(text);
}

/** Reads a portfolio document as the import does: every schema problem becomes a line error. */
export function readPortfolioImport(text: string): PortfolioImport {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    return { document: null, errors: [{ line: jsonErrorLine(text, message), message: `not valid JSON (${message})` }], positionLines: [] };
  }
  const lineOf = elementLineFinder(text, json);
  const parsed = parsePortfolioDocument(json);
  if (!parsed.ok) {
    const errors = parsed.issues.map((issue) => ({ line: lineOf(issue.path), field: issue.path, message: `${issue.path}: ${issue.message}` }));
    return { document: null, errors: errors.sort((a, b) => a.line - b.line), positionLines: [] };
  }
  return { document: parsed.value, errors: [], positionLines: parsed.value.positions.map((_, index) => lineOf(`positions[${index}]`)) };
}

/**
 * The line an element of a top-level array starts on (`positions[3].quantity` → the line of
 * positions[3]); line 1 for anything else. Top-level arrays' elements come in key order.
 */
function elementLineFinder(text: string, json: unknown): (path: string) => number {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) return () => 1;
  const lines = jsonElementLines(text, 2);
  const offsets = new Map<string, number>();
  let offset = 0;
  for (const [key, value] of Object.entries(json)) {
    if (!Array.isArray(value)) continue;
    offsets.set(key, offset);
    offset += value.length;
  }
  return (path) => {
    const match = /^([A-Za-z_$][\w$]*)\[(\d+)\]/.exec(path);
    const start = match ? offsets.get(match[1] ?? '') : undefined;
    return start === undefined ? 1 : (lines[start + Number(match?.[2])] ?? 1);
  };
}
