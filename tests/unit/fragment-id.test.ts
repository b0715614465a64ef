/** Reading an element id from an address's fragment: whatever the reader typed, never a throw. */
import { describe, expect, it } from 'vitest';
import { fragmentId } from '../../src/lib/fragment-id.ts';

describe('fragmentId', () => {
  it.each([
    ['#faq-pricing', 'faq-pricing'],
    ['faq-pricing', 'faq-pricing'],
    ['', ''],
    ['#', ''],
    // Whole escapes are decoded, UTF-8 included.
    ['#faq%20pricing', 'faq pricing'],
    ['#%E2%82%AC', '€'],
    ['#gpt-4.1-mini', 'gpt-4.1-mini'],
    // Malformed escapes are kept as typed.
    ['#%', '%'],
    ['#%%', '%%'],
    ['#%zz', '%zz'],
    ['#%4', '%4'],
    ['#100%', '100%'],
    ['#a%2', 'a%2'],
    // Escapes of bytes that are not UTF-8 become U+FFFD, as in the browser's own reading.
    ['#%FF', '\uFFFD'],
    ['#%E2%82', '\uFFFD'],
    // Text that looks like markup is only text.
    ['#%3Cscript%3E', '<script>'],
  ])('%j names %j', (hash, id) => {
    expect(fragmentId(hash)).toBe(id);
  });

  it.each(['#%', '#%zz', '#100%', '#%FF', '#%E2%82'])(
    '%j, which decodeURIComponent refuses with a URIError, is read without one',
    (hash) => {
      expect(() => decodeURIComponent(hash)).toThrow(URIError);
      expect(() => fragmentId(hash)).not.toThrow();
    },
  );

  it('reads a very long fragment', () => {
    const long = `#${'%'.repeat(50_000)}${'z'.repeat(50_000)}`;
    expect(fragmentId(long)).toBe(long.slice(1));
  });
});
