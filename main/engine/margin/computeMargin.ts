import { marginInputFromDocument } from './marginInputFromDocument.ts';
import { marginMethods } from './marginMethods.ts';
import { runMarginMethod } from './runMarginMethod.ts';
import type { MarginMethodId, MarginResult } from '../../../shared/marginResult.ts';
import type { PortfolioDocument } from '../../../shared/portfolioDocument.ts';
import type { RuleSetDocument } from '../../../shared/rules/ruleSetDocument.ts';

/** One method on one document with one rule set: the `margin` command's and the app's result. */
export function computeMargin(doc: PortfolioDocument, method: MarginMethodId, rules: RuleSetDocument, version: number): MarginResult {
  if (rules.method !== method) throw new Error(`rule set "${rules.id}" is for ${rules.method}, not ${method}`);
  const accounts = runMarginMethod(marginMethods[method], marginInputFromDocument(doc), rules.parameters as never);
  return { method, ruleSet: { id: rules.id, version }, accounts };
}
