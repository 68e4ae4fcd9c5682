import { routePaths } from '../../config/route-paths';

function hasBackslashOrControlCharacter(text: string): boolean {
  for (const character of text) {
    const code = character.charCodeAt(0);
    if (character === '\\' || code < 0x20 || code === 0x7f) return true;
  }
  return false;
}

const AUTH_PAGES: readonly string[] = [routePaths.signIn, routePaths.oauthCallback];

function looksUnsafe(path: string): boolean {
  return !path.startsWith('/') || path.startsWith('//') || hasBackslashOrControlCharacter(path);
}

/**
 * The page to return to after sign-in, or '/' when `raw` is anything but a path on this origin. Checked both as given
 * and percent-decoded, because routers and browsers decode at different moments (`/%2F/evil`, `/%09/evil`).
 */
export function safeReturnTo(raw: string | null | undefined, origin: string = window.location.origin): string {
  if (!raw || looksUnsafe(raw)) return routePaths.home;
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return routePaths.home;
  }
  if (looksUnsafe(decoded)) return routePaths.home;

  const url = new URL(raw, origin);
  const path = `${url.pathname}${url.search}${url.hash}`;
  if (url.origin !== origin || looksUnsafe(path) || AUTH_PAGES.includes(url.pathname)) return routePaths.home;
  return path;
}
