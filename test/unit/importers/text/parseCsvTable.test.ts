import { describe, expect, it } from 'vitest';
import { parseCsvTable } from '../../../../main/importers/text/parseCsvTable.ts';

describe('parseCsvTable', () => {
  it('keeps the starting line of each row, across blank lines and multi-line quoted fields', () => {
    const { table, errors } = parseCsvTable('a,b\n1,2\n\n"x\ny",3\n4,5\n');
    expect(errors).toEqual([]);
    expect(table.rows.map((row) => row.line)).toEqual([1, 2, 4, 6]);
    expect(table.rows[2]?.cells).toEqual(['x\ny', '3']);
  });

  it('strips a BOM, trims cells and trailing empty cells, and skips empty rows', () => {
    const { table } = parseCsvTable('\uFEFFa; b ;;\r\n;;;\r\n1;2\r\n');
    expect(table.delimiter).toBe(';');
    expect(table.rows).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 3, cells: ['1', '2'] },
    ]);
  });

  it('takes CRLF, CR and LF line ends alike, even mixed in one file', () => {
    expect(parseCsvTable('a,b\r\n1,2\n3,"4\r\n5"\r6,7').table.rows).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['1', '2'] },
      { line: 3, cells: ['3', '4\n5'] },
      { line: 5, cells: ['6', '7'] },
    ]);
  });

  it('counts lines right after multi-byte characters', () => {
    expect(parseCsvTable('Währung,€\n\nEUR,1\n').table.rows.map((row) => row.line)).toEqual([1, 3]);
  });

  it('reads quoted fields with delimiters and doubled quotes', () => {
    expect(parseCsvTable('a,b\n"1,234","say ""hi"""\n').table.rows[1]?.cells).toEqual(['1,234', 'say "hi"']);
  });

  it('turns an unclosed quote into an error with a line instead of throwing', () => {
    const { table, errors } = parseCsvTable('a,b\n1,2\n3,"4\n5,6\n');
    expect(table.rows).toHaveLength(2);
    expect(errors).toEqual([{ line: 3, message: expect.stringContaining('unreadable CSV from here') }]);
  });
});
