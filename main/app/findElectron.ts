import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The Electron executable's path inside an unpacked Electron folder, per platform. */
export function electronExecutableIn(dir: string, platform: NodeJS.Platform = process.platform): string {
  if (platform === 'win32') return join(dir, 'electron.exe');
  if (platform === 'darwin') return join(dir, 'Electron.app', 'Contents', 'MacOS', 'Electron');
  return join(dir, 'electron');
}

/**
 * Finds an Electron binary without importing the `electron` package (which, in plain Node,
 * tries to download one): ELECTRON_OVERRIDE_DIST_PATH first, then the package's own dist/.
 * Returns null when there is none.
 */
export function findElectron(electronPackageDir: string, env: NodeJS.ProcessEnv = process.env): string | null {
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const exe = electronExecutableIn(override);
    return existsSync(exe) ? exe : null;
  }
  const pathFile = join(electronPackageDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const exe = join(electronPackageDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(exe) ? exe : null;
}
