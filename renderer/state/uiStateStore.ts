import type { ApiRequest } from '../../shared/api.ts';
import type { UiState } from '../../shared/uiState.ts';
import { getApi } from '../api/getApi.ts';

/**
 * The renderer's remembered state (last page, theme, grid layouts): loaded once before the
 * first render so every view starts as it was left, and written back through the Api, each key
 * debounced so a column drag or resize saves once when it settles.
 */
let snapshot: UiState = {};
const pending = new Map<string, ReturnType<typeof setTimeout>>();

/** Loads the saved state; an unreadable state starts from defaults rather than blocking the app. */
export async function loadUiState(): Promise<void> {
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
  clearTimeout(pending.get(key));
  pending.set(
    key,
    setTimeout(() => {
      pending.delete(key);
      getApi()
        .setUiState({ key, value })
        .catch((error: unknown) => console.warn(`Scanline: could not save ${key}.`, error));
    }, delayMs),
  );
}
