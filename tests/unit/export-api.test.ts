/**
 * The API files (/api/v1/*.json) and their JSON Schema: built from builder data, every file
 * validates against the schema generated from zod, and the schema rejects what the content
 * schemas reject (a fact without its source, a malformed date, a guessed unknown).
 */
import { describe, expect, it } from 'vitest';
import { buildApiFiles } from '../../src/lib/export/api.ts';
import { apiJsonSchema } from '../../src/lib/export/json-schema.ts';
import { baseReplacement, entry } from '../support/builders.ts';
import { apiValidators } from '../support/api-schema.ts';
import { catalogInput, ORIGIN, shutdown, VERIFIED } from '../support/export-builders.ts';
import {
  CLOUD_ROW,
  NOT_OFFERED_ROW,
  providerViews,
  ROUTER_ROW,
} from '../support/provider-builders.ts';

const schema = apiJsonSchema(ORIGIN);
const validators = apiValidators(schema);
const valid = (file: { $schema: string }) => {
  const validate = validators.forRef(file.$schema);
  validate(JSON.parse(JSON.stringify(file)));
  return validators.errors(validate);
};

const leaving = entry('a', {
  lifecycle: [
    shutdown({ replacement: 'terra', asOf: '2026-11-25', announced: '2026-06-11' }),
    shutdown({ replacement: 'sol', asOf: '2026-08-14', source: 'third', confidence: 'medium' }),
  ],
  benchmarks: [{ benchmark: 'mmlu', score: 80, effort: 'not-stated', source: 'blog' }],
});
const staying = entry('b', {
  released: { value: '2026-01-02', source: 'blog' },
  maxOutput: { unknown: 'not-disclosed' },
});
const input = catalogInput(
  [leaving, staying],
  [
    ['terra', baseReplacement({ name: 'Test Terra' })],
    ['sol', baseReplacement({ name: 'Test Sol', released: { unknown: 'not-in-sources' } })],
  ],
);
const providers = new Map([
  ['a', providerViews([CLOUD_ROW, ROUTER_ROW, NOT_OFFERED_ROW], '2026-12-11', VERIFIED)],
  ['terra', providerViews([ROUTER_ROW], undefined, VERIFIED)],
]);
const files = buildApiFiles(input, ORIGIN, providers);

describe('the generated JSON Schema', () => {
  it('is a draft 2020-12 document with a definition per file kind', () => {
    expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema['$id']).toBe(`${ORIGIN}/api/v1/schema.json`);
    expect(Object.keys(schema['$defs'] as object)).toEqual(
      expect.arrayContaining(['CatalogFile', 'VersionFile', 'ReplacementFile', 'SourcesFile']),
    );
  });

  it('describes a knowable value as a fact or an unknown, not as "anything"', () => {
    const file = structuredClone(files.versions.get('a')) as unknown as {
      $schema: string;
      version: Record<string, unknown>;
    };
    file.version['contextWindow'] = { value: 100000 };
    expect(valid(file).join('\n')).toMatch(/contextWindow must have required property 'source'/);
    file.version['contextWindow'] = { unknown: 'probably-large' };
    expect(valid(file).join('\n')).toMatch(/contextWindow\/unknown must be equal to one of/);
  });

  it('carries the date shape as a pattern', () => {
    const file = structuredClone(files.versions.get('a')) as unknown as {
      $schema: string;
      version: { released: { value: string } };
    };
    file.version.released.value = '07/18/2024';
    expect(valid(file).join('\n')).toMatch(/released\/value must match pattern/);
  });

  it('rejects a field the content does not have', () => {
    const file = { ...files.sources, sources: [{ ...files.sources.sources[0], rating: 5 }] };
    expect(valid(file).join('\n')).toMatch(/must NOT have additional properties/);
  });
});

describe('buildApiFiles', () => {
  it('builds files that validate against the schema they name', () => {
    const all = [
      files.catalog,
      files.sources,
      ...files.versions.values(),
      ...files.replacements.values(),
    ];
    for (const file of all) expect(valid(file), file.$schema).toEqual([]);
    expect(files.catalog.$schema).toBe(`${ORIGIN}/api/v1/schema.json#/$defs/CatalogFile`);
  });

  it('publishes each version as its content, with id, line, links and status', () => {
    const [a] = files.catalog.versions;
    const { id, line, links, status, providers: rows, ...content } = a ?? ({} as never);
    expect(rows).toHaveLength(3);
    expect({ id, line }).toEqual({ id: 'a', line: 'test' });
    expect(content).toEqual(leaving.data);
    expect(links).toEqual({
      page: `${ORIGIN}/models/a/`,
      markdown: `${ORIGIN}/models/a.md`,
      json: `${ORIGIN}/api/v1/models/a.json`,
    });
    expect(status.asOf).toBe(VERIFIED);
    expect(status.phase).toBe('shutdown-scheduled');
    expect(status.shutdown?.asOf).toBe('2026-11-25');
    expect(status.replacement).toBe('terra');
    expect(status.replacementChanges).toEqual([
      { from: 'sol', to: 'terra', asOf: '2026-11-25', source: 'docs', confidence: 'high' },
    ]);
  });

  it('says "none" with null, and keeps unknowns with their reason', () => {
    const b = files.versions.get('b')?.version;
    expect(b?.status).toMatchObject({ phase: 'available', shutdown: null, replacement: null });
    expect(b?.status.daysLeft).toBeNull();
    expect(b?.maxOutput).toEqual({ unknown: 'not-disclosed' });
  });

  it("carries each provider's row as content holds it, with its standing against OpenAI", () => {
    const [cloud, router, absent] = files.versions.get('a')?.version.providers ?? [];
    expect(cloud?.provider).toEqual({ id: 'cloud', name: 'Cloud One', kind: 'cloud' });
    expect(cloud?.availability).toEqual(providers.get('a')?.[0]?.row);
    expect(cloud?.standing).toEqual({
      asOf: VERIFIED,
      phase: 'retires',
      daysLeft: 76,
      versusOpenAI: { kind: 'later', days: 60, openai: '2026-12-11' },
      sentence: "Retires Feb 9, 2027, 60 days after OpenAI's Dec 11, 2026.",
    });
    expect(router?.standing.versusOpenAI).toEqual({
      kind: 'openai-only',
      days: null,
      openai: '2026-12-11',
    });
    expect(absent?.standing).toMatchObject({ phase: null, versusOpenAI: null });
    expect(absent?.standing.sentence).toBe('Not offered.');
    const terra = files.replacements.get('terra')?.replacement.providers;
    expect(terra?.map((r) => r.standing.versusOpenAI?.kind)).toEqual(['neither']);
    expect(files.versions.get('b')?.version.providers).toEqual([]);
  });

  it('lists the versions each replacement model replaces, as of the data', () => {
    expect(files.replacements.get('terra')?.replacement.replaces).toEqual(['a']);
    // Named only by an older reading: it no longer replaces anything.
    expect(files.replacements.get('sol')?.replacement.replaces).toEqual([]);
  });

  it("gives a version's file the sources and benchmarks it names, sorted by id", () => {
    const file = files.versions.get('a');
    expect(file?.sources.map((s) => s.id)).toEqual(['blog', 'docs', 'third']);
    expect(file?.benchmarks.map((b) => b.id)).toEqual(['mmlu']);
    expect(files.versions.get('b')?.sources.map((s) => s.id)).toEqual(['blog', 'docs']);
  });

  it('is the same for the same input', () => {
    expect(JSON.stringify(buildApiFiles(input, ORIGIN, providers).catalog)).toBe(
      JSON.stringify(files.catalog),
    );
  });
});
