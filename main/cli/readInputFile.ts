import { readFileSync } from 'node:fs';
import { InputError } from '../../shared/validationError.ts';

/** Reads the file named by a required `--name PATH` option, or throws an InputError saying why not. */
export function readInputFile(options: Record<string, string | true>, name: string): { path: string; text: string } {
  const path = options[name];
  if (typeof path !== 'string') throw new InputError(`--${name}`, [{ path: '(option)', message: 'expected a file path' }]);
  try {
    return { path, text: readFileSync(path, 'utf8') };
  } catch (error) {
    throw new InputError(path, [{ path: '(file)', message: `cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})` }]);
  }
}
