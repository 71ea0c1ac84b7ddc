import { readPortfolioDocument, type PortfolioDocument } from '../../shared/portfolioDocument.ts';
import { readInputFile } from './readInputFile.ts';

/** The portfolio document named by `--name` (default `--input`); throws an InputError naming file and JSON paths. */
export function readPortfolioOption(options: Record<string, string | true>, name = 'input'): PortfolioDocument {
  const { path, text } = readInputFile(options, name);
  return readPortfolioDocument(text, path);
}
