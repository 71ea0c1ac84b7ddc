import { describe, expect, it } from 'vitest';
import { columnReader, normaliseHeader } from '../../../../main/importers/text/columnReader.ts';
import { findHeaderRow } from '../../../../main/importers/text/findHeaderRow.ts';

describe('columnReader', () => {
  it('matches headers by alias regardless of case, spaces and punctuation', () => {
    const reader = columnReader(['Put / Call', 'Net Positions', 'Strike', 'strike'], { right: ['Put/Call'], net: ['net positions'], strike: ['Strike'], missing: ['Nope'] });
    const row = { line: 2, cells: [' C ', '5', '4000'] };
    expect(reader.index).toEqual({ right: 0, net: 1, strike: 2 });
    expect(reader.get(row, 'right')).toBe('C');
    expect(reader.get(row, 'missing')).toBe('');
    expect(reader.has('missing')).toBe(false);
    expect(reader.header('net')).toBe('Net Positions');
  });

  it('normalises headers to letters and digits', () => {
    expect(normaliseHeader('% of NAV')).toBe('ofnav');
    expect(normaliseHeader('Gross Amount ')).toBe('grossamount');
  });
});

describe('findHeaderRow', () => {
  it('finds a header below preamble rows', () => {
    const table = { rows: [{ line: 1, cells: ['Report'] }, { line: 3, cells: ['Instrument', 'Position', 'Fee Paid'] }] };
    expect(findHeaderRow(table, ['Instrument'], ['UserSeq', 'fee paid'])).toBe(1);
    expect(findHeaderRow(table, ['Contract'])).toBeUndefined();
  });
});
