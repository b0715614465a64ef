import { describe, expect, it } from 'vitest';
import {
  fitAxisLabels,
  fitLabels,
  wrapLabel,
  type Measure,
} from '../../src/lib/charts/wrap-label.ts';

/** Twice the characters: a stand-in for pixels, to show the width unit is the measure's. */
const double: Measure = (text) => text.length * 2;

describe.each([
  ['GPQA Diamond (no tools) · high', 16, undefined, ['GPQA Diamond', '(no tools)', '· high']],
  ['GPQA Diamond (no tools) · high', 26, undefined, ['GPQA Diamond (no tools)', '· high']],
  ['GPQA Diamond (no tools) · high', 32, double, ['GPQA Diamond', '(no tools)', '· high']],
  ['MMLU', 16, undefined, ['MMLU']],
  ['', 16, undefined, []],
  [
    'OpenAI MRCR v2 8-needle (128K–256K)',
    26,
    undefined,
    ['OpenAI MRCR v2 8-needle', '(128K–256K)'],
  ],
  // A setup that fits a line of its own moves there whole.
  ['Graphwalks parents (under 128K)', 18, undefined, ['Graphwalks parents', '(under 128K)']],
  // A setup wider than any line breaks between its words instead.
  [
    'MMMU-Pro (average of standard and vision sets)',
    20,
    undefined,
    ['MMMU-Pro (average of', 'standard and vision', 'sets)'],
  ],
  // A word wider than a line is not cut.
  ['Averyveryveryverylongword here', 8, undefined, ['Averyveryveryverylongword', 'here']],
] as const)('wrapLabel(%j, %d)', (label, width, measure, expected) => {
  it(`is ${JSON.stringify(expected)}`, () =>
    expect(wrapLabel(label, width, measure)).toEqual(expected));
});

const gpqa = 'GPQA Diamond (no tools) · high';

describe.each([
  {
    why: 'the narrowest width at which every label takes at most maxLines lines',
    labels: [gpqa, 'MMLU'],
    options: { preferred: 10, max: 40, maxLines: 2 },
    expected: { width: 17, lines: [['GPQA Diamond', '(no tools) · high'], ['MMLU']] },
  },
  {
    why: 'the preferred width when it is already enough',
    labels: ['MMLU'],
    options: { preferred: 10, max: 40, maxLines: 1 },
    expected: { width: 10, lines: [['MMLU']] },
  },
  {
    why: 'one line each when maxLines is 1 and max allows it',
    labels: ['Graphwalks parents (under 128K)', 'MMLU'],
    options: { preferred: 10, max: 40, maxLines: 1 },
    expected: { width: 31, lines: [['Graphwalks parents (under 128K)'], ['MMLU']] },
  },
  {
    why: 'in the measure’s unit',
    labels: [gpqa],
    options: { preferred: 20, max: 80, maxLines: 2, measure: double },
    expected: { width: 34, lines: [['GPQA Diamond', '(no tools) · high']] },
  },
  {
    why: 'the narrowest width when saving lines is worth nothing',
    labels: ['aaaa bbbb cccc', 'dd ee'],
    options: { preferred: 4, max: 20, maxLines: 3 },
    expected: {
      width: 4,
      lines: [
        ['aaaa', 'bbbb', 'cccc'],
        ['dd', 'ee'],
      ],
    },
  },
  {
    why: 'still the narrowest when a line saved is worth exactly the width it costs',
    labels: ['aaaa bbbb cccc', 'dd ee'],
    options: { preferred: 4, max: 20, maxLines: 3, lineWorth: 1 },
    expected: {
      width: 4,
      lines: [
        ['aaaa', 'bbbb', 'cccc'],
        ['dd', 'ee'],
      ],
    },
  },
  {
    why: 'a wider width when the lines it saves are worth more than the width',
    labels: ['aaaa bbbb cccc', 'dd ee'],
    options: { preferred: 4, max: 20, maxLines: 3, lineWorth: 2 },
    expected: { width: 5, lines: [['aaaa', 'bbbb', 'cccc'], ['dd ee']] },
  },
  {
    why: 'undefined when a word is wider than max',
    labels: ['Averyveryveryverylongword'],
    options: { preferred: 5, max: 10, maxLines: 3 },
    expected: undefined,
  },
  {
    why: 'undefined when max does not allow few enough lines',
    labels: [gpqa],
    options: { preferred: 5, max: 16, maxLines: 2 },
    expected: undefined,
  },
  {
    why: 'undefined when no line fits the row at all',
    labels: ['MMLU'],
    options: { preferred: 5, max: 40, maxLines: 0 },
    expected: undefined,
  },
])('fitLabels: $why', ({ labels, options, expected }) => {
  it(`is ${JSON.stringify(expected)}`, () => expect(fitLabels(labels, options)).toEqual(expected));
});

/** A font of `size` whose every character is `size` wide. */
const mono =
  (size: number): Measure =>
  (text) =>
    text.length * size;
const axis = { lineHeight: 1.2, gap: 4, maxLines: 3, preferred: 0, measure: mono };

describe.each([
  {
    why: 'the larger size, in two lines, when two lines fit the row and the width',
    labels: [gpqa],
    options: { ...axis, rowHeight: 40, sizes: [12, 10], max: 210 },
    expected: { size: 12, lines: [['GPQA Diamond', '(no tools) · high']] },
  },
  {
    why: 'a smaller size when the larger needs more lines than the row holds',
    labels: [gpqa],
    options: { ...axis, rowHeight: 40, sizes: [12, 10], max: 200 },
    expected: { size: 10, lines: [['GPQA Diamond', '(no tools) · high']] },
  },
  {
    why: 'three lines where the row is tall enough for three',
    labels: [gpqa],
    options: { ...axis, rowHeight: 44, sizes: [11], max: 140 },
    expected: { size: 11, lines: [['GPQA Diamond', '(no tools)', '· high']] },
  },
  {
    why: 'the fewest lines first, not the narrowest column',
    labels: ['Graphwalks parents'],
    options: { ...axis, rowHeight: 60, sizes: [10], max: 500 },
    expected: { size: 10, lines: [['Graphwalks parents']] },
  },
  {
    why: 'never more than maxLines, however tall the row',
    labels: ['a b c d'],
    options: { ...axis, rowHeight: 400, sizes: [1], lineHeight: 1, max: 1 },
    expected: { size: 1, lines: [['a', 'b', 'c', 'd']] },
  },
  {
    why: 'the smallest size wrapped at max when nothing fits',
    labels: [gpqa],
    options: { ...axis, rowHeight: 10, sizes: [12, 10], max: 170 },
    expected: { size: 10, lines: [['GPQA Diamond', '(no tools) · high']] },
  },
])('fitAxisLabels: $why', ({ labels, options, expected }) => {
  it(`is ${JSON.stringify(expected)}`, () =>
    expect(fitAxisLabels(labels, options)).toEqual(expected));
});
