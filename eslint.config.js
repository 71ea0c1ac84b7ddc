// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';

// Code layering (after VS Code's common/browser/node/electron-main rule): the folder a file
// lives in decides what it may import, so the architecture in DESIGN.md holds by lint, not by
// memory. Why each rule exists:
// - Only main/app/ may import 'electron': in plain Node, require('electron') tries to download
//   the Electron binary, and nothing outside the shell should depend on Electron anyway.
// - shared/ and main/engine/ import no Node, Electron, SQLite, React or DOM code: shared/ runs
//   in both processes, and the engine is pure functions over typed arrays (testable, portable
//   to any worker).
// - renderer/ imports only shared/ (and browser libraries): it talks to the main process
//   through the typed Api alone, never by reaching into main/.
const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'child_process', 'worker_threads', 'http', 'crypto', 'url', 'events', 'stream', 'util', 'net'];
const electron = ['electron', 'electron/*'];
const sqlite = ['better-sqlite3'];
const react = ['react', 'react-dom', 'react-dom/*', 'react/*', 'ag-grid-*', 'echarts', 'echarts/*'];

/** @param {string[]} groups @param {string} message */
const forbid = (groups, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: groups, message }] }],
});

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'test/e2e/screenshots/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['main/**/*.ts', 'test/**/*.ts', '*.config.ts'],
    // The shell's own tests mock 'electron' and use its types.
    ignores: ['main/app/**', 'test/unit/app/**'],
    rules: forbid(electron, "Only main/app/ may import 'electron' (in plain Node it triggers a download)."),
  },
  {
    files: ['main/engine/**/*.ts'],
    languageOptions: { globals: {} },
    rules: forbid(
      [...nodeBuiltins, ...electron, ...sqlite, ...react, '**/store/**', '**/services/**', '**/worker/**', '**/app/**', '**/web/**'],
      'main/engine/ is pure functions over typed arrays: no Node, Electron, SQLite, React, DOM or I/O imports.',
    ),
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: forbid([...nodeBuiltins, ...electron, ...sqlite, ...react, '../main/*', '**/main/**'], 'shared/ is used by both processes: no Node, Electron, SQLite, React, DOM or main/ imports.'),
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      ...forbid([...nodeBuiltins, ...electron, ...sqlite, '**/main/**', '../main/*'], 'renderer/ talks to the main process only through the typed Api in shared/.'),
    },
  },
);
