import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { IpcMainInvokeEvent } from 'electron';

/** A fake of the parts of Electron the shell touches, recording what the shell asked of it. */
const fake = vi.hoisted(() => {
  const handlers = new Map<string, (...args: unknown[]) => unknown>();
  const appListeners = new Map<string, (...args: unknown[]) => void>();
  const windows: { options: Record<string, unknown>; url: string | null; contents: { listeners: Map<string, (...args: unknown[]) => void>; openHandler: (() => unknown) | null; sent: unknown[][] } }[] = [];
  let protocolHandler: ((request: Request) => Promise<Response>) | null = null;
  let permissionHandler: ((wc: unknown, permission: string, callback: (ok: boolean) => void) => void) | null = null;
  const exposed = new Map<string, unknown>();
  const rendererListeners: ((...args: unknown[]) => void)[] = [];
  const invokes: unknown[][] = [];
  class BrowserWindow {
    static getAllWindows = () => [];
    webContents: (typeof windows)[number]['contents'];
    record: (typeof windows)[number];
    constructor(options: Record<string, unknown>) {
      this.webContents = { listeners: new Map(), openHandler: null, sent: [] };
      const contents = this.webContents as unknown as Record<string, unknown>;
      contents.on = (name: string, fn: (...args: unknown[]) => void) => this.webContents.listeners.set(name, fn);
      contents.setWindowOpenHandler = (fn: () => unknown) => (this.webContents.openHandler = fn);
      contents.send = (...args: unknown[]) => this.webContents.sent.push(args);
      this.record = { options, url: null, contents: this.webContents };
      windows.push(this.record);
    }
    once() {}
    isDestroyed() {
      return false;
    }
    async loadURL(url: string) {
      this.record.url = url;
    }
  }
  return {
    handlers,
    appListeners,
    windows,
    exposed,
    invokes,
    rendererListeners,
    get protocolHandler() {
      return protocolHandler;
    },
    get permissionHandler() {
      return permissionHandler;
    },
    module: {
      app: {
        isPackaged: false,
        getAppPath: () => join(import.meta.dirname, '..', '..', '..'),
        getPath: () => tmpdir(),
        requestSingleInstanceLock: () => true,
        quit: vi.fn(),
        exit: vi.fn(),
        whenReady: () => Promise.resolve(),
        on: (name: string, fn: (...args: unknown[]) => void) => appListeners.set(name, fn),
      },
      BrowserWindow,
      ipcMain: { handle: (channel: string, fn: (...args: unknown[]) => unknown) => handlers.set(channel, fn), removeHandler: (channel: string) => handlers.delete(channel) },
      protocol: { registerSchemesAsPrivileged: vi.fn(), handle: (_scheme: string, fn: (request: Request) => Promise<Response>) => (protocolHandler = fn) },
      session: { defaultSession: { setPermissionRequestHandler: (fn: typeof permissionHandler) => (permissionHandler = fn) } },
      contextBridge: { exposeInMainWorld: (name: string, value: unknown) => exposed.set(name, value) },
      ipcRenderer: {
        invoke: async (...args: unknown[]) => {
          invokes.push(args);
          return { ok: true, value: 'answer' };
        },
        on: (_channel: string, fn: (...args: unknown[]) => void) => rendererListeners.push(fn),
        removeListener: (_channel: string, fn: (...args: unknown[]) => void) => rendererListeners.splice(rendererListeners.indexOf(fn), 1),
      },
    },
  };
});

vi.mock('electron', () => fake.module);

const dir = mkdtempSync(join(tmpdir(), 'scanline-shell-'));
process.env.SCANLINE_DB = join(dir, 'book.db');
afterAll(() => {
  delete process.env.SCANLINE_DB;
  rmSync(dir, { recursive: true, force: true });
});

const trustedEvent = { senderFrame: { url: 'app://scanline/index.html' } } as unknown as IpcMainInvokeEvent;

describe('Electron main process', async () => {
  // The worker bundle does not exist under test; margin jobs fail and are reported, not thrown.
  await import('../../../main/app/electronMain.ts');
  await new Promise((r) => setTimeout(r, 50));

  it('opens one window that is isolated, sandboxed and without Node, loading our own origin', () => {
    expect(fake.windows).toHaveLength(1);
    const prefs = fake.windows[0]!.options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false });
    expect(String(prefs.preload)).toMatch(/preload\.cjs$/);
    expect(fake.windows[0]!.url).toBe('app://scanline/index.html');
  });

  it('blocks navigation away from the app and every new window', () => {
    const contents = fake.windows[0]!.contents;
    const event = { preventDefault: vi.fn() };
    contents.listeners.get('will-navigate')!(event, 'https://example.com/');
    expect(event.preventDefault).toHaveBeenCalledTimes(1);
    const inside = { preventDefault: vi.fn() };
    contents.listeners.get('will-navigate')!(inside, 'app://scanline/index.html#/margin');
    expect(inside.preventDefault).not.toHaveBeenCalled();
    expect(contents.openHandler!()).toEqual({ action: 'deny' });
  });

  it('denies every permission request', () => {
    const callback = vi.fn();
    fake.permissionHandler!(null, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
  });

  it('answers Api calls from our own frame through the shared service', async () => {
    const handler = fake.handlers.get('scanline:invoke')!;
    const result = (await handler(trustedEvent, 'getBook', {})) as { ok: boolean; value: { accounts: unknown[] } };
    expect(result.ok).toBe(true);
    expect(result.value.accounts).toHaveLength(3);
  });

  it('refuses calls from any other frame, and invalid payloads', async () => {
    const handler = fake.handlers.get('scanline:invoke')!;
    const foreign = { senderFrame: { url: 'https://evil.example/' } } as unknown as IpcMainInvokeEvent;
    expect(await handler(foreign, 'getBook', {})).toMatchObject({ ok: false, error: { message: expect.stringContaining('untrusted frame') } });
    expect(await handler(trustedEvent, 'updatePosition', { positionId: 'x' })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await handler(trustedEvent, 'require', {})).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
  });

  it('serves the renderer with the CSP and refuses paths outside it', async () => {
    const serve = fake.protocolHandler!;
    const outside = await serve(new Request('app://scanline/..%2F..%2Fpackage.json'));
    expect(outside.status).toBe(404);
    const other = await serve(new Request('app://elsewhere/index.html'));
    expect(other.status).toBe(404);
  });

  it('closes services, worker and database before quitting', async () => {
    const event = { preventDefault: vi.fn() };
    fake.appListeners.get('will-quit')!(event);
    expect(event.preventDefault).toHaveBeenCalled();
    await vi.waitFor(() => expect(fake.module.app.quit).toHaveBeenCalled());
  });
});

describe('preload', async () => {
  await import('../../../main/app/preload.ts');
  const api = fake.exposed.get('scanline') as Record<string, (...args: unknown[]) => unknown>;

  it('exposes exactly one object, window.scanline, with one function per Api method and on()', async () => {
    const { apiMethods } = await import('../../../shared/apiMethods.ts');
    expect([...fake.exposed.keys()]).toEqual(['scanline']);
    expect(Object.keys(api).sort()).toEqual([...apiMethods, 'on'].sort());
    expect(await api.getBook!({})).toBe('answer');
    expect(fake.invokes.at(-1)).toEqual(['scanline:invoke', 'getBook', {}]);
  });

  it('delivers only the subscribed event and unsubscribes', () => {
    const seen: unknown[] = [];
    const off = api.on!('bookChanged', (p: unknown) => seen.push(p)) as () => void;
    for (const l of [...fake.rendererListeners]) {
      l({}, 'marginUpdated', { runId: 1 });
      l({}, 'bookChanged', { version: 7 });
    }
    off();
    for (const l of fake.rendererListeners) l({}, 'bookChanged', { version: 8 });
    expect(seen).toEqual([{ version: 7 }]);
  });
});
