import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseRuleSetDocument, type RuleSetDocument } from '../../shared/rules/ruleSetDocument.ts';
import { InputError } from '../../shared/validationError.ts';

/** A rule-set file (`scanline.rules/1`), validated by its method's schema; errors name file and path. */
export function readRuleSetFile(path: string): RuleSetDocument {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(path, [{ path: code ? '(file)' : '(document)', message: code ? `cannot be read (${code})` : `not valid JSON (${(error as Error).message})` }]);
  }
  const parsed = parseRuleSetDocument(json);
  if (!parsed.ok) throw new InputError(path, parsed.issues);
  return parsed.value;
}

/** The shipped default rule set of a method: the first file in `resources/rules/` for it. */
export function defaultRuleSet(resourcesDir: string, method: string): RuleSetDocument | null {
  const dir = join(resourcesDir, 'rules');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const rules = readRuleSetFile(join(dir, file));
    if (rules.method === method) return rules;
  }
  return null;
}
