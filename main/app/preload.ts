import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { ApiEnvelope, ScanlineApi } from '../../shared/api.ts';
import { apiMethods, type ApiEventName } from '../../shared/apiMethods.ts';
import { eventChannel, invokeChannel } from './channels.ts';

/**
 * The preload exposes exactly one narrow, typed object, `window.scanline`: one function per Api
 * method and `on(event, listener)`. ipcRenderer itself never reaches the page.
 */
const call = async (method: string, request: unknown): Promise<unknown> => {
  const envelope = (await ipcRenderer.invoke(invokeChannel, method, request)) as ApiEnvelope<unknown>;
  if (!envelope.ok) throw Object.assign(new Error(envelope.error.message), { name: 'ApiError', code: envelope.error.code });
  return envelope.value;
};

const api = Object.fromEntries(apiMethods.map((m) => [m, (request: unknown) => call(m, request)])) as unknown as ScanlineApi;
api.on = (event: ApiEventName, listener: (payload: never) => void) => {
  const handler = (_e: IpcRendererEvent, name: unknown, payload: unknown) => {
    if (name === event) listener(payload as never);
  };
  ipcRenderer.on(eventChannel, handler);
  return () => {
    ipcRenderer.removeListener(eventChannel, handler);
  };
};

contextBridge.exposeInMainWorld('scanline', api);
