import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import type { CliCommand } from '../../../main/cli/cliCommand.ts';

/** A temporary folder for a test file's inputs, deleted after its tests; `file` writes one (JSON unless a string). */
export function scratchFolder(prefix: string): { folder: string; file: (name: string, content: unknown) => string } {
  const folder = mkdtempSync(path.join(tmpdir(), prefix));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  return {
    folder,
    file: (name, content) => {
      const target = path.join(folder, name);
      writeFileSync(target, typeof content === 'string' ? content : JSON.stringify(content));
      return target;
    },
  };
}

/** Runs one command with parsed options, collecting what it prints and its exit code. */
export async function runCommand(command: CliCommand, options: Record<string, string | true>, rootDir = process.cwd()) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await command.run({ options, args: [], stdout: (t) => out.push(t), stderr: (t) => err.push(t), rootDir });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}
