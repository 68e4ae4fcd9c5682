import { APP_STORAGE_PREFIX } from '../../../lib/auth/app-storage';

/**
 * Concur gives no page numbers, only "the page after this one" (NextPage). The cursor of every page reached is kept
 * per page size in sessionStorage, so Previous works after a reload too. Page 1 needs no cursor. Sign-out clears it
 * with the other app keys.
 */
const keyOf = (size: number) => `${APP_STORAGE_PREFIX}attendee-types:cursors:${size}`;
const MAX_REMEMBERED_PAGES = 2_000;

function read(size: number): Record<string, string> {
  try {
    const parsed: unknown = JSON.parse(sessionStorage.getItem(keyOf(size)) ?? '{}');
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
      return Object.fromEntries(Object.entries(parsed).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
    }
  } catch {
    // unreadable: start over
  }
  return {};
}

/** The cursor of `page` for this page size: '' for page 1, undefined when that page was never reached. */
export function cursorOf(size: number, page: number): string | undefined {
  if (page <= 1) return '';
  return read(size)[String(page)];
}

export function rememberCursor(size: number, page: number, cursor: string): void {
  if (page <= 1 || page > MAX_REMEMBERED_PAGES) return;
  const cursors = read(size);
  if (cursors[String(page)] === cursor) return;
  cursors[String(page)] = cursor;
  try {
    sessionStorage.setItem(keyOf(size), JSON.stringify(cursors));
  } catch {
    // Storage full: Previous falls back to walking from the first page.
  }
}
