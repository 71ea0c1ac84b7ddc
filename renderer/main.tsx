import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './shell/App.tsx';
import { startColorScheme } from './state/colorScheme.ts';
import { loadUiState } from './state/uiStateStore.ts';
import './styles.css';

// The remembered page, theme and grid layouts are read first so the first paint is the right one.
void loadUiState().then(() => {
  startColorScheme();
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
