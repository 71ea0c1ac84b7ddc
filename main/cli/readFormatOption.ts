import { InputError } from '../../shared/validationError.ts';

/** `--format json|table` (json when absent). */
export function readFormatOption(options: Record<string, string | true>): 'json' | 'table' {
  const format = options.format ?? 'json';
  if (format === 'json' || format === 'table') return format;
  throw new InputError('--format', [{ path: '(option)', message: `expected json or table, got ${String(format)}` }]);
}
