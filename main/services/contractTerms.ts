import type { ImportedInstrument } from '../../shared/importResult.ts';

/** The fields that define a contract (a price or vol may change; these may not, silently). */
export const contractTerms = ['kind', 'underlying', 'expiry', 'strike', 'right', 'multiplier', 'settlement', 'settlementTime', 'exercise', 'currency'] as const;
export type ContractTerm = (typeof contractTerms)[number];

export interface TermDifference {
  field: ContractTerm;
  from: unknown;
  to: unknown;
}

/** The contract terms two descriptions of one instrument both give and disagree on. */
export function contractTermDifferences(a: Partial<ImportedInstrument>, b: Partial<ImportedInstrument>): TermDifference[] {
  const differences: TermDifference[] = [];
  for (const field of contractTerms) {
    const from = a[field];
    const to = b[field];
    if (from !== undefined && to !== undefined && from !== to) differences.push({ field, from, to });
  }
  return differences;
}
