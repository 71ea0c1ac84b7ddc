import { describe, expect, it } from 'vitest';
import { validateXml } from '../../../../main/importers/text/validateXml.ts';

describe('validateXml', () => {
  it('passes well-formed XML through unchanged', () => {
    const text = '<a>\n  <b x="1"/>\n</a>';
    expect(validateXml(text)).toEqual({ text, warnings: [] });
  });

  it('blanks a repeated attribute with a warning, keeping lines and length', () => {
    const text = '<a>\n<b x="1"\n y="2" x="3"/>\n</a>';
    const result = validateXml(text);
    expect(result.error).toBeUndefined();
    expect(result.warnings).toEqual([{ line: 3, message: 'repeated attribute x ignored' }]);
    expect(result.text).toHaveLength(text.length);
    expect(result.text.split('\n')).toHaveLength(4);
    expect(result.text).not.toContain('x="3"');
  });

  it('reports damaged XML with a line', () => {
    expect(validateXml('<a>\n<b x="1"/>\n<c y="').error).toEqual({ line: 3, message: expect.stringContaining('not well-formed XML') });
    expect(validateXml('<a>\n<b>\n').error?.line).toBeGreaterThanOrEqual(1);
  });
});
