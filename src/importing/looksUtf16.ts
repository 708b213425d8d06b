/**
 * Whether the bytes are UTF-16 text, as Excel's "Unicode text" and some Windows tools write
 * it: a UTF-16 byte-order mark (FF FE or FE FF), or, without one, Latin text in which every
 * other byte is zero (at least 90 % of the bytes at even or at odd positions).
 */
export function looksUtf16(bytes: Buffer): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return true;
  const pairs = Math.floor(bytes.length / 2);
  if (pairs < 2) return false;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    if (bytes[i] === 0) zeroEven++;
    if (bytes[i + 1] === 0) zeroOdd++;
  }
  return Math.max(zeroEven, zeroOdd) >= 0.9 * pairs;
}
