import type { Instrument } from '../../../shared/instrument.ts';
import type { AccountMarginResult, MarginMethodId } from '../../../shared/marginResult.ts';
import type { Position } from '../../../shared/portfolioDocument.ts';
import type { ScenarioSet as ScenarioSetDocument } from '../../../shared/scenarioSet.ts';
import type { PriceSeries } from '../risk/priceSeries.ts';
import type { ResolvedBook } from '../resolvedBook.ts';

/** Everything a margin method reads: the resolved book and the document it came from. */
export interface MarginInput {
  asOf: string;
  book: ResolvedBook;
  /** The source document's instruments and positions (kind, class, leverage, price, riskArray…). */
  instruments: readonly Instrument[];
  positions: readonly Position[];
  accounts: readonly { id: string; currency: string; equity: number }[];
  /** Price histories (closes; `X.volume` series carry volumes) for the history-based methods (`var`, `house`); absent: none. */
  history?: readonly PriceSeries[];
  /** Stress-library scenario sets the `house` method may name; absent: none. */
  scenarioSets?: readonly ScenarioSetDocument[];
}

/** What a method returns per account; `runMarginMethod` adds equity, excess and the rule-set id. */
export type MethodAccountResult = Omit<AccountMarginResult, 'equity' | 'excess' | 'requirement'>;

/**
 * One margin method (QuantLib's instrument / pricing-engine split): typed parameters in (the
 * `parameters` of its rule set), typed result out, so methods can be swapped and compared.
 */
export interface MarginMethod<Parameters> {
  id: MarginMethodId;
  /** The component names of the spec, in report order. */
  components: readonly string[];
  compute(input: MarginInput, parameters: Parameters): MethodAccountResult[];
}
