/**
 * /cards/<page>.png on the dev server only: each card rendered on request. A build writes every
 * card after the pages instead (./index.ts), with the same renderer.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getShareCards, type ShareCard } from '../../data/page-head.ts';
import { cardPng } from '../../lib/cards/render.ts';

export const getStaticPaths = (async () =>
  (await getShareCards()).map((card) => ({
    // "/cards/models/gpt-5-mini.png" → "models/gpt-5-mini"
    params: { card: card.path.slice('/cards/'.length, -'.png'.length) },
    props: { card },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: ShareCard }> = async ({ props }) =>
  new Response(new Uint8Array(await cardPng(props.card.content)), {
    headers: { 'Content-Type': 'image/png' },
  });
