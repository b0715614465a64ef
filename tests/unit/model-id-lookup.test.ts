/** "Paste your model id": every way an id arrives, and what the reader is told. */
import { describe, expect, it } from 'vitest';
import {
  lookUp,
  nearestIds,
  normalizeId,
  publishIndex,
  readIndex,
  type IdRecord,
} from '../../src/lib/model-ids/lookup.ts';
import { lookupHtml } from '../../src/lib/model-ids/render.ts';

const record = (id: string, kind: IdRecord['kind'], href?: string): IdRecord => ({
  id,
  kind,
  href,
  text: `About ${id}.`,
});

const RECORDS = new Map(
  [
    record('gpt-4o-mini', 'model', '/models/gpt-4o-mini/'),
    record('gpt-4o-mini-2024-07-18', 'snapshot', '/models/gpt-4o-mini/'),
    record('gpt-5-mini', 'model', '/models/gpt-5-mini/'),
    record('o4-mini', 'model', '/models/o4-mini/'),
    record('gpt-6-luna', 'replacement', '/compare/gpt-4o-mini-vs-gpt-6-luna/'),
    record('gpt-transcribe', 'named', '/models/gpt-4o-mini-transcribe/'),
    record('gpt-5.1-mini', 'not-model', 'https://example.org/shared'),
    record('openai/gpt-5-mini', 'provider', '/models/gpt-5-mini/#access'),
  ].map((r) => [r.id, r]),
);

describe('normalizeId reads the id inside what was pasted', () => {
  it.each([
    ['gpt-4o-mini', 'gpt-4o-mini'],
    ['  GPT-4o-Mini  ', 'gpt-4o-mini'],
    ['"gpt-4o-mini"', 'gpt-4o-mini'],
    ['`o4-mini`', 'o4-mini'],
    ['gpt 4o mini', 'gpt-4o-mini'],
    ['gpt_4o_mini', 'gpt-4o-mini'],
    ['https://catalog.example.org/models/gpt-5-mini/', 'gpt-5-mini'],
    ['/models/gpt-5-mini.md', 'gpt-5-mini'],
    ['/api/v1/models/gpt-5-mini.json?x=1#y', 'gpt-5-mini'],
    ['', ''],
  ])('%j → %j', (raw, id) => expect(normalizeId(raw)).toBe(id));
});

describe('lookUp', () => {
  it.each([
    ['an alias', 'gpt-4o-mini', 'gpt-4o-mini', 'model', 'as-typed'],
    [
      'a dated snapshot',
      'gpt-4o-mini-2024-07-18',
      'gpt-4o-mini-2024-07-18',
      'snapshot',
      'as-typed',
    ],
    ['case and whitespace', '  GPT-5-MINI ', 'gpt-5-mini', 'model', 'as-typed'],
    [
      'a fine-tune',
      'ft:gpt-4o-mini-2024-07-18:my-org::abc123',
      'gpt-4o-mini-2024-07-18',
      'snapshot',
      'fine-tune',
    ],
    ['a provider prefix', 'openai/gpt-4o-mini', 'gpt-4o-mini', 'model', 'provider-prefix'],
    [
      'a provider id the catalog holds',
      'openai/gpt-5-mini',
      'openai/gpt-5-mini',
      'provider',
      'as-typed',
    ],
    ['a serving endpoint name', 'databricks-gpt-5-mini', 'gpt-5-mini', 'model', 'provider-prefix'],
    ['a model name with a prefix', 'openai-gpt-5-mini', 'gpt-5-mini', 'model', 'provider-prefix'],
    ['an o-series id with a prefix', 'azure/o4-mini', 'o4-mini', 'model', 'provider-prefix'],
    ['a replacement model', 'gpt-6-luna', 'gpt-6-luna', 'replacement', 'as-typed'],
    ['a model a source only names', 'gpt-transcribe', 'gpt-transcribe', 'named', 'as-typed'],
    ['an id that is not a model', 'GPT-5.1-mini', 'gpt-5.1-mini', 'not-model', 'as-typed'],
  ] as const)('finds %s', (_, raw, id, kind, via) => {
    const found = lookUp(raw, RECORDS);
    expect(found).toMatchObject({ found: true, id, via, record: { kind } });
  });

  it('reads a prefix off only before a model id, never off an unknown id', () => {
    expect(lookUp('openai-whisper', RECORDS)).toMatchObject({ found: false, id: 'openai-whisper' });
  });

  it('answers an id it does not know with the nearest ones, nearest first', () => {
    const lookup = lookUp('gpt-4o-mni', RECORDS);
    expect(lookup.found).toBe(false);
    if (lookup.found) return;
    expect(lookup.query).toBe('gpt-4o-mni');
    expect(lookup.suggestions.map((r) => r.id)[0]).toBe('gpt-4o-mini');
  });

  it('suggests nothing for text far from every id, and caps the list', () => {
    expect(nearestIds('claude-3-haiku', RECORDS)).toEqual([]);
    expect(nearestIds('gpt', RECORDS).length).toBeLessThanOrEqual(5);
    expect(nearestIds('', RECORDS)).toEqual([]);
  });
});

describe('the published index', () => {
  it('round-trips every record', () => {
    const published = JSON.parse(JSON.stringify(publishIndex(RECORDS.values())));
    expect(readIndex(published)).toEqual(RECORDS);
  });
});

describe('the answer', () => {
  it('says what a non-model is, with its source', () => {
    const html = lookupHtml(lookUp('gpt-5.1-mini', RECORDS), '/models/').value;
    expect(html).toContain('<code>gpt-5.1-mini</code>: About gpt-5.1-mini.');
    expect(html).toContain('<a href="https://example.org/shared">Read the source</a>');
  });

  it('says an unknown id is not in this catalog, escaping what was typed', () => {
    const html = lookupHtml(lookUp('<img src=x onerror=alert(1)>', RECORDS), '/models/').value;
    expect(html).toContain('“&lt;img src=x onerror=alert(1)&gt;” is not in this catalog.');
    expect(html).not.toContain('<img');
    expect(html).toContain('<a href="/models/">Every id this catalog knows</a>');
  });

  it('says how a fine-tune or a provider id was read', () => {
    expect(
      lookupHtml(lookUp('ft:gpt-4o-mini-2024-07-18:o::x', RECORDS), '/models/').value,
    ).toContain('A fine-tuned model built on <code>gpt-4o-mini-2024-07-18</code>.');
    expect(lookupHtml(lookUp('openai/gpt-4o-mini', RECORDS), '/models/').value).toContain(
      "Read as OpenAI's id <code>gpt-4o-mini</code>.",
    );
  });
});
