import { offsetFromNextPage } from './next-page';

export interface Page<T> {
  Items: T[];
  NextPage: string | null;
}

export interface CollectProgress {
  pages: number;
  items: number;
}

/**
 * Follows Concur's `NextPage` cursors from the first page to the last, calling `onPage` after each; stops when the
 * signal aborts (the caller's Cancel). Only the opaque `offset` is taken from `NextPage`, never the URL itself.
 */
export async function collectPages<T>(
  fetchPage: (offset: string | undefined, signal: AbortSignal) => Promise<Page<T>>,
  options: { signal: AbortSignal; onPage?: (progress: CollectProgress, items: readonly T[]) => void; maxPages?: number },
): Promise<T[]> {
  const items: T[] = [];
  let offset: string | undefined;
  let pages = 0;
  const seen = new Set<string>();
  do {
    options.signal.throwIfAborted();
    const page = await fetchPage(offset, options.signal);
    pages += 1;
    items.push(...page.Items);
    options.onPage?.({ pages, items: items.length }, page.Items);
    offset = offsetFromNextPage(page.NextPage);
    // A server that hands back a cursor it already gave would loop forever.
    if (offset !== undefined) {
      if (seen.has(offset)) throw new Error('Concur returned the same NextPage twice.');
      seen.add(offset);
    }
  } while (offset !== undefined && pages < (options.maxPages ?? 10_000));
  return items;
}
