import { describe, expect, it } from 'vitest';
import { decodeText, stripBom } from '../../../../main/importers/text/decodeText.ts';

describe('decodeText', () => {
  it('reads UTF-8 with and without a byte-order mark', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x61, 0xc3, 0xa9]))).toEqual({ text: 'aé' });
    expect(decodeText(new TextEncoder().encode('Währung'))).toEqual({ text: 'Währung' });
  });

  it('reads UTF-16 by its byte-order mark', () => {
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x61, 0x00, 0x3b, 0x00]))).toEqual({ text: 'a;' });
    expect(decodeText(new Uint8Array([0xfe, 0xff, 0x00, 0x61, 0x00, 0x3b]))).toEqual({ text: 'a;' });
  });

  it('falls back to Windows-1252 with a warning', () => {
    const result = decodeText(new Uint8Array([0x57, 0xe4, 0x68, 0x72, 0x75, 0x6e, 0x67, 0x80]));
    expect(result.text).toBe('Währung€');
    expect(result.warning).toMatch(/Windows-1252/);
  });
});

describe('stripBom', () => {
  it('removes only a leading byte-order mark', () => {
    expect(stripBom('\uFEFFa\uFEFF')).toBe('a\uFEFF');
    expect(stripBom('a')).toBe('a');
  });
});
