import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import type { ApiCalls } from '../../shared/api.ts';
import { dispatchApiCall } from '../services/dispatchApiCall.ts';
import { invokeChannel } from './channels.ts';

/**
 * Registers the one IPC handler. It answers only frames of our own renderer (checked by URL),
 * then validates the payload with the shared schemas and calls the same service object browser
 * mode calls. Returns a disposer.
 */
export function registerIpc(ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>, api: ApiCalls, isTrustedUrl: (url: string) => boolean): () => void {
  ipcMain.handle(invokeChannel, async (event: IpcMainInvokeEvent, method: unknown, payload: unknown) => {
    const url = event.senderFrame?.url ?? '';
    if (!isTrustedUrl(url)) return { ok: false, error: { code: 'invalid-input', message: `refused: call from untrusted frame ${url || '(unknown)'}` } };
    return dispatchApiCall(api, method, payload);
  });
  return () => ipcMain.removeHandler(invokeChannel);
}
