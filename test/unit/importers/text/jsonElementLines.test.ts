import { describe, expect, it } from 'vitest';
import { jsonElementLines, jsonErrorLine } from '../../../../main/importers/text/jsonElementLines.ts';

describe('jsonElementLines', () => {
  it('finds the line of each element of a top-level array', () => {
    expect(jsonElementLines('[\n {"a": 1},\n {"b": {"c": [1, 2]}},\n 5\n]', 1)).toEqual([2, 3, 4]);
    expect(jsonElementLines('[]', 1)).toEqual([]);
  });

  it('finds the elements of an array inside an object, ignoring braces in strings', () => {
    const text = '{\n "note": "{[\\"",\n "result": [\n  {"x": "}"},\n\n  {"y": 2}\n ]\n}';
    expect(jsonElementLines(text, 2)).toEqual([4, 6]);
  });
});

describe('jsonErrorLine', () => {
  it('reads the line from the message, or counts up to the position', () => {
    expect(jsonErrorLine('', 'Unexpected token (line 7 column 2)')).toBe(7);
    expect(jsonErrorLine('[\n\n1,]', 'Unexpected token ] in JSON at position 5')).toBe(3);
    expect(jsonErrorLine('x', 'odd')).toBe(1);
  });

  it('finds the quoted text of an unexpected-token error, and the end of a truncated text', () => {
    for (const text of ['[\n{"instrument_name": "BTC-PERPETUAL", "size": }\n]', '[\n{"a":1},\n{"b":2},\n{"c": 3, "d": 4, "e": tru, "f": 5, "g": 6}\n]', '[\n{"a"\n:\n1']) {
      let message = '';
      try {
        JSON.parse(text);
      } catch (error) {
        message = (error as Error).message;
      }
      expect(jsonErrorLine(text, message), message).toBe(text.split('\n').length - (text.endsWith(']') ? 1 : 0));
    }
  });
});
