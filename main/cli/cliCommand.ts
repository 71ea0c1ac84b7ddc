/** What a command line command gets: its parsed options and the streams to write to. */
export interface CliContext {
  /** `--name value` options (repeated names keep the last); flags without a value are `true`. */
  options: Record<string, string | true>;
  /** Positional words after the command name. */
  args: string[];
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** The repository folder, for `resources/` defaults. */
  rootDir: string;
}

/** One `npm run -s cli -- <name>` command. Returns the exit code: 0 ok, 2 invalid input, 1 internal failure. */
export interface CliCommand {
  name: string;
  usage: string;
  summary: string;
  run(context: CliContext): Promise<number>;
}
