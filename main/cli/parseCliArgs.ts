export interface ParsedArgs {
  command: string | null;
  args: string[];
  options: Record<string, string | true>;
}

/**
 * `price --input P.json --format=table -v` → command "price", options {input, format, v: true}.
 * A word after `--name` is its value unless it is itself an option.
 */
export function parseCliArgs(argv: readonly string[]): ParsedArgs {
  const options: Record<string, string | true> = {};
  const args: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i]!;
    if (word === '-h') options.help = true;
    else if (word.startsWith('--') && word.length > 2) {
      const eq = word.indexOf('=');
      if (eq > 0) options[word.slice(2, eq)] = word.slice(eq + 1);
      else {
        const next = argv[i + 1];
        if (next !== undefined && !next.startsWith('--')) {
          options[word.slice(2)] = next;
          i++;
        } else options[word.slice(2)] = true;
      }
    } else args.push(word);
  }
  return { command: args.shift() ?? null, args, options };
}
