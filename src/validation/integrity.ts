/**
 * Rules that span fields and entries: every id a field names exists, one id names one model,
 * every score is in its benchmark's range, lines and models agree, every claim's evidence
 * resolves, and the dates of a version's life come in an order that can happen. Pure: takes the
 * entries as read (`raw`) and those that passed their schema (`parsed`).
 *
 * Rules that only look up ids read the raw entries, so an entry that fails its schema still has
 * its references checked on the first run, and an entry that exists but fails its schema (a
 * source with a bad URL) is never reported again as unknown wherever it is named.
 */
import type { Benchmark } from '../schemas/benchmark.ts';
import type { Comparison, ComparisonModel } from '../schemas/comparison.ts';
import { UNIT_RANGE } from '../schemas/benchmark.ts';
import { isKnown, type Knowable } from '../schemas/fact.ts';
import type { FaqEntry } from '../schemas/faq.ts';
import type { Line } from '../schemas/line.ts';
import type { Model } from '../schemas/model.ts';
import type { NamedModel, NotModel } from '../schemas/other-ids.ts';
import type { Replacement } from '../schemas/replacement.ts';
import type { Source, UncitableSource } from '../schemas/source.ts';
import type { Availability } from '../schemas/availability.ts';
import type { Provider } from '../schemas/provider.ts';
import { resolveEvidence } from '../lib/sources/evidence.ts';
import { FAQ_TOPIC_IDS, faqSlug } from '../lib/faq/generate.ts';
import { outOfReleaseOrder } from '../lib/lineage/members.ts';
import { sourceRefs, type FieldPath } from '../lib/sources/refs.ts';
import { checkAvailability } from './availability.ts';
import { closest } from './did-you-mean.ts';
import type { CollectionName, ContentTree, Problem, RawEntry } from './types.ts';
import { isRecord, walkValues } from './walk.ts';

export interface Parsed<T> {
  id: string;
  file: string;
  /** Prefix for field paths: the key for keyed entries, empty for one-file entries. */
  prefix: string;
  data: T;
}

export interface ParsedTree {
  lines: Parsed<Line>[];
  models: Parsed<Model>[];
  replacements: Parsed<Replacement>[];
  sources: Parsed<Source>[];
  benchmarks: Parsed<Benchmark>[];
  comparisonModels: Parsed<ComparisonModel>[];
  comparisons: Parsed<Comparison>[];
  faq: Parsed<FaqEntry>[];
  namedModels: Parsed<NamedModel>[];
  notModels: Parsed<NotModel>[];
  providers: Parsed<Provider>[];
  availability: Parsed<Availability>[];
  uncitableSources: Parsed<UncitableSource>[];
}

type Path = FieldPath;
type Add = (entry: { file: string; prefix?: string }, path: Path, message: string) => void;

/** Model names (GPT-4o, GPT-3.5 Turbo, GPT-5.4) may hold digits; figures may not. */
const MODEL_NAMES = /\bGPT-\d[\d.]*[a-z]?\b/gi;

const join = (prefix: string, path: Path) =>
  [prefix, ...path].filter((part) => part !== '').join('.');

const prefixOf = (entry: RawEntry) => (entry.keyed ? entry.id : '');

/* ------------------------------------------------------------------------------------------ */
/* References                                                                                 */
/* ------------------------------------------------------------------------------------------ */

/** What a field that names another entry may name, and how a dangling name is reported. */
interface Reference {
  to: CollectionName[];
  /** `Unknown <noun> "id"` */
  noun: string;
  /** Where the entry would be, as advice. */
  fix: (id: string) => string;
}

const SOURCE: Reference = {
  to: ['sources'],
  noun: 'source',
  fix: () => 'add it to content/sources.yaml or fix the key',
};
const MODEL: Reference = { to: ['models'], noun: 'model', fix: () => '' };
const PROVIDER: Reference = {
  to: ['providers'],
  noun: 'provider',
  fix: () => 'add it to content/providers.yaml',
};

/**
 * A replacement is a model the catalog describes, or one a source only names
 * (content/named-models.yaml): an id in neither is a typo.
 */
const REPLACEMENT: Reference = {
  to: ['replacements', 'models', 'namedModels'],
  noun: 'replacement',
  fix: (id) => `add content/replacements/${id}.yaml, or list it in content/named-models.yaml`,
};

/**
 * Fields that name another entry wherever they sit, by field name: a field with one of these
 * names, in a schema today or one added later, is checked without a new rule.
 */
const REFERENCES_ANYWHERE: Record<string, Reference> = {
  benchmark: {
    to: ['benchmarks'],
    noun: 'benchmark',
    fix: () => 'add it to content/benchmarks.yaml',
  },
  replacement: REPLACEMENT,
  // The further replacements a shutdown offers ("a or b") resolve like the first.
  alternatives: REPLACEMENT,
  provider: PROVIDER,
  // Evidence with no public address, named where it corroborates (never cited).
  uncitedEvidence: {
    to: ['uncitableSources'],
    noun: 'uncitable source',
    fix: () => 'add it to content/uncitable-sources.yaml',
  },
};

/** Top-level fields of one collection that name entries (`model` means other things elsewhere). */
const REFERENCES_AT_TOP: Partial<Record<CollectionName, Record<string, Reference>>> = {
  lines: { members: { ...MODEL, fix: (id) => `no content/models/${id}.yaml` } },
  faq: { model: MODEL },
  providers: { describes: PROVIDER },
  comparisons: {
    model: MODEL,
    columns: {
      to: ['models', 'comparisonModels'],
      noun: 'model',
      fix: () => 'not in content/models nor content/comparison-models.yaml',
    },
  },
};

/**
 * Every reference in every entry as read, against every entry that exists (valid or not). A
 * reference into a collection whose file could not be read is not judged: that file's own problem
 * is the one to fix.
 */
function checkReferences(
  raw: ContentTree,
  unreadable: ReadonlySet<CollectionName>,
  add: Add,
): void {
  const present = Object.fromEntries(
    Object.entries(raw).map(([name, entries]) => [name, new Set(entries.map((e) => e.id))]),
  ) as Record<CollectionName, Set<string>>;
  const check = (entry: RawEntry, reference: Reference, id: unknown, path: Path) => {
    if (typeof id !== 'string') return;
    if (reference.to.some((name) => present[name].has(id) || unreadable.has(name))) return;
    if (reference === SOURCE && present.uncitableSources.has(id)) {
      add(
        { file: entry.file, prefix: prefixOf(entry) },
        path,
        `Source "${id}" has no public address (content/uncitable-sources.yaml): ` +
          'nothing may cite it; name it under uncitedEvidence instead',
      );
      return;
    }
    const known = reference.to.flatMap((name) => [...present[name]]);
    const guess = closest(id, known);
    const fix = [reference.fix(id), guess && `did you mean "${guess}"?`].filter(Boolean);
    add(
      { file: entry.file, prefix: prefixOf(entry) },
      path,
      `Unknown ${reference.noun} "${id}"${fix.length ? `: ${fix.join('; ')}` : ''}`,
    );
  };
  const checkField = (entry: RawEntry, reference: Reference, value: unknown, path: Path) => {
    if (Array.isArray(value)) value.forEach((id, i) => check(entry, reference, id, [...path, i]));
    else check(entry, reference, value, path);
  };
  const walk = (entry: RawEntry) =>
    walkValues(entry.data, (value, path) => {
      const key = path[path.length - 1];
      const reference = typeof key === 'string' ? REFERENCES_ANYWHERE[key] : undefined;
      // A field of that name holding a map (a claim keyed `replacement`) is not a reference.
      if (!reference || isRecord(value)) return false;
      checkField(entry, reference, value, [...path]);
      return true;
    });
  for (const [collection, entries] of Object.entries(raw) as [CollectionName, RawEntry[]][]) {
    for (const entry of entries) {
      for (const { id, path } of sourceRefs(entry.data)) check(entry, SOURCE, id, path);
      walk(entry);
      const atTop = REFERENCES_AT_TOP[collection] ?? {};
      if (!isRecord(entry.data)) continue;
      for (const [key, reference] of Object.entries(atTop))
        checkField(entry, reference, entry.data[key], [key]);
    }
  }
}

/* ------------------------------------------------------------------------------------------ */
/* One id, one model                                                                          */
/* ------------------------------------------------------------------------------------------ */

/**
 * Every API model id the catalog knows (a version's alias, its dated snapshots, a replacement, a
 * comparison model) names one model: an address, a shutdown notice and a comparison column all
 * resolve it, so two claims on one id publish one model's facts under another's name.
 */
function checkIdClaims(raw: ContentTree, add: Add): void {
  const claims = new Map<string, string>();
  const claim = (id: unknown, what: string, entry: RawEntry, path: Path) => {
    if (typeof id !== 'string') return;
    const first = claims.get(id);
    if (first === undefined) claims.set(id, what);
    else
      add(
        { file: entry.file, prefix: prefixOf(entry) },
        path,
        `"${id}" is already ${first}: one id names one model`,
      );
  };
  for (const model of raw.models) claim(model.id, `the model ${model.file}`, model, []);
  for (const model of raw.models) {
    const snapshots = isRecord(model.data) ? model.data['snapshots'] : undefined;
    if (!Array.isArray(snapshots)) continue;
    snapshots.forEach((snapshot, index) => {
      const id = isRecord(snapshot) ? snapshot['id'] : undefined;
      if (id === model.id) {
        add(
          model,
          ['snapshots', index, 'id'],
          `"${model.id}" is this model's alias (its file name), not a dated snapshot`,
        );
      } else
        claim(id, `a snapshot of ${model.id} (${model.file})`, model, ['snapshots', index, 'id']);
    });
  }
  for (const replacement of raw.replacements)
    claim(replacement.id, `the model ${replacement.file}`, replacement, []);
  for (const other of raw.comparisonModels)
    claim(other.id, `a comparison model in ${other.file}`, other, []);
  for (const named of raw.namedModels)
    claim(named.id, `a model a source names, in ${named.file}`, named, []);
  for (const notModel of raw.notModels)
    claim(notModel.id, `an id that is not a model, in ${notModel.file}`, notModel, []);
}

/**
 * A shutdown names the model's own alias or its own snapshots, each of the right kind (read from
 * the file as typed, so ids left over from a copied file are named on the first run).
 */
function checkShutdownIds(raw: ContentTree, add: Add): void {
  const list = (value: unknown, key: string): unknown[] => {
    const items = isRecord(value) ? value[key] : undefined;
    return Array.isArray(items) ? items : [];
  };
  for (const model of raw.models) {
    const ownIds = new Set([
      model.id,
      ...list(model.data, 'snapshots').map((s) => isRecord(s) && s['id']),
    ]);
    const snapshotIds = new Set(list(model.data, 'snapshots').map((s) => isRecord(s) && s['id']));
    list(model.data, 'lifecycle').forEach((event, index) => {
      if (isRecord(event) && event['type'] === 'snapshot-shutdown') {
        // A retired snapshot is one of the model's own, listed under snapshots.
        list(event, 'ids').forEach((id, i) => {
          if (typeof id === 'string' && !snapshotIds.has(id))
            add(
              model,
              ['lifecycle', index, 'ids', i],
              `"${id}" is not one of this model's snapshots: list it under snapshots`,
            );
        });
        return;
      }
      if (!isRecord(event) || event['type'] !== 'shutdown') return;
      list(event, 'ids').forEach((entry, i) => {
        if (!isRecord(entry) || typeof entry['id'] !== 'string') return;
        const { id, kind } = entry;
        if (!ownIds.has(id)) {
          add(
            model,
            ['lifecycle', index, 'ids', i, 'id'],
            `"${id}" is neither this model's id nor one of its snapshots`,
          );
        } else if (
          (kind === 'alias' || kind === 'snapshot') &&
          (kind === 'alias') !== (id === model.id)
        ) {
          add(
            model,
            ['lifecycle', index, 'ids', i, 'kind'],
            `"${id}" is ${id === model.id ? 'the alias' : 'a dated snapshot'}, ` +
              `not ${kind === 'alias' ? 'the alias' : 'a snapshot'}`,
          );
        }
      });
    });
  }
}

/* ------------------------------------------------------------------------------------------ */
/* Lines and their members                                                                    */
/* ------------------------------------------------------------------------------------------ */

/** Which line each model belongs to, from the lines as read; reports members listed twice. */
function checkMembership(raw: ContentTree, add: Add): Map<string, string> {
  const lineOf = new Map<string, string>();
  for (const line of raw.lines) {
    const members = isRecord(line.data) ? line.data['members'] : undefined;
    if (!Array.isArray(members)) continue;
    const seen = new Set<string>();
    members.forEach((member, index) => {
      if (typeof member !== 'string') return;
      if (seen.has(member)) add(line, ['members', index], `"${member}" is listed twice`);
      seen.add(member);
      const other = lineOf.get(member);
      if (other !== undefined && other !== line.id)
        add(line, ['members', index], `"${member}" is already a member of line "${other}"`);
      else lineOf.set(member, line.id);
    });
  }
  // With a line file unreadable, membership is unknown: that file's problem is the one to fix.
  if (raw.lines.some((line) => !isRecord(line.data) || !Array.isArray(line.data['members'])))
    return lineOf;
  for (const model of raw.models) {
    if (!lineOf.has(model.id))
      add(model, [], `Model "${model.id}" is not a member of any line in content/lines`);
  }
  return lineOf;
}

/* ------------------------------------------------------------------------------------------ */
/* Dates that must come in order                                                              */
/* ------------------------------------------------------------------------------------------ */

/**
 * True when date `a` is certainly after date `b`. Dates hold the precision the source gives
 * (`2025`, `2025-08`, `2025-08-07`): they are compared at the coarser of the two, so `2025-08` is
 * not after `2025-08-07` (it may be the same day).
 */
function isAfter(a: string, b: string): boolean {
  const length = Math.min(a.length, b.length);
  return a.slice(0, length) > b.slice(0, length);
}

/**
 * Fields holding the day something was read or announced: nothing can be read after the day the
 * line's data was verified. (Dates of events, such as a shutdown's `date` or a fact's `since`, may
 * lie ahead.)
 */
const READ_ON = new Set(['asOf', 'announced']);

/** Each date in `data` whose field is in READ_ON, with its path. */
function readingDates(data: unknown): { date: string; path: Path }[] {
  const found: { date: string; path: Path }[] = [];
  walkValues(data, (value, path) => {
    const key = path[path.length - 1];
    if (typeof key === 'string' && READ_ON.has(key) && typeof value === 'string')
      found.push({ date: value, path: [...path] });
  });
  return found;
}

/**
 * A value's history holds earlier readings: none may be dated after the reading that replaced it.
 */
function checkHistoryOrder(entry: Parsed<unknown>, add: Add): void {
  walkValues(entry.data, (value, path) => {
    if (!isRecord(value)) return;
    const asOf = value['asOf'];
    const history = value['history'];
    if (typeof asOf !== 'string' || !Array.isArray(history)) return;
    history.forEach((earlier, i) => {
      const earlierAsOf = isRecord(earlier) ? earlier['asOf'] : undefined;
      if (typeof earlierAsOf === 'string' && isAfter(earlierAsOf, asOf)) {
        add(
          entry,
          [...path, 'history', i, 'asOf'],
          `An earlier value is dated ${earlierAsOf}, after the current one (${asOf}): ` +
            'history holds what the source said before',
        );
      }
    });
  });
}

/** A model's or replacement's knowledge cannot reach past its release. */
function checkCutoff(
  entry: Parsed<{ released: Knowable<string>; knowledgeCutoff: Knowable<string> }>,
  add: Add,
): void {
  const { released, knowledgeCutoff } = entry.data;
  if (!isKnown(released) || !isKnown(knowledgeCutoff)) return;
  if (isAfter(knowledgeCutoff.value, released.value)) {
    add(
      entry,
      ['knowledgeCutoff', 'value'],
      `The knowledge cutoff (${knowledgeCutoff.value}) is after the release ` +
        `(${released.value}): a model cannot be trained on what came after it`,
    );
  }
}

/**
 * The order of one version's life: release, announcement, readings, shutdown. `released` is
 * undefined when the release itself is already reported, so it is not blamed again.
 */
function checkLifecycle(model: Parsed<Model>, released: string | undefined, add: Add): void {
  const ownIds = new Set([model.id, ...model.data.snapshots.map((s) => s.id)]);
  model.data.lifecycle.forEach((event, index) => {
    const at = (field: string): Path => ['lifecycle', index, field];
    /** Reports `date` before the release; true when it did. */
    const beforeRelease = (date: string, what: string, field: string) => {
      if (released === undefined || !isAfter(released, date)) return false;
      add(model, at(field), `${what} (${date}) is before the release (${released})`);
      return true;
    };
    switch (event.type) {
      case 'shutdown': {
        // Each wrong date is reported once: a date already found wrong is not compared again.
        const dateWrong = beforeRelease(event.date, 'The shutdown', 'date');
        const { announced } = event;
        if (announced !== undefined) {
          if (!dateWrong && isAfter(announced, event.date)) {
            add(
              model,
              at('announced'),
              `Announced ${announced}, after the shutdown itself (${event.date})`,
            );
          } else if (
            !beforeRelease(announced, 'The announcement', 'announced') &&
            isAfter(announced, event.asOf)
          ) {
            add(
              model,
              at('asOf'),
              `Read on ${event.asOf}, before the shutdown was announced (${announced})`,
            );
          }
        }
        if (event.replacement !== undefined && ownIds.has(event.replacement)) {
          add(
            model,
            at('replacement'),
            `"${event.replacement}" is this model: a model cannot replace itself`,
          );
        }
        break;
      }
      case 'api-check':
        beforeRelease(event.asOf, 'A check that the API serves it', 'asOf');
        break;
      case 'fine-tuning-deadline':
        beforeRelease(event.date, 'The fine-tuning deadline', 'date');
        break;
      case 'product':
        // ChatGPT and Codex may carry a model before the API does: no order to check.
        break;
    }
  });
}

/**
 * Nothing is read after the day the data was verified: every `asOf` and `announced` of an entry,
 * a version's release and every source it cites are on or before its line's verified day.
 */
function checkVerifiedDay(
  entry: Parsed<unknown>,
  verified: { day: string; line: string },
  sources: ReadonlyMap<string, Parsed<Source>>,
  sourceBlamed: Set<string>,
  add: Add,
): void {
  const advice =
    `after the verified day of line "${verified.line}" (${verified.day}): move verified in ` +
    `content/lines/${verified.line}.yaml forward once the data is checked, or fix the date`;
  for (const { date, path } of readingDates(entry.data)) {
    if (isAfter(date, verified.day)) add(entry, path, `Dated ${date}, ${advice}`);
  }
  for (const { id } of sourceRefs(entry.data)) {
    const source = sources.get(id);
    const date = source?.data.date;
    if (!source || !date || sourceBlamed.has(id) || !isAfter(date, verified.day)) continue;
    sourceBlamed.add(id);
    add(source, ['date'], `Dated ${date} and cited by ${entry.file}, ${advice}`);
  }
}

/* ------------------------------------------------------------------------------------------ */
/* The whole pass                                                                             */
/* ------------------------------------------------------------------------------------------ */

/** Every cross-field and cross-entry problem. */
export function checkIntegrity(
  tree: ParsedTree,
  raw: ContentTree,
  unreadable: ReadonlySet<CollectionName> = new Set(),
): Problem[] {
  const problems: Problem[] = [];
  const add: Add = (entry, path, message) =>
    problems.push({ file: entry.file, path: join(entry.prefix ?? '', path), message });

  checkReferences(raw, unreadable, add);
  checkIdClaims(raw, add);
  checkShutdownIds(raw, add);
  checkAvailability(raw, add);
  const lineOf = checkMembership(raw, add);

  const benchmarks = new Map(tree.benchmarks.map((b) => [b.id, b.data]));

  /** Reports any score outside its benchmark's range (an unknown benchmark is reported above). */
  const checkScores = (
    entry: Parsed<unknown>,
    id: string,
    scores: { value: number | null; path: Path }[],
  ) => {
    const benchmark = benchmarks.get(id);
    if (!benchmark) return;
    const range = UNIT_RANGE[benchmark.unit];
    for (const { value, path } of scores) {
      if (value !== null && (value < range.min || value > range.max)) {
        add(
          entry,
          path,
          `Score ${value} is out of range for ${benchmark.name} ` +
            `(${benchmark.unit}: ${range.min} to ${range.max})`,
        );
      }
    }
  };

  for (const model of tree.models) {
    model.data.benchmarks.forEach((score, index) =>
      checkScores(model, score.benchmark, [
        { value: score.score, path: ['benchmarks', index, 'score'] },
      ]),
    );
    for (const list of ['strengths', 'bestFor'] as const) {
      model.data[list].forEach((claim, index) => {
        const result = resolveEvidence(model.data, claim.evidence, benchmarks);
        if (!result.ok) add(model, [list, index, 'evidence'], result.reason);
        if (/\d/.test(claim.text.replace(MODEL_NAMES, ''))) {
          add(
            model,
            [list, index, 'text'],
            'Claim text holds a number; the evidence shows the figure from data, ' +
              'so write the claim without it',
          );
        }
      });
    }
  }

  // Members in release order.
  const modelById = new Map(tree.models.map((m) => [m.id, { id: m.id, data: m.data }]));
  for (const line of tree.lines) {
    const members = line.data.members.flatMap((id) => modelById.get(id) ?? []);
    for (const id of outOfReleaseOrder(members)) {
      add(
        line,
        ['members', line.data.members.indexOf(id)],
        `"${id}" is released before the member listed ahead of it; list members oldest first`,
      );
    }
  }

  // Dates in an order that can happen.
  const lines = new Map(tree.lines.map((line) => [line.id, line]));
  const verifiedOf = (modelId: string) => {
    const lineId = lineOf.get(modelId);
    const line = lineId === undefined ? undefined : lines.get(lineId);
    return line && { day: line.data.verified, line: line.id };
  };
  const sources = new Map(tree.sources.map((s) => [s.id, s]));
  const sourceBlamed = new Set<string>();
  const checkVerified = (entry: Parsed<unknown>, modelId: string) => {
    const verified = verifiedOf(modelId);
    if (verified) checkVerifiedDay(entry, verified, sources, sourceBlamed, add);
  };
  for (const line of tree.lines) {
    checkVerifiedDay(line, { day: line.data.verified, line: line.id }, sources, sourceBlamed, add);
    checkHistoryOrder(line, add);
  }
  for (const model of tree.models) {
    const released = model.data.released.value;
    const verified = verifiedOf(model.id);
    const releasedLate = verified !== undefined && isAfter(released, verified.day);
    if (releasedLate) {
      add(
        model,
        ['released', 'value'],
        `Released ${released}, after the verified day of line "${verified.line}" ` +
          `(${verified.day}): the line cannot call it newest before it exists`,
      );
    }
    checkLifecycle(model, releasedLate ? undefined : released, add);
    checkCutoff(model, add);
    checkHistoryOrder(model, add);
    checkVerified(model, model.id);
  }
  // A replacement is read for the versions it replaces: as of their lines' verified days.
  for (const replacement of tree.replacements) {
    checkCutoff(replacement, add);
    checkHistoryOrder(replacement, add);
    const replaced = tree.models.find((m) =>
      m.data.lifecycle.some((e) => e.type === 'shutdown' && e.replacement === replacement.id),
    );
    if (replaced) checkVerified(replacement, replaced.id);
  }
  for (const entry of [...tree.faq, ...tree.comparisons]) checkVerified(entry, entry.data.model);
  // A provider's readings of a model: as of the verified day of its line (of the line of a version
  // it replaces, for a replacement).
  for (const entry of tree.availability) {
    checkHistoryOrder(entry, add);
    const version = tree.models.find(
      (m) =>
        m.id === entry.id ||
        m.data.lifecycle.some((e) => e.type === 'shutdown' && e.replacement === entry.id),
    );
    if (version) checkVerified(entry, version.id);
  }

  // Published comparisons: every score in range.
  for (const comparison of tree.comparisons) {
    comparison.data.rows.forEach((row, r) =>
      checkScores(
        comparison,
        row.benchmark,
        row.scores.map((value, c) => ({ value, path: ['rows', r, 'scores', c] })),
      ),
    );
  }

  // Hand-written FAQ entries sit in their model's folder and do not take a generated anchor.
  for (const entry of tree.faq) {
    const folder = entry.id.split('/').slice(0, -1).join('/');
    if (folder !== entry.data.model) {
      add(
        entry,
        ['model'],
        `The entry is for "${entry.data.model}" but sits in content/faq/${folder || ''}: ` +
          `move it to content/faq/${entry.data.model}/ or fix model`,
      );
    }
    const slug = faqSlug(entry.id);
    if ((FAQ_TOPIC_IDS as readonly string[]).includes(slug)) {
      add(
        entry,
        [],
        `File name "${slug}" would give the same anchor as a generated question; rename the file`,
      );
    }
  }
  return problems;
}
