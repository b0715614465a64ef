/** The one rule for a vendor's own words: quoted, attributed to the publisher, dated as of when. */
import { describe, expect, it } from 'vitest';
import {
  quotation,
  quotationText,
  spokenText,
  type QuotedSource,
} from '../../src/lib/sources/quotation.ts';

const SOURCES = new Map<string, QuotedSource>([
  ['day', { publisher: 'OpenAI', date: '2024-07-18' }],
  ['month', { publisher: 'OpenAI', date: '2026-02' }],
  ['year', { publisher: 'A blog', date: '2025' }],
  ['undated', { publisher: 'OpenAI', date: null }],
]);

describe.each([
  {
    case: 'a source dated to the day',
    said: { source: 'day', verbatim: true },
    parts: { words: 'Our best model.', speaker: 'OpenAI', asOf: '2024-07-18' },
    text: 'OpenAI, Jul 18, 2024: “Our best model.”',
  },
  {
    case: 'a source dated to the month, at that precision',
    said: { source: 'month', verbatim: true },
    parts: { words: 'Our best model.', speaker: 'OpenAI', asOf: '2026-02' },
    text: 'OpenAI, Feb 2026: “Our best model.”',
  },
  {
    case: 'a source dated to the year',
    said: { source: 'year', verbatim: true },
    parts: { words: 'Our best model.', speaker: 'A blog', asOf: '2025' },
    text: 'A blog, 2025: “Our best model.”',
  },
  {
    case: 'an undated source: no date is made up',
    said: { source: 'undated', verbatim: true },
    parts: { words: 'Our best model.', speaker: 'OpenAI' },
    text: 'OpenAI: “Our best model.”',
  },
  {
    case: "a timely fact: its own as-of day, not the source's date",
    said: { source: 'day', verbatim: true, asOf: '2026-11-25' },
    parts: { words: 'Our best model.', speaker: 'OpenAI', asOf: '2026-11-25' },
    text: 'OpenAI, Nov 25, 2026: “Our best model.”',
  },
])('$case', ({ said, parts, text }) => {
  it('gives the quoted words, who said them and as of when', () => {
    expect(quotation('Our best model.', said, SOURCES)).toEqual(parts);
  });

  it('reads as one attributed, dated line', () => {
    expect(quotationText(quotation('Our best model.', said, SOURCES))).toBe(text);
    expect(spokenText('Our best model.', said, SOURCES)).toBe(text);
  });
});

describe('spokenText', () => {
  it("leaves a value that is not the source's own words in the site's voice", () => {
    expect(spokenText('128,000 tokens', { source: 'day' }, SOURCES)).toBe('128,000 tokens');
  });

  it('refuses a quotation from a source the catalog does not have', () => {
    expect(() => spokenText('x', { source: 'nowhere', verbatim: true }, SOURCES)).toThrow(
      'Source "nowhere" is not in content/sources.yaml',
    );
  });
});
