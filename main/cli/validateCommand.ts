import { parsePortfolioDocument } from '../../shared/portfolioDocument.ts';
import type { CliCommand } from './cliCommand.ts';
import { readInputFile } from './readInputFile.ts';

/** `validate --input P.json`: checks a portfolio document and names every problem by JSON path. */
export const validateCommand: CliCommand = {
  name: 'validate',
  usage: 'validate --input P.json',
  summary: 'check a portfolio document (scanline.portfolio/1); every problem is named by its JSON path',
  async run({ options, stdout, stderr }) {
    const { path, text } = readInputFile(options, 'input');
    let json: unknown;
    try {
      json = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (error) {
      stderr(`${path}: not valid JSON (${(error as Error).message})`);
      return 2;
    }
    const parsed = parsePortfolioDocument(json);
    if (!parsed.ok) {
      for (const issue of parsed.issues) stderr(`${path}: ${issue.path}: ${issue.message}`);
      stdout(JSON.stringify({ valid: false, errors: parsed.issues }, null, 2));
      return 2;
    }
    const doc = parsed.value;
    stdout(JSON.stringify({ valid: true, accounts: doc.accounts.length, instruments: doc.instruments.length, positions: doc.positions.length }, null, 2));
    return 0;
  },
};
