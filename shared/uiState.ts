import { z } from 'zod';

/** Largest JSON text one UI-state value may take (a grid's column state is a few KB). */
export const uiStateMaxValueChars = 32 * 1024;
/** Most keys the UI state may hold, so a runaway caller cannot fill the database. */
export const uiStateMaxKeys = 500;

/** A UI-state key: a short dotted name such as `shell.theme` or `grid.book.columns`. */
export const uiStateKeySchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$/, 'expected a key of up to 100 letters, digits and . _ : -');

/** `value: null` forgets the key. */
export const setUiStateRequestSchema = z
  .object({
    key: uiStateKeySchema,
    value: z.json().refine((v) => JSON.stringify(v).length <= uiStateMaxValueChars, `expected a value of at most ${uiStateMaxValueChars} characters as JSON`),
  })
  .strict();

/** What the renderer keeps across restarts (last page, theme, grid column layouts), by key. */
export type UiState = Record<string, unknown>;
