/**
 * What the head of each page carries besides its title: its share card, its short name for the
 * breadcrumb trail, and its other forms. Looked up by the page's address, so the layout adds them
 * to every page and no page has to pass them: a version's page (card, Markdown twin), each
 * pre-rendered comparison (from getComparisonPairs) and, for every other page, the site's card.
 * The cards written after the pages (src/data/bulk-files.ts) come from the same registry, so a card
 * exists exactly where a page points.
 */
import {
  modelCard,
  pairCard,
  siteCard,
  type CardContent,
  type CardModel,
} from '../lib/cards/content.ts';
import { modelCardPath, pairCardPath, pairPath, PATHS } from '../lib/paths.ts';
import { isThirdParty } from '../lib/sources/confidence.ts';
import { replacementNames } from '../lib/lifecycle/wording.ts';
import { modelMarkdownPath, modelPagePath } from '../lib/paths.ts';
import { getCatalog, stateOf } from './catalog.ts';
import { getComparisonPairs } from './compare.ts';
import { siteOrigin } from './exports.ts';

export interface ShareCard {
  /** The PNG's path, such as /cards/models/gpt-5-mini.png. */
  path: string;
  content: CardContent;
}

/** A page the registry knows by address. */
interface RegisteredPage {
  /** Short name for the breadcrumb trail: "GPT-5 mini", "GPT-5 mini vs GPT-5.4 mini". */
  name: string;
  card: ShareCard;
  /** The same page as Markdown, where there is one. */
  markdown?: string;
}

export interface PageHead {
  /** The page's short name, when the registry knows the page. */
  name: string | undefined;
  card: ShareCard;
  markdown: string | undefined;
}

async function buildRegistry(): Promise<{ byPage: Map<string, RegisteredPage>; site: ShareCard }> {
  const catalog = await getCatalog();
  const host = new URL(siteOrigin()).host;
  const byPage = new Map<string, RegisteredPage>();
  const cardModels = new Map<string, CardModel>([
    ...[...catalog.replacements.values()].map((r) => [r.id, r.data] as const),
    ...catalog.lines.flatMap((l) => l.members.map((m) => [m.id, m.data] as const)),
  ]);
  for (const line of catalog.lines) {
    for (const [index, { id, data }] of line.members.entries()) {
      const state = stateOf(catalog, id);
      const path = modelPagePath(id);
      byPage.set(path, {
        name: data.name,
        markdown: modelMarkdownPath(id),
        card: {
          path: modelCardPath(id),
          content: modelCard({
            model: data,
            lineName: line.data.name,
            // By index, not positionIn (a search per member): the registry stays linear.
            position: { index, total: line.members.length },
            state,
            replacements: replacementNames(state, (id) => catalog.modelNames.get(id)),
            host,
            path,
          }),
        },
      });
    }
  }
  for (const [a, b] of await getComparisonPairs()) {
    const models = [cardModels.get(a), cardModels.get(b)];
    const [first, second] = models;
    if (!first || !second) throw new Error(`No card data for the comparison ${a} vs ${b}`);
    const path = pairPath(a, b);
    byPage.set(path, {
      name: `${first.name} vs ${second.name}`,
      card: {
        path: pairCardPath(a, b),
        content: pairCard({ models: [first, second], asOf: catalog.verified, host, path }),
      },
    });
  }
  const line = catalog.lines[0];
  const oldest = line?.members[0];
  const newest = line?.members.at(-1);
  if (!line || !oldest || !newest) throw new Error('No line with members for the site card');
  const site: ShareCard = {
    path: PATHS.siteCard,
    content: siteCard({
      lineName: line.data.name,
      versions: line.members.length,
      first: { name: oldest.data.name, released: oldest.data.released.value },
      last: { name: newest.data.name, released: newest.data.released.value },
      releasedThirdParty: [oldest, newest].some((m) => isThirdParty(m.data.released.confidence)),
      asOf: catalog.verified,
      host,
    }),
  };
  return { byPage, site };
}

let registry: ReturnType<typeof buildRegistry> | undefined;

function getRegistry() {
  registry ??= buildRegistry();
  return registry;
}

/** Every card, the site's card included. */
export async function getShareCards(): Promise<ShareCard[]> {
  const { byPage, site } = await getRegistry();
  return [...[...byPage.values()].map((page) => page.card), site];
}

/** The head additions of the page at `pathname`: its own card and name, or the site's card. */
export async function getPageHead(pathname: string): Promise<PageHead> {
  const { byPage, site } = await getRegistry();
  const page = byPage.get(pathname);
  return { name: page?.name, card: page?.card ?? site, markdown: page?.markdown };
}
