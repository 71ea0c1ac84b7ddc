import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, dirname, join } from 'node:path';
import { appRootDir } from '../services/defaultPaths.ts';
import { serveBrowserMode, stopOnSignals } from '../web/serve.ts';
import { ensureRendererBuilt } from '../web/ensureRendererBuilt.ts';
import { buildElectron } from './buildElectron.ts';
import { electronExecutableIn, findElectron } from './findElectron.ts';

/**
 * `npm start`: the desktop app where an Electron binary can be had; otherwise the same app in
 * browser mode, said plainly, opening Chromium when one is installed.
 */
const electronDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
const electronVersion = (createRequire(import.meta.url)('electron/package.json') as { version: string }).version;
const forceBrowser = process.argv.includes('--browser');

let electron = forceBrowser ? null : findElectron(electronDir);
if (!electron && !forceBrowser && !process.env.ELECTRON_OVERRIDE_DIST_PATH) {
  process.stderr.write('Fetching the Electron binary (first launch)…\n');
  const download = spawnSync(process.execPath, [join(electronDir, 'install.js')], { stdio: ['ignore', 'ignore', 'pipe'], timeout: 120_000 });
  electron = download.status === 0 ? findElectron(electronDir) : null;
}

if (electron) {
  await ensureRendererBuilt((line) => process.stderr.write(`${line}\n`));
  await buildElectron();
  const child = spawn(electron, [appRootDir], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  if (!forceBrowser) {
    const where = process.env.ELECTRON_OVERRIDE_DIST_PATH
      ? `ELECTRON_OVERRIDE_DIST_PATH points at ${process.env.ELECTRON_OVERRIDE_DIST_PATH}, but ${electronExecutableIn(process.env.ELECTRON_OVERRIDE_DIST_PATH)} does not exist.`
      : `Electron ${electronVersion} is not installed and its binary could not be downloaded (this machine has no internet access, or the download was blocked).`;
    process.stderr.write(
      `\n${where} Scanline is starting in browser mode instead: the same workstation, services, engine and database, ` +
        `served only to this computer at the address below. To run the desktop window offline, unpack Electron ${electronVersion} ` +
        `for your platform (electron-v${electronVersion}-${process.platform}-${process.arch}.zip) into a folder and start with ` +
        `ELECTRON_OVERRIDE_DIST_PATH=/path/to/that/folder npm start.\n\n`,
    );
  }
  const stop = await serveBrowserMode({
    onReady: (server) => {
      process.stdout.write(`Scanline is running at ${server.url}\n`);
      openBrowser(server.url);
    },
  });
  stopOnSignals(stop);
}

function openBrowser(url: string): void {
  const names = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];
  const found = names.map((n) => (process.env.PATH ?? '').split(delimiter).map((d) => join(d, n)).find(existsSync)).find(Boolean);
  if (!found) {
    process.stderr.write('No Chromium found: open the address above in your browser.\n');
    return;
  }
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    process.stderr.write('No display: open the address above in a browser.\n');
    return;
  }
  spawn(found, [`--app=${url}`, '--no-first-run', '--disable-background-networking', '--disable-sync'], { stdio: 'ignore', detached: true }).unref();
}
