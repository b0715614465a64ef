/**
 * The feed's events as RSS items: each titled, linked to the source that reports it, dated at the
 * precision its source gives, and pointing to where it sits in the catalog. Pure.
 */
import type { RSSFeedItem } from '@astrojs/rss';
import type { Source } from '../../schemas/source.ts';
import { absolute, modelPagePath, replacementJsonPath } from '../paths.ts';
import { markOf } from '../sources/confidence.ts';
import type { FeedEvent } from './feed.ts';

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A whole day as a Date at 00:00 UTC; undefined for a month or a year. */
export function dayAsDate(date: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  return match
    ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])))
    : undefined;
}

/**
 * The events as RSS items. `link` is the source that reports the event; the description says
 * where it is in the catalog. RSS's pubDate needs a whole day, so an event known only to the month
 * has none; every item carries `dc:date` (W3C-DTF, which allows YYYY-MM) at the source's precision.
 */
export function rssItems(
  events: readonly FeedEvent[],
  sources: ReadonlyMap<string, Source>,
  origin: string,
): RSSFeedItem[] {
  return events.map((e) => {
    const source = sources.get(e.source);
    if (!source) throw new Error(`Source "${e.source}" is not in content/sources.yaml`);
    const mark = markOf(e.confidence);
    const thirdParty = mark ? ` (${mark})` : '';
    const where = absolute(
      origin,
      e.at ??
        (e.subject.kind === 'version'
          ? modelPagePath(e.subject.id)
          : replacementJsonPath(e.subject.id)),
    );
    const pubDate = dayAsDate(e.date);
    return {
      title: e.title,
      link: source.url,
      ...(pubDate ? { pubDate } : {}),
      description:
        `<p>${escapeHtml(e.text)}</p>` +
        `<p>Source: <a href="${escapeHtml(source.url)}">` +
        `${escapeHtml(`${source.publisher}: ${source.title}`)}</a>${thirdParty}</p>` +
        `<p>In the catalog: <a href="${escapeHtml(where)}">${escapeHtml(e.subject.name)}</a></p>`,
      categories: [e.kind, e.subject.id],
      customData:
        `<guid isPermaLink="false">${escapeHtml(e.guid)}</guid>` + `<dc:date>${e.date}</dc:date>`,
    };
  });
}
