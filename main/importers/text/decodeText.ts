/**
 * Bytes to text: a UTF-8 or UTF-16 byte-order mark decides; otherwise UTF-8, or Windows-1252
 * (with a warning) when the bytes are not valid UTF-8, as older Excel CSV exports are not.
 */
export function decodeText(bytes: Uint8Array): { text: string; warning?: string } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)) };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)) };
  try {
    return { text: stripBom(new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes)) };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), warning: 'the file is not UTF-8; it was read as Windows-1252 (Western European)' };
  }
}

/** Text without a leading byte-order mark. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
