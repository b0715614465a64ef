/**
 * The share card's layout, 1200×630, as the element tree satori renders (plain objects in the
 * shape of React elements, so no JSX runtime is needed). Colours are the site's light tokens
 * (src/styles/tokens.css); the font is Inter, self-hosted from @fontsource/inter. Pure: the tree
 * is a function of the card's content alone, and it is what the render cache hashes.
 */
import type { ConfidenceMark } from '../sources/confidence.ts';
import type { CardColumn, CardContent } from './content.ts';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
const PADDING = 64;
const CONTENT_WIDTH = CARD_WIDTH - 2 * PADDING;

const COLOR = {
  bg: '#ffffff',
  text: '#1a1d21',
  muted: '#4f5863',
  accent: '#0b5ea8',
  border: '#c9d1d9',
  warningBg: '#fde3e1',
  warningText: '#80170f',
  surface: '#f4f6f8',
};

type Style = Record<string, string | number>;
export interface CardNode {
  type: string;
  props: { style: Style; children?: string | CardNode | CardNode[] };
}

const el = (type: string, style: Style, children?: string | CardNode | CardNode[]): CardNode => ({
  type,
  props: children === undefined ? { style } : { style, children },
});
const box = (style: Style, children?: string | CardNode | CardNode[]) =>
  el('div', { display: 'flex', ...style }, children);

/** Long titles get a smaller size, so "GPT-4.1 mini vs GPT-6.1 Terra" stays on one line. */
const titleSize = (title: string) => (title.length <= 16 ? 88 : title.length <= 26 ? 68 : 54);

/**
 * The mark of a value that is not OpenAI's own text: an asterisk, which the font's Latin subset has
 * (a dagger it lacks); the footer says what it means.
 */
const mark = (which: ConfidenceMark | undefined) => (which ? ' *' : '');

/** A fact's width in the 2×2 grid: half a row, or the whole row when its value is long. */
const factWidth = (value: string) => (value.length > 20 ? CONTENT_WIDTH : CONTENT_WIDTH / 2 - 36);

function factGrid(column: CardColumn, wide: boolean): CardNode {
  return box({ flexDirection: 'column', flexGrow: 1, flexBasis: 0, gap: 14 }, [
    ...(column.heading
      ? [box({ fontSize: 34, fontWeight: 700, color: COLOR.accent }, column.heading)]
      : []),
    box(
      { flexDirection: wide ? 'row' : 'column', flexWrap: 'wrap', gap: wide ? 28 : 10 },
      column.facts.map((f) =>
        box(
          // One card, one model: a 2×2 grid of label over value. A pair: "label value" rows.
          wide
            ? { flexDirection: 'column', width: factWidth(f.value), gap: 2 }
            : { flexDirection: 'row', gap: 12, alignItems: 'baseline' },
          [
            box({ fontSize: 24, color: COLOR.muted }, f.label),
            box({ fontSize: wide ? 38 : 30 }, `${f.value}${mark(f.mark)}`),
          ],
        ),
      ),
    ),
  ]);
}

/** The element tree of one card. */
export function cardTree(card: CardContent): CardNode {
  const wide = card.columns.length === 1;
  const marks = new Set(
    [...card.columns.flatMap((c) => c.facts.map((f) => f.mark)), card.status?.mark].filter(
      (m): m is ConfidenceMark => m !== undefined,
    ),
  );
  const content = cardContent(card, wide, marks);
  // Satori sizes boxes without their padding (content-box), so the fixed size sits on an outer
  // box and the padding on an inner one that fills it.
  return box(
    {
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      flexDirection: 'column',
      backgroundColor: COLOR.bg,
      color: COLOR.text,
      fontFamily: 'Inter',
    },
    [
      box({ height: 16, backgroundColor: COLOR.accent }),
      box({ flexDirection: 'column', flexGrow: 1, padding: `40px ${PADDING}px 32px` }, content),
    ],
  );
}

function cardContent(card: CardContent, wide: boolean, marks: Set<ConfidenceMark>): CardNode[] {
  return [
    box({ fontSize: 26, color: COLOR.muted }, card.eyebrow),
    box(
      { fontSize: titleSize(card.title), fontWeight: 700, marginTop: 8, lineHeight: 1.1 },
      card.title,
    ),
    box(
      { flexDirection: 'row', gap: 48, marginTop: 32, flexGrow: 1 },
      card.columns.map((column) => factGrid(column, wide)),
    ),
    ...(card.status
      ? [
          box(
            {
              fontSize: 26,
              padding: '12px 20px',
              borderRadius: 8,
              backgroundColor: card.status.warning ? COLOR.warningBg : COLOR.surface,
              color: card.status.warning ? COLOR.warningText : COLOR.text,
              marginBottom: 20,
            },
            `${card.status.text}${mark(card.status.mark)}`,
          ),
        ]
      : []),
    box(
      {
        flexDirection: 'row',
        justifyContent: 'space-between',
        fontSize: 22,
        color: COLOR.muted,
        borderTop: `2px solid ${COLOR.border}`,
        paddingTop: 14,
      },
      [
        box({ flexShrink: 1 }, card.footer),
        box(
          { flexShrink: 0, marginLeft: 24 },
          marks.size > 0 ? `* ${[...marks].sort().join(' or ')} source` : '',
        ),
      ],
    ),
  ];
}
