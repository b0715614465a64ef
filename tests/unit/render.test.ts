/**
 * The shared renderers (src/lib/render/): what the build and the browser both draw. Checked as a
 * reader's text, and for what must never happen (unescaped data, a marker pointing nowhere).
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildCitationIndex } from '../../src/lib/sources/citations.ts';
import { compareFile, mergeFiles } from '../../src/lib/compare/files.ts';
import { toCompareModel } from '../../src/lib/compare/model.ts';
import { REPLACEMENTS_GROUP, type CompareGroup } from '../../src/lib/compare/types.ts';
import { comparisonView } from '../../src/lib/compare/view.ts';
import { markup, type Html } from '../../src/lib/render/html.ts';
import { migrationNotes } from '../../src/lib/compare/migration.ts';
import { cite } from '../../src/lib/render/cite.ts';
import { groupChoices, groupTitle, pickerGroups } from '../../src/lib/render/compare-picker.ts';
import { compareView } from '../../src/lib/render/compare-view.ts';
import { sourceList } from '../../src/lib/render/source-list.ts';
import { baseModel, baseReplacement, BASE_MODEL, SOURCES } from '../support/builders.ts';

/** Text content with tags removed and whitespace folded, as a reader would read it. */
const text = (html: Html | string) =>
  String(html)
    .replace(/<\/?(?:strong|span|a|code|sup|time|em|q|label)\b[^>]*>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();

describe('markup', () => {
  it('escapes every interpolated value, in text and in attributes', () => {
    const evil = '<img src=x onerror="alert(1)">&\'';
    expect(markup`<p title="${evil}">${evil}</p>`.value).toBe(
      '<p title="&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&amp;&#39;">' +
        '&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&amp;&#39;</p>',
    );
  });

  it('inserts markup as it is, lists in order, and nothing for false, null or undefined', () => {
    const items = ['a', 'b'].map((x) => markup`<li>${x}</li>`);
    expect(markup`<ul>${items}${false}${null}${undefined}${0}</ul>`.value).toBe(
      '<ul><li>a</li><li>b</li>0</ul>',
    );
  });
});

describe('source list', () => {
  const index = buildCitationIndex(
    [{ source: 'blog' }, { source: 'third' }, { source: 'docs' }],
    SOURCES,
  );

  it('gives each source its number, title, publisher, date and third-party mark', () => {
    expect(text(sourceList(index))).toBe(
      'Sources ' +
        'Launch post — OpenAI, Jan 2, 2025 ' +
        'A reading — Someone, date not given · third-party ' +
        'Model page — OpenAI, date not given',
    );
    expect(sourceList(index).value).toContain(
      '<li id="source-third" value="2"><a href="https://example.org/post">',
    );
  });

  it('marks a third-party fact beside its marker, and refuses a source not in the list', () => {
    expect(text(cite(index, 'third', 'medium'))).toBe('[2] third-party');
    expect(() => cite(buildCitationIndex([], SOURCES), 'docs')).toThrow('not in this page');
  });
});

describe('a comparison with a listed replacement', () => {
  const fact = <T>(value: T, source = 'docs') => ({ value, source });
  const from = baseModel({
    name: 'Old mini',
    features: { ...BASE_MODEL.features, fineTuning: fact(true) },
  });
  const to = baseReplacement({
    notes: [
      {
        value: 'Changing the ID alone won’t do.',
        source: 'third',
        confidence: 'medium',
        verbatim: true,
      },
    ],
  });
  const set = mergeFiles([
    compareFile(toCompareModel('old', from, null, 'version', 'line'), new Map(), SOURCES, {
      from: 'old',
      to: 'terra',
      notes: migrationNotes(from, to),
    }),
    compareFile(
      toCompareModel('terra', to, null, 'replacement', REPLACEMENTS_GROUP),
      new Map(),
      SOURCES,
    ),
  ]);
  const drawn = compareView(comparisonView(set, ['old', 'terra']), { inline: true });

  it('says what the move asks, quoting a source in its own words', () => {
    const section = /<section aria-labelledby="moving-old"[\s\S]*?<\/section>/.exec(drawn.value);
    expect(text(section?.[0] ?? '')).toBe(
      'Moving from Old mini to Test Terra ' +
        'OpenAI lists Test Terra as the replacement for Old mini (the Status row gives the ' +
        'source). What the move asks beyond changing the model ID: ' +
        "Test Terra reasons by default (default effort: medium); Old mini's reasoning is not " +
        'stated in the sources. Expect reasoning tokens, billed as output, unless you set the ' +
        'effort to none.[1] ' +
        'Someone: “Changing the ID alone won’t do.”[2] third-party',
    );
  });

  it('lists every source it cites, with a marker that links to it', () => {
    const cited = [...drawn.value.matchAll(/href="#source-([^"]+)"/g)].map((m) => m[1]);
    const listed = [...drawn.value.matchAll(/<li id="source-([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(cited)).toEqual(new Set(listed));
  });

  it('keeps two models in one column each, with no sideways-scroll cue', () => {
    expect(drawn.value).toContain('class="compare-scroll cols-2"');
    expect(drawn.value).not.toContain('scroll-cue');
  });
});

describe('the picker', () => {
  const line = (id: string, size: number): CompareGroup => ({
    id,
    name: `Line ${id}`,
    kind: 'line',
    members: Array.from({ length: size }, (_, i) => ({ id: `${id}-v${i}`, name: `V${i}` })),
  });

  it('calls replacement models models, never versions', () => {
    expect(groupTitle({ name: 'Line', kind: 'line', count: 4 })).toBe('Line · 4 versions');
    expect(groupTitle({ name: 'Replacements', kind: 'replacements', count: 1 })).toBe(
      'Replacements · 1 model',
    );
  });

  it('ticks the chosen models', () => {
    const boxes = groupChoices(line('a', 3), new Set(['a-v1'])).value;
    expect(boxes.match(/<input [^>]*>/g)).toEqual([
      '<input type="checkbox" name="models" value="a-v0">',
      '<input type="checkbox" name="models" value="a-v1" checked>',
      '<input type="checkbox" name="models" value="a-v2">',
    ]);
  });

  it('holds thousands of versions in a small page: only the open group lists them', () => {
    const size = (lines: number, perLine: number, openFirst: boolean) => {
      const groups = Array.from({ length: lines }, (_, i) => line(`l${i}`, perLine));
      const open = new Map(groups.slice(0, openFirst ? 1 : 0).map((g) => [g.id, g]));
      const summaries = groups.map((g) => ({ ...g, count: g.members.length }));
      return gzipSync(pickerGroups(summaries, open, new Set(['l0-v0', 'l0-v1'])).value).length;
    };
    // 5,000 versions in 500 lines of 10: the picker is a fraction of the 200 KB page budget.
    expect(size(500, 10, true)).toBeLessThan(20 * 1024);
    // Closed groups list no versions: ten times as many versions cost almost nothing more.
    expect(size(500, 100, false)).toBeLessThan(size(500, 10, false) * 1.05);
  });
});
