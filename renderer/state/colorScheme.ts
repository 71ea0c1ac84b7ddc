import { useSyncExternalStore } from 'react';
import { readUiState, writeUiState } from './uiStateStore.ts';

export type ColorScheme = 'light' | 'dark';

const preferenceKey = 'shell.theme';
const listeners = new Set<() => void>();
const systemDark = () => matchMedia('(prefers-color-scheme: dark)');

/** The scheme chosen with the toggle, or null to follow the system's `prefers-color-scheme`. */
function chosenScheme(): ColorScheme | null {
  const saved = readUiState(preferenceKey);
  return saved === 'light' || saved === 'dark' ? saved : null;
}

export function currentColorScheme(): ColorScheme {
  return chosenScheme() ?? (systemDark().matches ? 'dark' : 'light');
}

/** Sets the scheme on <html>: `data-theme` for our CSS variables, `data-ag-theme-mode` for AG Grid. */
function applyColorScheme(): void {
  const scheme = currentColorScheme();
  const root = document.documentElement;
  root.dataset.theme = scheme;
  root.dataset.agThemeMode = scheme;
  for (const listener of listeners) listener();
}

/** Applies the saved or system scheme and follows system changes until the user picks one. */
export function startColorScheme(): void {
  applyColorScheme();
  systemDark().addEventListener('change', () => chosenScheme() === null && applyColorScheme());
}

/** Switches between light and dark and remembers the choice. */
export function toggleColorScheme(): void {
  writeUiState(preferenceKey, currentColorScheme() === 'dark' ? 'light' : 'dark', 0);
  applyColorScheme();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The current scheme, re-rendering the caller when it changes (charts pick their palette from it). */
export function useColorScheme(): ColorScheme {
  return useSyncExternalStore(subscribe, currentColorScheme);
}
