import { describe, expect, it } from 'vitest';
import { detectDateOrder } from '../../../../main/importers/text/detectDateOrder.ts';

describe('detectDateOrder', () => {
  it('settles the order from any value in the column', () => {
    expect(detectDateOrder(['01/02/2025', '31/12/2024'])).toBe('dmy');
    expect(detectDateOrder(['01/02/2025', '12/31/2024'])).toBe('mdy');
  });

  it('says either when nothing settles it, conflict when values disagree', () => {
    expect(detectDateOrder(['01/02/2025', '06/07/2024'])).toBe('either');
    expect(detectDateOrder(['2025-01-02', ''])).toBe('either');
    expect(detectDateOrder(['31/12/2024', '12/31/2024'])).toBe('conflict');
  });
});
