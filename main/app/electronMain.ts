import { app, BrowserWindow, ipcMain, protocol, session } from 'electron';
import { join, sep } from 'node:path';
import { createServices, type Services } from '../services/createServices.ts';
import { appScheme, handleAppProtocol, isAppUrl } from './appProtocol.ts';
import { eventChannel } from './channels.ts';
import { createMainWindow } from './createMainWindow.ts';
import { registerIpc } from './registerIpc.ts';

/**
 * The desktop app's main process (bundled to out/main/electron-main.cjs): services, engine
 * worker and SQLite in the user-data folder, one secure window, one IPC handler.
 */
const bundleDir = __dirname;
// Packaged, the worker bundle is unpacked beside the asar archive and resources/ sits in the
// app's resources folder (electron-builder.yml); in development both are in the repository.
const workerDir = bundleDir.replace(`app.asar${sep}`, `app.asar.unpacked${sep}`);
const resourcesDir = app.isPackaged ? join(process.resourcesPath, 'resources') : join(app.getAppPath(), 'resources');

protocol.registerSchemesAsPrivileged([{ scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

if (!app.requestSingleInstanceLock()) app.quit();

let services: Services | null = null;

app.on('web-contents-created', (_event, contents) => {
  contents.on('will-attach-webview', (event) => event.preventDefault());
});

app.whenReady().then(() => {
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  handleAppProtocol(protocol, join(app.getAppPath(), 'out', 'renderer'));
  services = createServices({
    dbFile: process.env.SCANLINE_DB ?? join(app.getPath('userData'), 'scanline.db'),
    resourcesDir,
    workerEntry: join(workerDir, 'engine-worker.cjs'),
    revalueEntry: join(workerDir, 'revalue-worker.cjs'),
  });
  registerIpc(ipcMain, services.api, isAppUrl);
  const win = createMainWindow(BrowserWindow, join(bundleDir, 'preload.cjs'));
  services.events.onAny((event, payload) => {
    if (!win.isDestroyed()) win.webContents.send(eventChannel, event, payload);
  });
}, (error: unknown) => {
  console.error(error);
  app.exit(1);
});

app.on('second-instance', () => BrowserWindow.getAllWindows()[0]?.focus());
app.on('window-all-closed', () => app.quit());
app.on('will-quit', (event) => {
  if (!services) return;
  event.preventDefault();
  const closing = services;
  services = null;
  void closing.close().finally(() => app.quit());
});
