import type { CliCommand } from './cliCommand.ts';
import { exportCommand } from './exportCommand.ts';
import { marginCommand } from './marginCommand.ts';
import { importCommand } from './importCommand.ts';
import { priceCommand } from './priceCommand.ts';
import { stressCommand } from './stressCommand.ts';
import { varCommand } from './varCommand.ts';
import { validateCommand } from './validateCommand.ts';

/** Every command of `npm run -s cli -- <command>`, in the order `--help` lists them. */
export const cliCommands: readonly CliCommand[] = [validateCommand, priceCommand, marginCommand, stressCommand, varCommand, importCommand, exportCommand];
