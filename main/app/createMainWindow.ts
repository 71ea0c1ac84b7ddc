import type { BrowserWindow, BrowserWindowConstructorOptions, WebContents } from 'electron';
import { appOrigin, isAppUrl } from './appProtocol.ts';

/** The one window's options: isolated, sandboxed, no Node in the page, our preload only. */
export function mainWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1440,
    height: 900,
    minWidth: 960,
    minHeight: 600,
    title: 'Scanline',
    show: false,
    backgroundColor: '#f5f6f8',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
    },
  };
}

/** No navigation away from the app and no new windows, whatever the page tries. */
export function lockDownNavigation(contents: Pick<WebContents, 'on' | 'setWindowOpenHandler'>): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

export function createMainWindow(Window: typeof BrowserWindow, preloadPath: string): BrowserWindow {
  const win = new Window(mainWindowOptions(preloadPath));
  lockDownNavigation(win.webContents);
  win.once('ready-to-show', () => win.show());
  void win.loadURL(`${appOrigin}/index.html`);
  return win;
}
