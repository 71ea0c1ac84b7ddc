import { appRootDir } from '../services/defaultPaths.ts';
import { cliCommands } from './cliCommands.ts';
import { runCli } from './runCli.ts';

/** Entry of `npm run -s cli -- <command>`. */
const code = await runCli(
  process.argv.slice(2),
  {
    stdout: (text) => process.stdout.write(`${text}\n`),
    stderr: (text) => process.stderr.write(`${text}\n`),
    rootDir: appRootDir,
  },
  cliCommands,
);
process.exitCode = code;
