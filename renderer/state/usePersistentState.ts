import { useCallback, useState } from 'react';
import type { ApiRequest } from '../../shared/api.ts';
import { readUiState, writeUiState } from './uiStateStore.ts';

type Json = ApiRequest<'setUiState'>['value'];

/**
 * `useState` that survives restarts: starts from the saved value under `key` when `accept`
 * takes it (by default: a value of the same type as `fallback`), and saves every change.
 */
export function usePersistentState<T extends Json>(
  key: string,
  fallback: T,
  accept: (saved: unknown) => saved is T = (saved): saved is T => typeof saved === typeof fallback && saved !== null,
): [T, (value: T) => void] {
  const [value, setValue] = useState<T>(() => {
    const saved = readUiState(key);
    return accept(saved) ? saved : fallback;
  });
  const set = useCallback(
    (next: T) => {
      setValue(next);
      writeUiState(key, next);
    },
    [key],
  );
  return [value, set];
}
