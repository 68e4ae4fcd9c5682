import { isConcurApiOrigin } from '../../config/concur-hosts';
import { ConcurError } from './concur-error';

/**
 * The opaque `offset` token inside Concur's `NextPage` URL, to pass back as the `offset` query parameter; undefined on
 * the last page. The URL itself is never followed. A `NextPage` on a host that is not Concur's (a counterfeit answer)
 * raises an 'invalid-response' ConcurError instead of being trusted.
 */
export function offsetFromNextPage(nextPage: string | null | undefined): string | undefined {
  if (!nextPage) return undefined;
  let url: URL;
  try {
    url = new URL(nextPage, window.location.origin);
  } catch (cause) {
    throw new ConcurError({ kind: 'invalid-response', method: 'GET', message: 'NextPage is not a URL.', cause });
  }
  if (!isConcurApiOrigin(url)) {
    throw new ConcurError({ kind: 'invalid-response', method: 'GET', message: `NextPage points to ${url.origin}, which is not a Concur host; it was ignored.` });
  }
  return url.searchParams.get('offset') || undefined;
}
