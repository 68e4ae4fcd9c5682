/**
 * The hosts the gateway may send a user's tokens to (security.md A6). Concur tells the app where the user's data lives with a
 * `geolocation` URL, in the OAuth callback and in every token response; the gateway then posts the refresh token and proxies
 * bearer tokens there. A forged `geolocation` must never make it send those anywhere else, so values are matched strictly.
 *
 * Entries are exact origins (`https://us-impl.api.concursolutions.com`, `http://127.0.0.1:8081`) or `https://*.domain`
 * patterns, where `*` stands for exactly one DNS label on the default https port.
 */

/** Concur's API hosts (concur-api.md §1.2 "Base URIs"): always allowed. */
export const CONCUR_GEOLOCATION_PATTERNS = ['https://*.api.concursolutions.com', 'https://*.api.concurcdc.cn'] as const;

export type AllowlistEntry = { kind: 'exact'; origin: string } | { kind: 'pattern'; hostSuffix: string };

export interface GeolocationAllowlist {
  /** The canonical origin (`https://us.api.concursolutions.com`) when `candidate` is allowed, else undefined. */
  match(candidate: unknown): string | undefined;
}

const DNS_LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const PATTERN = /^https:\/\/\*\.([^/]+)\/?$/i;
// Letters, digits and hyphens in dot-separated labels, or a bracketed IPv6 address: nothing a URL parser lets through
// but DNS would never resolve (`*`, `_`, `!`…).
const HOSTNAME = /^(?:[a-z0-9-]+\.)*[a-z0-9-]+$|^\[[0-9a-f:.]+\]$/;

export function isLoopbackHostname(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127(?:\.\d{1,3}){3}$/.test(hostname);
}

/**
 * The origin of an http(s) URL that is nothing but an origin (an optional trailing `/` allowed), else undefined.
 * The input must already be in canonical form apart from letter case: no userinfo, path, query, fragment, percent-encoding,
 * backslash, explicit default port or non-ASCII, because every place where a URL parser could read it differently from us
 * (or from Concur's host) is a way to smuggle another host past the check.
 */
export function canonicalOrigin(value: string): string | undefined {
  if (value.length > 255 || /[^\x21-\x7e]/.test(value) || /[\\@?#%]/.test(value)) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  if (url.username || url.password || url.pathname !== '/' || url.search || url.hash) return undefined;
  if (!HOSTNAME.test(url.hostname)) return undefined;
  if (value.replace(/\/$/, '').toLowerCase() !== url.origin) return undefined;
  return url.origin;
}

/** Reads one configured entry; throws an Error whose message says what is wrong with it. */
export function parseAllowlistEntry(entry: string): AllowlistEntry {
  const pattern = PATTERN.exec(entry);
  if (pattern?.[1] !== undefined) {
    const domain = pattern[1].toLowerCase();
    const labels = domain.split('.');
    if (labels.length < 2 || !labels.every((label) => DNS_LABEL.test(label))) {
      throw new Error(`"${entry}": a pattern must look like https://*.example.com (a domain with at least two labels, no port)`);
    }
    return { kind: 'pattern', hostSuffix: `.${domain}` };
  }
  const origin = canonicalOrigin(entry);
  if (!origin) {
    throw new Error(`"${entry}": expected an origin such as https://us-impl.api.concursolutions.com or a pattern https://*.example.com`);
  }
  const url = new URL(origin);
  if (url.protocol === 'http:' && !isLoopbackHostname(url.hostname)) {
    throw new Error(`"${entry}": plain http is allowed only for a sandbox on this machine (127.0.0.1, localhost or [::1])`);
  }
  return { kind: 'exact', origin };
}

export function createGeolocationAllowlist(entries: readonly string[]): GeolocationAllowlist {
  const parsed = entries.map(parseAllowlistEntry);
  const exactOrigins = new Set(parsed.flatMap((entry) => (entry.kind === 'exact' ? [entry.origin] : [])));
  const hostSuffixes = parsed.flatMap((entry) => (entry.kind === 'pattern' ? [entry.hostSuffix] : []));

  return {
    match(candidate) {
      if (typeof candidate !== 'string') return undefined;
      const origin = canonicalOrigin(candidate);
      if (!origin) return undefined;
      if (exactOrigins.has(origin)) return origin;
      // Patterns cover https on the default port only: the canonical origin then has no port and no other scheme.
      if (!origin.startsWith('https://')) return undefined;
      const host = origin.slice('https://'.length);
      const matchesPattern = hostSuffixes.some(
        (suffix) => host.endsWith(suffix) && DNS_LABEL.test(host.slice(0, host.length - suffix.length)),
      );
      return matchesPattern ? origin : undefined;
    },
  };
}
