export type NumberInput = { ok: true; value: number } | { ok: false; message: string };

/**
 * Reads a number typed into a cell: accepts thousands separators (1,250 or 1 250), a leading
 * plus and surrounding spaces; refuses anything else with a message naming the field.
 */
export function parseNumberInput(raw: unknown, field: string): NumberInput {
  if (typeof raw === 'number') return Number.isFinite(raw) ? { ok: true, value: raw } : { ok: false, message: `${field}: expected a finite number` };
  const text = String(raw ?? '').trim();
  if (text === '') return { ok: false, message: `${field}: a value is required` };
  const compact = text.replace(/(?<=\d)[,\s\u00a0](?=\d{3}(\D|$))/g, '');
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(compact)) return { ok: false, message: `${field}: "${text}" is not a number` };
  const value = Number(compact);
  if (!Number.isFinite(value)) return { ok: false, message: `${field}: "${text}" is out of range` };
  return { ok: true, value };
}
