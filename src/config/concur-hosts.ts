import { appSettings } from './settings';

const CONCUR_HOST_SUFFIXES = ['.concursolutions.com', '.concurcdc.cn'];
const LOOPBACK_HOSTS = ['localhost', '127.0.0.1', '[::1]'];

/**
 * Origins that may speak for Concur: Concur's own https hosts, loopback (the local sandbox), this app, and any origin
 * configured at build time. Used for the callback's `geolocation` and for `NextPage` links.
 */
export function isConcurApiOrigin(candidate: URL, appOrigin: string = window.location.origin): boolean {
  if (candidate.username || candidate.password) return false;
  if (candidate.origin === appOrigin || appSettings.extraApiOrigins.includes(candidate.origin)) return true;
  if (candidate.protocol === 'https:' && CONCUR_HOST_SUFFIXES.some((suffix) => candidate.hostname.endsWith(suffix))) return true;
  return (candidate.protocol === 'http:' || candidate.protocol === 'https:') && LOOPBACK_HOSTS.includes(candidate.hostname);
}
