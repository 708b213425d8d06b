import { describe, expect, it } from 'vitest';
import { looksUtf16 } from './looksUtf16.js';

describe('looksUtf16', () => {
  const text = 'customer_id,created_at\nc1,2024-03-05\n';

  it('recognises UTF-16 by its byte-order mark, little- or big-endian', () => {
    expect(looksUtf16(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]))).toBe(true);
    expect(looksUtf16(Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]))).toBe(true);
  });

  it('recognises Latin text in UTF-16 without a mark, from its zero bytes', () => {
    expect(looksUtf16(Buffer.from(text, 'utf16le'))).toBe(true);
    expect(looksUtf16(Buffer.from(text, 'utf16le').swap16())).toBe(true);
  });

  it('leaves UTF-8 text, a UTF-8 mark and a binary file with a few zeros alone', () => {
    expect(looksUtf16(Buffer.from(text, 'utf8'))).toBe(false);
    expect(looksUtf16(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]))).toBe(false);
    expect(looksUtf16(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00]))).toBe(false);
  });
});
