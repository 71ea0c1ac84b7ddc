import type { ApiRequest } from '../../shared/api.ts';
import type { UiState } from '../../shared/uiState.ts';
import { getApi } from '../api/getApi.ts';

/**
 * The renderer's remembered state (last page, theme, grid layouts): loaded once before the
 * first render so every view starts as it was left, and written back through the Api, each key
 * debounced so a column drag or resize saves once when it settles. Writes still waiting when
 * the window closes are sent as it goes.
 */
let snapshot: UiState = {};
const pending = new Map<string, { timer: ReturnType<typeof setTimeout>; value: ApiRequest<'setUiState'>['value'] }>();

function save(key: string, value: ApiRequest<'setUiState'>['value']): void {
  pending.delete(key);
  getApi()
    .setUiState({ key, value })
    .catch((error: unknown) => console.warn(`Scanline: could not save ${key}.`, error));
}

/** Saves every write still waiting for its debounce now: the window is closing or reloading. */
function flushUiState(): void {
  for (const [key, { timer, value }] of pending) {
    clearTimeout(timer);
    save(key, value);
  }
}

/** Loads the saved state; an unreadable state starts from defaults rather than blocking the app. */
export async function loadUiState(): Promise<void> {
  window.addEventListener('pagehide', flushUiState);
  try {
    snapshot = await getApi().getUiState({});
  } catch (error) {
    console.warn('Scanline: the saved view state could not be read; starting from defaults.', error);
    snapshot = {};
  }
}

export function readUiState(key: string): unknown {
  return snapshot[key];
}

/** Remembers `value` under `key` now and saves it after `delayMs` without a newer value. */
export function writeUiState(key: string, value: ApiRequest<'setUiState'>['value'], delayMs = 300): void {
  snapshot = { ...snapshot, [key]: value };
  clearTimeout(pending.get(key)?.timer);
  pending.set(key, { timer: setTimeout(() => save(key, value), delayMs), value });
}
