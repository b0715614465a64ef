/**
 * The element id an address's fragment names, read the way the HTML standard reads it when it
 * scrolls to a fragment: percent-escapes decoded where they are whole (`%20`), anything else kept
 * as typed, and bytes that are not UTF-8 replaced by U+FFFD. Never throws: `decodeURIComponent`
 * throws a URIError on `#%`, and an address is whatever the reader typed. No imports, so the
 * browser's scripts use it too. Pure.
 */

const PERCENT = 0x25;

/** Whether a byte is an ASCII hex digit. */
function isHex(byte: number | undefined): boolean {
  if (byte === undefined) return false;
  return (
    (byte >= 0x30 && byte <= 0x39) ||
    (byte >= 0x41 && byte <= 0x46) ||
    (byte >= 0x61 && byte <= 0x66)
  );
}

/** The id `hash` (`location.hash`, with or without its `#`) points at; '' when it names none. */
export function fragmentId(hash: string): string {
  const bytes = new TextEncoder().encode(hash.startsWith('#') ? hash.slice(1) : hash);
  const decoded: number[] = [];
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i] as number;
    if (byte === PERCENT && isHex(bytes[i + 1]) && isHex(bytes[i + 2])) {
      decoded.push(
        parseInt(String.fromCharCode(bytes[i + 1] as number, bytes[i + 2] as number), 16),
      );
      i += 2;
    } else decoded.push(byte);
  }
  // Not `fatal`: a stray byte becomes U+FFFD, as in the browser's own reading.
  return new TextDecoder().decode(new Uint8Array(decoded));
}
