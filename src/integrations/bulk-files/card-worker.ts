/**
 * A worker of the pool that writes share cards (./index.ts): one card, from the cache when it is
 * there, rendered (and cached) when it is not. Rendering is CPU work in satori, resvg and sharp, so
 * a pool with a worker per core renders a cold catalog's cards in parallel.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { CardContent } from '../../lib/cards/content.ts';
import { cardPng } from '../../lib/cards/render.ts';

export default async function writeCard({ content, file }: { content: CardContent; file: string }) {
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, await cardPng(content));
}
