import { describe, expect, it } from 'vitest';
import { parseNumberInput } from '../../../shared/parseNumberInput.ts';

describe('parseNumberInput', () => {
  it.each([
    ['12', 12],
    [' -3.5 ', -3.5],
    ['+7', 7],
    ['1,250', 1250],
    ['1,234,567.89', 1234567.89],
    ['1 250', 1250],
    ['.5', 0.5],
    ['1e3', 1000],
    [42, 42],
  ])('reads %j as %d', (raw, value) => {
    expect(parseNumberInput(raw, 'Quantity')).toEqual({ ok: true, value });
  });

  it.each([
    ['lots', 'Quantity: "lots" is not a number'],
    ['', 'Quantity: a value is required'],
    ['1,2', 'Quantity: "1,2" is not a number'],
    ['12abc', 'Quantity: "12abc" is not a number'],
    ['1e999', 'Quantity: "1e999" is out of range'],
    [Number.NaN, 'Quantity: expected a finite number'],
  ])('refuses %j with a message naming the field', (raw, message) => {
    expect(parseNumberInput(raw, 'Quantity')).toEqual({ ok: false, message });
  });
});
