import { join } from 'node:path';
import type { PortfolioDocument } from '../../shared/portfolioDocument.ts';
import { varParametersSchema, varRulesSchema, type VarParameters, type VarRules } from '../../shared/rules/varRules.ts';
import { InputError, toInputIssues } from '../../shared/validationError.ts';
import { valueAtRisk } from '../engine/risk/startVar.ts';
import { VarHistoryError } from '../engine/risk/varHistoryError.ts';
import type { VarResult } from '../engine/risk/varResult.ts';
import { resolveBook } from '../engine/resolveBook.ts';
import { readPriceHistory } from '../importers/history/readPriceHistory.ts';
import type { CliCommand, CliContext } from './cliCommand.ts';
import { formatTable } from './formatTable.ts';
import { readFormatOption } from './readFormatOption.ts';
import { readInputFile } from './readInputFile.ts';
import { readPortfolioOption } from './readPortfolioOption.ts';

/** Command-line options that override a rule-set parameter, and the parameter each sets. */
const overrides = [
  { option: 'confidence', parameter: 'confidence', kind: 'number' },
  { option: 'horizon', parameter: 'horizonDays', kind: 'number' },
  { option: 'window', parameter: 'window', kind: 'number' },
  { option: 'method', parameter: 'method', kind: 'text' },
] as const;

/**
 * `var --input P.json --history H.csv [--confidence 0.99] [--horizon 1] [--window 500]
 * [--method M] [--rules R.json] [--format json|table]`: VaR and ES per account
 * (`../shared/spec/portfolio-document.md`), losses positive, in the account's currency.
 *
 * The history is the wide form `date,SPX,BTC,…` (ISO dates, one close column per risk factor
 * or vol index). Parameters come from the rule set (`--rules`, else
 * `resources/rules/var-default.json`: historical simulation, full revaluation); the options
 * override it. Definitions (`main/engine/risk/startVar.ts`): VaR is the ⌈N(1 − c)⌉-th largest
 * of the N scenario losses, no interpolation (500 days at 99%: the 5th largest); ES the mean of
 * the worst N(1 − c); horizons above one day use overlapping h-day moves; options age
 * `daysForward` calendar days (default the horizon) in every scenario; factors with a close
 * ≤ 0 move by absolute changes. Output: `{ method, confidence, horizonDays, observations,
 * accounts: [ { id, var, es, worstDate, … } ], … }`; invalid input exits 2 naming the file and
 * line or JSON path.
 */
export const varCommand: CliCommand = {
  name: 'var',
  usage: 'var --input P.json --history H.csv [--confidence 0.99] [--horizon 1] [--window 500] [--method M] [--rules R.json] [--format json|table]',
  summary: 'value at risk and expected shortfall per account, full revaluation over a price history',
  async run({ options, stdout, stderr, rootDir }: CliContext): Promise<number> {
    let format: 'json' | 'table';
    let document: PortfolioDocument;
    let history: { path: string; text: string };
    let parameters: VarParameters;
    let rules: VarRules;
    try {
      format = readFormatOption(options);
      document = readPortfolioOption(options);
      history = readInputFile(options, 'history');
      rules = readRules(typeof options.rules === 'string' ? options.rules : join(rootDir, 'resources', 'rules', 'var-default.json'));
      parameters = withOverrides(rules, options);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      stderr(error.message);
      return 2;
    }
    const read = readPriceHistory(history.text);
    const problems = read.errors.length > 0 || read.layout === 'wide' ? read.errors : [{ line: 1, message: `expected the wide form "date,<instrument id>,…" (one close column per instrument), found the ${read.layout} layout` }];
    if (problems.length > 0) {
      for (const e of problems) stderr(`${history.path}: line ${e.line}: ${e.message}`);
      return 2;
    }
    const book = resolveBook(document);
    const accounts = document.accounts.map((a) => ({ id: a.id, currency: a.currency ?? document.baseCurrency }));
    let result: VarResult;
    try {
      result = valueAtRisk({ book, accounts, history: read.series }, parameters);
    } catch (error) {
      if (!(error instanceof VarHistoryError)) throw error;
      stderr(`${history.path}: ${error.message}`);
      return 2;
    }
    stdout(format === 'json' ? JSON.stringify(report(result, rules), null, 2) : table(result));
    return 0;
  },
};

function readRules(path: string): VarRules {
  const { text } = readInputFile({ rules: path }, 'rules');
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new InputError(path, [{ path: '(document)', message: `not valid JSON (${(error as Error).message})` }]);
  }
  const parsed = varRulesSchema.safeParse(json);
  if (!parsed.success) throw new InputError(path, toInputIssues(parsed.error));
  return parsed.data;
}

/** The rule set's parameters with the command-line options in place; a bad option is named as `--name`. */
function withOverrides(rules: VarRules, options: Record<string, string | true>): VarParameters {
  const merged: Record<string, unknown> = { ...rules.parameters };
  for (const { option, parameter, kind } of overrides) {
    const value = options[option];
    if (value === undefined) continue;
    if (value === true) throw new InputError(`--${option}`, [{ path: '(option)', message: 'expected a value' }]);
    const number = Number(value);
    if (kind === 'number' && (value.trim() === '' || !Number.isFinite(number))) throw new InputError(`--${option}`, [{ path: '(option)', message: `expected a number, got "${value}"` }]);
    merged[parameter] = kind === 'number' ? number : value;
  }
  const parsed = varParametersSchema.safeParse(merged);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const option = overrides.find((o) => o.parameter === issue.path[0]);
  throw new InputError(option ? `--${option.option}` : 'parameters', [{ path: option ? '(option)' : String(issue.path.join('.')), message: issue.message }]);
}

/** The spec's fields first (`method`, `confidence`, `horizonDays`, `observations`, `accounts[].id/var/es/worstDate`), then the rest. */
function report(result: VarResult, rules: VarRules) {
  return {
    method: result.method,
    confidence: result.confidence,
    horizonDays: result.horizonDays,
    observations: result.observations,
    accounts: result.accounts.map((a) => ({
      id: a.id,
      var: a.var,
      es: a.es,
      worstDate: a.worstDate,
      currency: a.currency,
      worstLoss: a.worstLoss,
      observations: a.observations,
      excluded: a.excluded,
      ...(a.windows === undefined ? {} : { windows: a.windows }),
    })),
    ruleSet: { id: rules.id, effectiveDate: rules.effectiveDate },
    daysForward: result.daysForward,
    from: result.from,
    to: result.to,
    factors: result.factors,
    ...(result.windows === undefined ? {} : { windows: result.windows }),
    notes: result.notes,
  };
}

function table(result: VarResult): string {
  const title = `${result.method} VaR ${Number((result.confidence * 100).toPrecision(10))}%, ${result.horizonDays}-day, ${result.observations} observations (${result.from ?? '–'}..${result.to ?? '–'}), losses positive`;
  const rows = result.accounts.map((a) => [a.id, a.currency, a.var, a.es, a.worstDate, a.observations, a.excluded.length]);
  return [title, formatTable(['account', 'currency', 'var', 'es', 'worstDate', 'observations', 'excluded'], rows), ...result.notes.map((n) => `note: ${n}`)].join('\n');
}
