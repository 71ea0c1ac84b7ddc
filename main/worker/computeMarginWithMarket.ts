import type { MarginMethodId, MarginResult } from '../../shared/marginResult.ts';
import type { PortfolioDocument } from '../../shared/portfolioDocument.ts';
import type { RuleSetDocument } from '../../shared/rules/ruleSetDocument.ts';
import { marginInputFromDocument } from '../engine/margin/marginInputFromDocument.ts';
import { marginMethods } from '../engine/margin/marginMethods.ts';
import { runMarginMethod } from '../engine/margin/runMarginMethod.ts';
import type { MarginMarket } from './readMarginMarket.ts';

/** `computeMargin` with the price history and stress library the `var` and `house` methods read. */
export function computeMarginWithMarket(doc: PortfolioDocument, method: MarginMethodId, rules: RuleSetDocument, version: number, market: MarginMarket | undefined): MarginResult {
  if (rules.method !== method) throw new Error(`rule set "${rules.id}" is for ${rules.method}, not ${method}`);
  const accounts = runMarginMethod(marginMethods[method], { ...marginInputFromDocument(doc), ...market }, rules.parameters as never);
  return { method, ruleSet: { id: rules.id, version }, accounts };
}
