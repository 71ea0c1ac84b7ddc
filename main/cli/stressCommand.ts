import type { PortfolioDocument } from '../../shared/portfolioDocument.ts';
import { scenarioSetSchema, type ScenarioSet } from '../../shared/scenarioSet.ts';
import { InputError, toInputIssues } from '../../shared/validationError.ts';
import { addAccountPnl } from '../engine/risk/addAccountPnl.ts';
import { selectPositions } from '../engine/risk/positionSelection.ts';
import { resolveBook } from '../engine/resolveBook.ts';
import { scenariosFromDocument } from '../engine/scenariosFromDocument.ts';
import type { CliCommand, CliContext } from './cliCommand.ts';
import { formatTable } from './formatTable.ts';
import { readFormatOption } from './readFormatOption.ts';
import { readInputFile } from './readInputFile.ts';
import { readPortfolioOption } from './readPortfolioOption.ts';

/**
 * `stress --input P.json --scenarios S.json [--format json|table]`: the P&L of every account
 * under every scenario of a scenario-set document (`scanline.scenarios/1`), positive for gains,
 * in the account's currency, by full revaluation (`addAccountPnl`). Output
 * (`../shared/spec/portfolio-document.md`): `{ scenarioSet: { id, version }, accounts: [ { id,
 * scenarios: [ { id, pnl } ], worst: { id, pnl } } ] }`, plus each account's currency and
 * excluded positions (unvalued, or settling in another currency) and `warnings` for targets the
 * book does not hold. `version` is the document's own `version` number when it carries one,
 * else null (a file is not a versioned library entry). `worst` is the lowest P&L, the first
 * such scenario on a tie.
 */
export const stressCommand: CliCommand = {
  name: 'stress',
  usage: 'stress --input P.json --scenarios S.json [--format json|table]',
  summary: 'P&L of every account under every scenario of a scenario set, full revaluation',
  async run({ options, stdout, stderr }: CliContext): Promise<number> {
    let format: 'json' | 'table';
    let document: PortfolioDocument;
    let set: { document: ScenarioSet; version: number | null };
    try {
      format = readFormatOption(options);
      document = readPortfolioOption(options);
      set = readScenarioSet(readInputFile(options, 'scenarios'));
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      stderr(error.message);
      return 2;
    }
    const book = resolveBook(document);
    const accounts = document.accounts.map((a) => ({ id: a.id, currency: a.currency ?? document.baseCurrency }));
    const { scenarios, warnings } = scenariosFromDocument(set.document, book);
    const selection = selectPositions(book, accounts);
    const pnl = accounts.map(() => new Float64Array(scenarios.count));
    addAccountPnl(book, selection.account, scenarios, pnl, 0);
    const ids = set.document.scenarios.map((s) => s.id);
    const result = {
      scenarioSet: { id: set.document.id, version: set.version },
      accounts: accounts.map((account, a) => {
        const values = pnl[a]!;
        let worst = 0;
        for (let s = 1; s < values.length; s++) if (values[s]! < values[worst]!) worst = s;
        return {
          id: account.id,
          scenarios: ids.map((id, s) => ({ id, pnl: values[s]! })),
          worst: { id: ids[worst]!, pnl: values[worst]! },
          currency: account.currency,
          excluded: selection.excluded[a]!,
        };
      }),
      warnings,
    };
    stdout(format === 'json' ? JSON.stringify(result, null, 2) : table(result.accounts, ids));
    return 0;
  },
};

function readScenarioSet(file: { path: string; text: string }): { document: ScenarioSet; version: number | null } {
  let json: unknown;
  try {
    json = JSON.parse(file.text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new InputError(file.path, [{ path: '(document)', message: `not valid JSON (${(error as Error).message})` }]);
  }
  const parsed = scenarioSetSchema.safeParse(json);
  if (!parsed.success) throw new InputError(file.path, toInputIssues(parsed.error));
  const version = (json as { version?: unknown }).version;
  return { document: parsed.data, version: typeof version === 'number' ? version : null };
}

function table(accounts: { id: string; currency: string; scenarios: { pnl: number }[] }[], ids: readonly string[]): string {
  const rows = ids.map((id, s) => [id, ...accounts.map((a) => a.scenarios[s]!.pnl)]);
  return ['P&L per scenario, gains positive', formatTable(['scenario', ...accounts.map((a) => `${a.id} (${a.currency})`)], rows)].join('\n');
}
