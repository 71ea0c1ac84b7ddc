import type { MarginMethodId } from './marginResult.ts';
import type { PositionGreeks } from './positionAnalytics.ts';

/** One account's requirement under one method, on the book and on the book with the changes. */
export interface WhatIfAccountMargin {
  account: string;
  currency: string;
  before: number;
  after: number;
  /** after − before. */
  change: number;
  /** True for the method the account is margined by. */
  assigned: boolean;
}

/** A position the changes add or touch (its quantity, or its instrument's price or vol), valued with them. */
export interface WhatIfPosition extends PositionGreeks {
  account: string;
  instrument: string;
}

/** A what-if preview: every method with a rule set, every account; the book itself is untouched. */
export interface WhatIfResult {
  bookVersion: number;
  elapsedMs: number;
  methods: { method: MarginMethodId; accounts: WhatIfAccountMargin[] }[];
  positions: WhatIfPosition[];
}
