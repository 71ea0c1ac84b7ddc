import { marginMethodIds, type MarginMethodId, type MarginResult } from '../../shared/marginResult.ts';
import { InputError } from '../../shared/validationError.ts';
import { computeMargin } from '../engine/margin/computeMargin.ts';
import { resourcesDir } from '../services/defaultPaths.ts';
import { defaultRuleSet, readRuleSetFile } from '../services/readRuleSetFile.ts';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scenarioSetSchema } from '../../shared/scenarioSet.ts';
import { readPriceHistory } from '../importers/history/readPriceHistory.ts';
import { computeMarginWithMarket } from '../worker/computeMarginWithMarket.ts';
import type { MarginMarket } from '../worker/readMarginMarket.ts';
import type { CliCommand } from './cliCommand.ts';
import { readInputFile } from './readInputFile.ts';
import { formatTable } from './formatTable.ts';
import { readFormatOption } from './readFormatOption.ts';
import { readPortfolioOption } from './readPortfolioOption.ts';

/**
 * `margin --input P.json --method M [--rules R.json]`: the requirement per account with its
 * explanation (components, groups, worst scenario, each position's part in it, exclusions), in
 * the shape of `../shared/spec/portfolio-document.md`. Without --rules, the method's default
 * rule set from resources/rules/ (version 1, as first seeded into the app). `var` and `house`
 * also read `--history H.csv` (wide form `date,<series>,…`, as the `var` command; `X.volume`
 * columns are volumes) and `house` the scenario library of resources/scenarios/.
 */
export const marginCommand: CliCommand = {
  name: 'margin',
  usage: `margin --input P.json --method ${marginMethodIds.join('|')} [--rules R.json] [--history H.csv (var, house)] [--format json|table]`,
  summary: 'margin requirement per account, with its explanation',
  async run({ options, stdout }) {
    const format = readFormatOption(options);
    const method = options.method;
    if (typeof method !== 'string' || !(marginMethodIds as readonly string[]).includes(method)) {
      throw new InputError('--method', [{ path: '(option)', message: `expected one of ${marginMethodIds.join(', ')}` }]);
    }
    const doc = readPortfolioOption(options);
    const rulesPath = options.rules;
    if (rulesPath === true) throw new InputError('--rules', [{ path: '(option)', message: 'expected a rule-set file path' }]);
    const rules = rulesPath === undefined ? defaultRuleSet(resourcesDir, method) : readRuleSetFile(rulesPath);
    if (!rules) throw new Error(`no default rule set for ${method} in resources/rules`);
    if (rules.method !== method) throw new InputError(rulesPath ?? 'rules', [{ path: 'method', message: `the rule set is for ${rules.method}, not ${method}` }]);
    const version = rulesPath === undefined ? 1 : ((rules as { version?: number }).version ?? 1);
    const result =
      method === 'var' || method === 'house' ? computeMarginWithMarket(doc, method, rules, version, readMarket(options)) : computeMargin(doc, method as MarginMethodId, rules, version);
    stdout(format === 'json' ? JSON.stringify(result, null, 2) : marginTable(result));
    return 0;
  },
};

function marginTable(result: MarginResult): string {
  const components = [...new Set(result.accounts.flatMap((a) => Object.keys(a.components)))];
  const head = `${result.method} · rule set ${result.ruleSet.id} v${result.ruleSet.version}`;
  const accounts = formatTable(
    ['account', 'currency', 'requirement', 'initial', 'maintenance', 'equity', 'excess', ...components, 'excluded'],
    result.accounts.map((a) => [a.id, a.currency, a.requirement, a.initial, a.maintenance, a.equity, a.excess, ...components.map((c) => a.components[c] ?? null), a.excluded.length]),
  );
  const groups = formatTable(
    ['account', 'group', 'requirement', 'worst scenario', 'loss'],
    result.accounts.flatMap((a) => a.groups.map((g) => [a.id, g.id, g.requirement, g.worstScenario?.id ?? '', g.worstScenario?.loss ?? null])),
  );
  const excluded = result.accounts.flatMap((a) => a.excluded.map((e) => `  ${a.id} ${e.instrument}: ${e.reason}`));
  return [head, '', accounts, '', groups, ...(excluded.length ? ['', 'Excluded:', ...excluded] : [])].join('\n');
}

/** The `--history` file and the resources' scenario library, for `var` and `house`. */
function readMarket(options: Record<string, string | true>): MarginMarket {
  const file = readInputFile(options, 'history');
  const read = readPriceHistory(file.text);
  if (read.errors.length > 0) throw new InputError(file.path, read.errors.map((e) => ({ path: `line ${e.line}`, message: e.message })));
  const dir = join(resourcesDir, 'scenarios');
  const scenarioSets = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => scenarioSetSchema.parse(JSON.parse(readFileSync(join(dir, f), 'utf8'))));
  return { history: read.series, scenarioSets };
}
