/**
 * The scopes a token gets: those requested (space-delimited; commas tolerated, as some Concur clients send them) that the
 * user may have, or all of the user's scopes when none were requested. `openid` is always granted.
 */
export function grantedScope(requested: string, allowed: readonly string[]): string {
  const asked = requested.split(/[\s,]+/).filter(Boolean);
  const chosen = asked.length === 0 ? [...allowed] : allowed.filter((scope) => asked.includes(scope));
  if (!chosen.includes('openid')) chosen.unshift('openid');
  return chosen.join(' ');
}
