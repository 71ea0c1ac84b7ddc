import { InputError } from '../../shared/validationError.ts';
import type { CliCommand, CliContext } from './cliCommand.ts';
import { parseCliArgs } from './parseCliArgs.ts';

export function helpText(commands: readonly CliCommand[]): string {
  const width = Math.max(...commands.map((c) => c.usage.length));
  return [
    'Scanline command line: npm run -s cli -- <command> [options]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.usage.padEnd(width)}  ${c.summary}`),
    '',
    'Output is one JSON document on stdout (--format json, the default) or a table (--format table).',
    'Exit codes: 0 success, 2 invalid input (the message names the file, line or JSON path), 1 internal failure.',
  ].join('\n');
}

/** Runs one command line; returns its exit code. Errors go to stderr, results to stdout. */
export async function runCli(argv: readonly string[], io: Omit<CliContext, 'options' | 'args'>, commands: readonly CliCommand[]): Promise<number> {
  const parsed = parseCliArgs(argv);
  if (parsed.command === null || parsed.command === 'help') {
    (parsed.command === null && !parsed.options.help ? io.stderr : io.stdout)(helpText(commands));
    return parsed.command === null && !parsed.options.help ? 2 : 0;
  }
  const command = commands.find((c) => c.name === parsed.command);
  if (!command) {
    io.stderr(`unknown command "${parsed.command}"; commands: ${commands.map((c) => c.name).join(', ')} (see --help)`);
    return 2;
  }
  if (parsed.options.help) {
    io.stdout(`usage: npm run -s cli -- ${command.usage}\n${command.summary}`);
    return 0;
  }
  try {
    return await command.run({ ...io, options: parsed.options, args: parsed.args });
  } catch (error) {
    if (error instanceof InputError) {
      for (const issue of error.issues) io.stderr(`${error.source}: ${issue.path}: ${issue.message}`);
      return 2;
    }
    io.stderr(`internal failure: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return 1;
  }
}
