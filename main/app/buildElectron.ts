import { build } from 'esbuild';
import { join } from 'node:path';
import { appRootDir } from '../services/defaultPaths.ts';

/**
 * Bundles the Electron main process, the preload (sandboxed preloads must be one CommonJS file)
 * and the engine worker into out/main/. better-sqlite3 stays external (native, unpacked).
 */
export async function buildElectron(): Promise<string> {
  const outDir = join(appRootDir, 'out', 'main');
  const entries: [string, string][] = [
    ['main/app/electronMain.ts', 'electron-main.cjs'],
    ['main/app/preload.ts', 'preload.cjs'],
    ['main/worker/engineWorker.ts', 'engine-worker.cjs'],
    ['main/worker/revalueSliceWorker.ts', 'revalue-worker.cjs'],
  ];
  await Promise.all(
    entries.map(([entry, out]) =>
      build({
        entryPoints: [join(appRootDir, entry)],
        outfile: join(outDir, out),
        bundle: true,
        platform: 'node',
        format: 'cjs',
        target: 'node22',
        external: ['electron', 'better-sqlite3'],
        sourcemap: 'linked',
        logLevel: 'warning',
      }),
    ),
  );
  return outDir;
}
