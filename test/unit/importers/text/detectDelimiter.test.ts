import { describe, expect, it } from 'vitest';
import { detectDelimiter } from '../../../../main/importers/text/detectDelimiter.ts';

describe('detectDelimiter', () => {
  it('finds comma, semicolon, tab and pipe files', () => {
    expect(detectDelimiter('a,b,c\n1,2,3\n')).toBe(',');
    expect(detectDelimiter('a;b;c\n1,5;2,5;3\n4,5;5,5;6\n')).toBe(';');
    expect(detectDelimiter('a\tb\n1,5\t2\n')).toBe('\t');
    expect(detectDelimiter('a|b\n1|2\n')).toBe('|');
  });

  it('ignores delimiters inside quotes and defaults to comma', () => {
    expect(detectDelimiter('name,note\n"x;y;z",1\n"a;b;c",2\n')).toBe(',');
    expect(detectDelimiter('AAPL\nMSFT\n')).toBe(',');
  });

  it('copes with multi-section files whose rows differ in width', () => {
    expect(detectDelimiter('S,Header,a,b\nS,Data,1,2\nT,Header,a,b,c,d,e\nT,Data,1,2,3,4,5\n')).toBe(',');
  });
});
