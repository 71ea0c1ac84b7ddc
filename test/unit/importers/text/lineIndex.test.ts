import { describe, expect, it } from 'vitest';
import { lineIndex } from '../../../../main/importers/text/lineIndex.ts';

describe('lineIndex', () => {
  it('maps offsets to 1-based lines for LF, CRLF and CR endings', () => {
    const text = 'ab\ncd\r\nef\rg';
    const lineOf = lineIndex(text);
    expect([0, 2, 3, 6, 7, 10, 11].map(lineOf)).toEqual([1, 1, 2, 2, 3, 4, 4]);
  });
});
