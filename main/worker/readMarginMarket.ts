import type { MarginMethodId } from '../../shared/marginResult.ts';
import { scenarioSetSchema, type ScenarioSet as ScenarioSetDocument } from '../../shared/scenarioSet.ts';
import type { PriceSeries } from '../engine/risk/priceSeries.ts';
import type { Store } from '../store/openStore.ts';

/** The market data the history-based margin methods read besides the book. */
export interface MarginMarket {
  history: PriceSeries[];
  scenarioSets: ScenarioSetDocument[];
}

/** Methods that read price history and the stress library. */
const marketMethods: readonly MarginMethodId[] = ['var', 'house'];

/**
 * Every series of `price_history` (oldest first) and the newest version of every scenario set
 * that validates, in one read transaction; undefined when none of `methods` reads them, so the
 * other methods' runs do not pay for it.
 */
export function readMarginMarket(store: Store, methods: readonly MarginMethodId[]): MarginMarket | undefined {
  if (!methods.some((m) => marketMethods.includes(m))) return undefined;
  return store.transaction(() => ({
    history: store.marketData.seriesList().map(({ series }) => {
      const closes = store.marketData.closes(series);
      return { id: series, dates: closes.map((c) => c.date), closes: Float64Array.from(closes, (c) => c.close) };
    }),
    scenarioSets: store.scenarioSets.listLatest().flatMap((entry) => {
      const parsed = scenarioSetSchema.safeParse(entry.document);
      return parsed.success ? [parsed.data] : [];
    }),
  }));
}
