/** A versioned document kept in the store (rule set or scenario set), as lists show it. */
export interface VersionedEntry {
  id: string;
  version: number;
  name: string;
  kind: string;
  effectiveDate: string | null;
  createdAt: string;
  /** The stored JSON document itself. */
  document: unknown;
}
