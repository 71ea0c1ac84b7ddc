import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { appRootDir, rendererOutDir } from '../services/defaultPaths.ts';

/** Newest modification time of any file under `dir` (0 for a missing folder). */
function newestMtime(dir: string): number {
  if (!existsSync(dir)) return 0;
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

/**
 * Builds the renderer into out/renderer with Vite when the build is missing or older than its
 * sources, so `npm start` and `npm run serve` work from a fresh clone without a separate step.
 */
export async function ensureRendererBuilt(log: (line: string) => void = () => {}): Promise<string> {
  const index = join(rendererOutDir, 'index.html');
  const sources = Math.max(newestMtime(join(appRootDir, 'renderer')), newestMtime(join(appRootDir, 'shared')));
  if (existsSync(index) && statSync(index).mtimeMs >= sources) return rendererOutDir;
  log('Building the Scanline renderer…');
  const { build } = await import('vite');
  await build({ configFile: join(appRootDir, 'vite.config.ts'), logLevel: 'warn' });
  return rendererOutDir;
}
