import type { ScanlineApi } from '../../shared/api.ts';
import { createHttpApi } from './httpApi.ts';

declare global {
  interface Window {
    /** Exposed by the Electron preload; absent in browser mode. */
    scanline?: ScanlineApi;
  }
}

let api: ScanlineApi | null = null;

/** The Api: Electron's preload bridge when present, else browser mode's HTTP client. */
export function getApi(): ScanlineApi {
  if (api) return api;
  if (window.scanline) return (api = window.scanline);
  const token = document.querySelector<HTMLMetaElement>('meta[name="scanline-token"]')?.content ?? new URLSearchParams(location.search).get('token') ?? '';
  return (api = createHttpApi(token));
}
