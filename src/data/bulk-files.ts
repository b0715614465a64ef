/**
 * The files a build writes after its pages rather than as a route each (why: the bulk-files
 * integration, src/integrations/bulk-files/): every share card, and the forwarding page at the
 * reversed address of every pre-rendered comparison. The build publishes this list as one JSON
 * file, which the integration reads, acts on and removes.
 */
import { pairPath } from '../lib/paths.ts';
// The site's base stylesheet on its own (tokens, light and dark colours, type), bundled and hashed
// like any asset: the forwarding pages link it, as the CSP allows no inline style.
import baseStylesheet from '../styles/global.css?url';
import type { Forward } from '../lib/render/forward-page.ts';
import { getComparisonPairs } from './compare.ts';
import { siteOrigin } from './exports.ts';
import { getPageHead, getShareCards, type ShareCard } from './page-head.ts';

export interface BulkFiles {
  /** The configured origin, for the absolute URLs in forwarding pages. */
  origin: string;
  /** The forwarding pages' stylesheet. */
  stylesheet: string;
  cards: ShareCard[];
  forwards: Forward[];
}

export async function getBulkFiles(): Promise<BulkFiles> {
  const forwards: Forward[] = [];
  for (const [a, b] of await getComparisonPairs()) {
    const to = pairPath(a, b);
    const { name, card } = await getPageHead(to);
    if (!name) throw new Error(`The comparison ${to} has no name in the page registry`);
    forwards.push({
      from: pairPath(b, a),
      to,
      title: name,
      card: { path: card.path, alt: card.content.alt },
    });
  }
  return {
    origin: siteOrigin(),
    stylesheet: baseStylesheet,
    cards: await getShareCards(),
    forwards,
  };
}
