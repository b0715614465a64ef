/**
 * schema.org's vocabulary, read from the N-Quads file that @vocabulary/schema ships (the
 * schemaorg-current release, parsed with N3.js): every class, every property, the classes each
 * property may be used on (domainIncludes) and each class's parents. Checks JSON-LD against it
 * offline, so a made-up type or property, or one used on the wrong type, fails a test.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Parser } from 'n3';

const SCHEMA = 'http://schema.org/';
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const RDF_PROPERTY = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#Property';
const RDFS_CLASS = 'http://www.w3.org/2000/01/rdf-schema#Class';
const SUBCLASS_OF = 'http://www.w3.org/2000/01/rdf-schema#subClassOf';
const DOMAIN_INCLUDES = `${SCHEMA}domainIncludes`;

interface Vocabulary {
  classes: Set<string>;
  properties: Set<string>;
  /** Property → classes it is declared on. */
  domains: Map<string, Set<string>>;
  /** Class → its direct parents. */
  parents: Map<string, Set<string>>;
}

let vocabulary: Vocabulary | undefined;

/** The vocabulary, parsed once per test file. Names are without the schema.org prefix. */
function schemaOrg(): Vocabulary {
  if (vocabulary) return vocabulary;
  const require = createRequire(import.meta.url);
  const file = join(dirname(require.resolve('@vocabulary/schema/package.json')), 'schema.nq');
  const quads = new Parser({ format: 'N-Quads' }).parse(readFileSync(file, 'utf8'));
  const v: Vocabulary = {
    classes: new Set(),
    properties: new Set(),
    domains: new Map(),
    parents: new Map(),
  };
  const local = (iri: string) => (iri.startsWith(SCHEMA) ? iri.slice(SCHEMA.length) : undefined);
  const add = (map: Map<string, Set<string>>, key: string, value: string) =>
    map.set(key, (map.get(key) ?? new Set()).add(value));
  for (const { subject, predicate, object } of quads) {
    const name = local(subject.value);
    if (!name) continue;
    if (predicate.value === RDF_TYPE && object.value === RDFS_CLASS) v.classes.add(name);
    if (predicate.value === RDF_TYPE && object.value === RDF_PROPERTY) v.properties.add(name);
    const target = local(object.value);
    if (predicate.value === DOMAIN_INCLUDES && target) add(v.domains, name, target);
    if (predicate.value === SUBCLASS_OF && target) add(v.parents, name, target);
  }
  vocabulary = v;
  return v;
}

/** A class and every class above it. */
function ancestors(v: Vocabulary, type: string): Set<string> {
  const seen = new Set<string>();
  const stack = [type];
  while (stack.length > 0) {
    const next = stack.pop() as string;
    if (seen.has(next)) continue;
    seen.add(next);
    stack.push(...(v.parents.get(next) ?? []));
  }
  return seen;
}

/**
 * Every problem in a JSON-LD value: an @type that is not a schema.org class, a property that is
 * not a schema.org property, or a property that none of the node's types (or their parents) may
 * carry. Empty when the value uses schema.org's vocabulary correctly.
 */
export function jsonLdProblems(value: unknown, path = '$'): string[] {
  const v = schemaOrg();
  if (Array.isArray(value))
    return value.flatMap((item, i) => jsonLdProblems(item, `${path}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  const node = value as Record<string, unknown>;
  const types = ([] as unknown[]).concat(node['@type'] ?? []).map(String);
  const problems: string[] = [];
  for (const type of types) {
    if (!v.classes.has(type)) problems.push(`${path}: @type ${type} is not a schema.org class`);
  }
  const allowed = new Set(types.flatMap((t) => [...ancestors(v, t)]));
  for (const [key, child] of Object.entries(node)) {
    if (key.startsWith('@')) continue;
    if (!v.properties.has(key)) problems.push(`${path}.${key}: not a schema.org property`);
    else if (types.length > 0 && ![...(v.domains.get(key) ?? [])].some((d) => allowed.has(d)))
      problems.push(`${path}.${key}: not a property of ${types.join(', ')}`);
    problems.push(...jsonLdProblems(child, `${path}.${key}`));
  }
  return problems;
}
