import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

/** The repository (or unpacked app) folder: main/services/ is two levels below it. */
export const appRootDir = resolve(import.meta.dirname, '..', '..');
export const resourcesDir = join(appRootDir, 'resources');
export const rendererOutDir = join(appRootDir, 'out', 'renderer');

/**
 * The folder Electron calls `userData` for an app named Scanline, computed without Electron so
 * that browser mode and the command line open the same database as the desktop app.
 */
export function userDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Scanline');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Scanline');
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'Scanline');
}

/** The book database: `SCANLINE_DB` when set, else `scanline.db` in the user-data folder. */
export function defaultDbFile(env: NodeJS.ProcessEnv = process.env): string {
  return env.SCANLINE_DB ?? join(userDataDir(env), 'scanline.db');
}
