import type { CliCommand } from './cliCommand.ts';
import { exportCommand } from './exportCommand.ts';
import { priceCommand } from './priceCommand.ts';
import { validateCommand } from './validateCommand.ts';

/** Every command of `npm run -s cli -- <command>`, in the order `--help` lists them. */
export const cliCommands: readonly CliCommand[] = [validateCommand, priceCommand, exportCommand];
