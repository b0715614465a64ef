/**
 * The shapes of the files the site publishes for machines under /api/v1/: composed from the same
 * building blocks as the content schemas, so what is published is what the content holds, plus
 * each entry's id and the lifecycle state derived from its events. /api/v1/schema.json is generated
 * from these with z.toJSONSchema (src/lib/export/json-schema.ts); nothing is written twice.
 *
 * Output shapes: defaults are applied (a fact's `confidence` is always present). Cross-field rules
 * (the superRefine checks of the content schemas) are not expressible in JSON Schema and are not in
 * it; the published data has passed them.
 */
import { z } from 'astro/zod';
import { AvailabilityRowSchema } from './availability.ts';
import { BenchmarkSchema } from './benchmark.ts';
import { Confidence } from './fact.ts';
import { ApiCheckEvent, FineTuningDeadlineEvent, ShutdownEvent } from './lifecycle.ts';
import { LineSchema } from './line.ts';
import { ModelSchema } from './model.ts';
import { DateString, Day, Id, SourceId, Url } from './primitives.ts';
import { ProviderSchema } from './provider.ts';
import { ReplacementSchema } from './replacement.ts';
import { SourceSchema } from './source.ts';

/** Where a published file's schema is: the definition of its kind in /api/v1/schema.json. */
const SchemaRef = z.url().describe('The JSON Schema of this file');

/** The day the data was last checked against its sources (the newest line's `verified`). */
const AsOf = Day.describe('The day the data was last checked against its sources');

/** The build's day (src/build-day.ts): every derived status in the file is computed for it. */
const BuiltOn = Day.describe('The day the file was built; every status in it is as of this day');

/** A source, with its id (the key that every `source` field names). */
const PublishedSource = z
  .strictObject({ id: SourceId, ...SourceSchema.shape })
  .meta({ id: 'Source' });

/** A benchmark, with its id (the key that every score's `benchmark` names). */
const PublishedBenchmark = z
  .strictObject({ id: Id, ...BenchmarkSchema.shape })
  .meta({ id: 'Benchmark' });

/** A line, with its id; `members` are version ids, oldest first. */
const PublishedLine = z.strictObject({ id: Id, ...LineSchema.shape }).meta({ id: 'Line' });

/**
 * Where a version stands on `asOf` (the build's day), derived from its dated lifecycle events
 * (src/lib/lifecycle/state.ts). `null` here means "none as of asOf" (no shutdown announced, no
 * replacement named), never a zero.
 */
const LifecycleStatus = z
  .strictObject({
    asOf: Day.describe('The day this status is true as of: the day the file was built'),
    checked: Day.describe("The day the version's dates were last checked against their sources"),
    phase: z
      .enum(['available', 'shutdown-scheduled', 'shutdown-today', 'shut-down'])
      .describe('available: no shutdown announced as of asOf'),
    /** The newest reading of the shutdown; earlier readings stay in the version's `lifecycle`. */
    shutdown: ShutdownEvent.nullable().describe('The newest reading of the shutdown, or null'),
    daysLeft: z
      .number()
      .int()
      .nullable()
      .describe('Whole days from asOf to the shutdown day (negative after it); null without one'),
    replacement: Id.nullable().describe('The model OpenAI names as the replacement, or null'),
    replacementChanges: z.array(
      z.strictObject({
        from: Id,
        to: Id,
        /** The day the source showed the new replacement. */
        asOf: DateString,
        source: SourceId,
        confidence: Confidence,
      }),
    ),
    lastCheck: ApiCheckEvent.nullable().describe('The newest check that the API still serves it'),
    upcomingDeadlines: z.array(FineTuningDeadlineEvent),
  })
  .meta({ id: 'LifecycleStatus' });

/**
 * Where a model stands at a provider on `asOf` (the build's day), derived from the row's dates
 * (src/lib/providers/lifecycle.ts): its phase there and how its date sits against OpenAI's.
 * `null` means "not offered, or no date", never a zero.
 */
const ProviderStanding = z
  .strictObject({
    asOf: Day.describe('The day this standing is true as of: the day the file was built'),
    phase: z
      .enum(['retires', 'retires-today', 'retired', 'no-date'])
      .nullable()
      .describe('The retirement at this provider on asOf; null where it is not offered'),
    daysLeft: z
      .number()
      .int()
      .nullable()
      .describe("Whole days from asOf to the provider's retirement (negative after it)"),
    versusOpenAI: z
      .strictObject({
        kind: z.enum(['later', 'earlier', 'same-day', 'provider-only', 'openai-only', 'neither']),
        days: z.number().int().positive().nullable().describe('How many days apart, if both'),
        openai: Day.nullable().describe("OpenAI's shutdown day, if one is scheduled"),
      })
      .nullable()
      .describe("The provider's retirement day against OpenAI's; null where it is not offered"),
    sentence: z.string().describe('The same, as the model page says it'),
  })
  .meta({ id: 'ProviderStanding' });

/** A model at one provider: the provider, the row as the content holds it, and its standing. */
const PublishedProviderRow = z
  .strictObject({
    provider: z.strictObject({ id: Id, ...ProviderSchema.shape }),
    availability: AvailabilityRowSchema,
    standing: ProviderStanding,
  })
  .meta({ id: 'ProviderRow' });

/** Addresses of a version's other forms. */
const VersionLinks = z.strictObject({
  /** The page for people. */
  page: Url,
  /** The same page as Markdown, for pasting into an LLM. */
  markdown: Url,
  /** This version's own JSON file. */
  json: Url,
});

/** A replacement model has no page of its own; it is shown on the versions it replaces. */
const ReplacementLinks = z.strictObject({ json: Url });

/** A version of a line: its content, its id, its line, and its lifecycle status as of `asOf`. */
const PublishedVersion = z
  .strictObject({
    id: Id.describe('The API model id (the alias)'),
    line: Id,
    links: VersionLinks,
    ...ModelSchema.shape,
    status: LifecycleStatus,
    /** Where it runs besides OpenAI's API: places that offer it, listings, then the rest. */
    providers: z.array(PublishedProviderRow),
  })
  .meta({ id: 'Version' });

/** A model OpenAI names as a replacement; never a version of the line. */
const PublishedReplacement = z
  .strictObject({
    id: Id.describe('The API model id'),
    links: ReplacementLinks,
    ...ReplacementSchema.shape,
    /** Versions whose shutdown, as of `asOf`, names this model as the replacement. */
    replaces: z.array(Id),
    /** Where it runs besides OpenAI's API, as for a version. */
    providers: z.array(PublishedProviderRow),
  })
  .meta({ id: 'Replacement' });

/** /api/v1/catalog.json: everything, in one file. */
const CatalogFile = z
  .strictObject({
    $schema: SchemaRef,
    asOf: AsOf,
    builtOn: BuiltOn,
    lines: z.array(PublishedLine),
    /** Every version, line by line, oldest first. */
    versions: z.array(PublishedVersion),
    /** Replacement models, benchmarks and sources are each sorted by id. */
    replacements: z.array(PublishedReplacement),
    benchmarks: z.array(PublishedBenchmark),
    sources: z.array(PublishedSource),
  })
  .meta({ id: 'CatalogFile' });

/** /api/v1/models/<id>.json: one version, with the sources and benchmarks it names. */
const VersionFile = z
  .strictObject({
    $schema: SchemaRef,
    asOf: AsOf,
    builtOn: BuiltOn,
    version: PublishedVersion,
    benchmarks: z.array(PublishedBenchmark),
    sources: z.array(PublishedSource),
  })
  .meta({ id: 'VersionFile' });

/** /api/v1/replacements/<id>.json: one replacement model, with the sources it names. */
const ReplacementFile = z
  .strictObject({
    $schema: SchemaRef,
    asOf: AsOf,
    builtOn: BuiltOn,
    replacement: PublishedReplacement,
    sources: z.array(PublishedSource),
  })
  .meta({ id: 'ReplacementFile' });

/** /api/v1/sources.json: every source the catalog holds. */
const SourcesFile = z
  .strictObject({
    $schema: SchemaRef,
    asOf: AsOf,
    builtOn: BuiltOn,
    sources: z.array(PublishedSource),
  })
  .meta({ id: 'SourcesFile' });

/**
 * Each published file kind, by the name of its definition in /api/v1/schema.json. The `id` in each
 * schema's `.meta()` is that name: z.toJSONSchema puts a schema with an id under `$defs` once and
 * refers to it, so a version is defined once though three files hold versions.
 */
export const API_FILES = {
  CatalogFile,
  VersionFile,
  ReplacementFile,
  SourcesFile,
} as const;

export type ApiFileKind = keyof typeof API_FILES;
export type PublishedVersionData = z.output<typeof PublishedVersion>;
export type PublishedReplacementData = z.output<typeof PublishedReplacement>;
export type LifecycleStatusData = z.output<typeof LifecycleStatus>;
export type ProviderRowData = z.output<typeof PublishedProviderRow>;
export type CatalogFileData = z.output<typeof CatalogFile>;
export type VersionFileData = z.output<typeof VersionFile>;
export type ReplacementFileData = z.output<typeof ReplacementFile>;
export type SourcesFileData = z.output<typeof SourcesFile>;
