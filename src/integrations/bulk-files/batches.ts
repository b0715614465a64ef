/** Files handled at once: enough to keep the disk busy, few enough for any open-file limit. */
const AT_ONCE = 64;

/** Runs `work` on every item, AT_ONCE at a time, and fails as soon as one of them fails. */
export async function inBatches<T>(items: readonly T[], work: (item: T) => Promise<void>) {
  for (let i = 0; i < items.length; i += AT_ONCE)
    await Promise.all(items.slice(i, i + AT_ONCE).map(work));
}
