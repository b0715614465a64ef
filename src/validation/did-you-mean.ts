/** "Did you mean": the known id a typo most likely stands for. */
import { editDistance as distance } from '../lib/edit-distance.ts';

/** The one known id within two edits of `id`, if exactly one is closest. */
export function closest(id: string, known: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  let tie = false;
  for (const candidate of known) {
    const d = distance(id, candidate);
    if (d < bestDistance) [best, bestDistance, tie] = [candidate, d, false];
    else if (d === bestDistance) tie = true;
  }
  return tie ? undefined : best;
}
