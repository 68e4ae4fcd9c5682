import { describe, expect, it } from 'vitest';
import { expectCorrelationId } from './assertions';
import { ADMIN, AP_CLERK, PASSWORD, REDIRECT_URI, TRAVEL_MANAGER, authorizeQuery, useSandbox } from './harness';

const sandbox = useSandbox();

/** Variants of the registered redirect URI that an exact match must refuse (security.md A3). */
const WRONG_REDIRECTS: [string, string][] = [
  ['a trailing slash', `${REDIRECT_URI}/`],
  ['a case change', REDIRECT_URI.replace('/oauth/callback', '/OAuth/callback')],
  ['an extra query', `${REDIRECT_URI}?next=/admin`],
  ['another port', REDIRECT_URI.replace('console.example.test', 'console.example.test:8443')],
  ['http instead of https', REDIRECT_URI.replace('https:', 'http:')],
  ['another host', 'https://attacker.example/oauth/callback'],
];

describe('GET /oauth2/v0/authorize (the sign-in page)', () => {
  it('shows a server-rendered sign-in form without JavaScript: Email or Login ID, Password, Sign In, Deny, and the demo users', async () => {
    const page = await sandbox.openAuthorize({ state: 'abc' });
    expect(page.status).toBe(200);
    expect(page.contentType).toMatch(/^text\/html/);
    expectCorrelationId(page.headers);
    expect(page.text).toMatch(/<label[^>]*>Email or Login ID<\/label>/);
    expect(page.text).toMatch(/<label[^>]*>Password<\/label>/);
    expect(page.text).toMatch(/<button[^>]*>Sign In<\/button>/);
    expect(page.text).toMatch(/<button[^>]*>Deny<\/button>/);
    expect(page.text).toMatch(/<form[^>]*method="post"/i);
    expect(page.text).not.toMatch(/<script/i);
    for (const login of [ADMIN, TRAVEL_MANAGER, AP_CLERK]) expect(page.text).toContain(login);
  });

  it('cannot be framed or cached', async () => {
    const page = await sandbox.openAuthorize();
    expect(page.headers.get('cache-control')).toMatch(/no-store/);
    expect(`${page.headers.get('content-security-policy') ?? ''} x-frame-options=${page.headers.get('x-frame-options') ?? ''}`).toMatch(
      /frame-ancestors 'none'|x-frame-options=DENY/i,
    );
  });

  it('escapes a hostile state in the page instead of rendering it as HTML', async () => {
    const page = await sandbox.openAuthorize({ state: '"><script>alert(1)</script>' });
    expect(page.status).toBe(200);
    expect(page.text).not.toContain('<script>alert(1)</script>');
  });

  it.each(WRONG_REDIRECTS)('answers an error page (400, no redirect) for a redirect_uri with %s', async (_label, redirectUri) => {
    const page = await sandbox.openAuthorize({ redirectUri, state: 'abc' });
    expect(page.status).toBe(400);
    expect(page.location).toBeNull();
    expect(page.contentType).toMatch(/^text\/html/);
    expect(page.text).toMatch(/redirect_uri/);
    expectCorrelationId(page.headers);
  });

  it('answers an error page (400, no redirect) for an unknown or missing client_id', async () => {
    const unknown = await sandbox.openAuthorize({ clientId: '00000000-0000-0000-0000-000000000000' });
    expect(unknown.status).toBe(400);
    expect(unknown.location).toBeNull();
    const query = authorizeQuery();
    query.delete('client_id');
    const missing = await fetch(`${sandbox.url}/oauth2/v0/authorize?${query.toString()}`, { redirect: 'manual' });
    expect(missing.status).toBe(400);
    expect(missing.headers.get('location')).toBeNull();
  });

  it('refuses a duplicated parameter (400, no redirect)', async () => {
    const query = authorizeQuery({ state: 'one' });
    query.append('state', 'two');
    const response = await fetch(`${sandbox.url}/oauth2/v0/authorize?${query.toString()}`, { redirect: 'manual' });
    expect(response.status).toBe(400);
    expect(response.headers.get('location')).toBeNull();
  });

  it('sends response_type other than code back as error=unsupported_response_type with the state', async () => {
    const page = await sandbox.openAuthorize({ responseType: 'token', state: 'st-1' });
    expect(page.status).toBe(302);
    const params = new URL(page.location ?? '').searchParams;
    expect(params.get('error')).toBe('unsupported_response_type');
    expect(params.get('state')).toBe('st-1');
    expect(params.get('code')).toBeNull();
  });

  it.each([
    ['the plain method', { codeChallenge: 'a'.repeat(43), codeChallengeMethod: 'plain' }],
    ['a challenge without a method', { codeChallenge: 'a'.repeat(43) }],
    ['a challenge that is not a SHA-256 digest', { codeChallenge: 'short', codeChallengeMethod: 'S256' }],
  ])('refuses PKCE with %s (error=invalid_request, no code)', async (_label, pkce) => {
    const page = await sandbox.openAuthorize({ ...pkce, state: 'pkce' });
    expect(page.status).toBe(302);
    const params = new URL(page.location ?? '').searchParams;
    expect(params.get('error')).toBe('invalid_request');
    expect(params.get('state')).toBe('pkce');
    expect(params.get('code')).toBeNull();
  });
});

describe('POST /oauth2/v0/authorize (signing in)', () => {
  it('redirects (302) to the registered redirect URI with code, state and geolocation', async () => {
    const result = await sandbox.authorizeCode({ state: 'xyz-123' });
    expect(result.status).toBe(302);
    const location = new URL(result.location ?? '');
    expect(`${location.origin}${location.pathname}`).toBe(REDIRECT_URI);
    expect(result.params.get('code')).toMatch(/^\S{20,}$/);
    expect(result.params.get('state')).toBe('xyz-123');
    expect(result.params.get('geolocation')).toBe(sandbox.url);
    expect(result.params.get('error')).toBeNull();
  });

  it.each([
    ['a plain string', 'af0ifjsldkj'],
    ['32 random bytes in base64url', 'q1Wk3pYv4n0bXh7x2Jc9sT8mR5eL6aU1oZ0dG3fH2kI'],
    ['URL and HTML metacharacters', 'a b+c&d=e%20f/g?h#i"j<k>l\'m'],
    ['unicode', 'état-✓-日本'],
    ['a forged-looking value', 'code=stolen&state=other'],
  ])('passes a state with %s back untouched', async (_label, state) => {
    const result = await sandbox.authorizeCode({ state });
    expect(result.status).toBe(302);
    expect(result.params.getAll('state')).toEqual([state]);
    expect(result.params.getAll('code')).toHaveLength(1);
  });

  it('sends no state back when none was sent', async () => {
    const result = await sandbox.authorizeCode({});
    expect(result.status).toBe(302);
    expect(result.params.has('state')).toBe(false);
    expect(result.params.get('code')).toBeTruthy();
  });

  it('redirects Deny with error=access_denied and the state, and no code', async () => {
    const result = await sandbox.authorizeCode({ state: 'deny-state', decision: 'deny' });
    expect(result.status).toBe(302);
    expect(result.location?.startsWith(`${REDIRECT_URI}?`)).toBe(true);
    expect(result.params.get('error')).toBe('access_denied');
    expect(result.params.get('state')).toBe('deny-state');
    expect(result.params.get('code')).toBeNull();
  });

  it('shows the sign-in page again (401) with an error for a wrong password or an unknown user, without redirecting', async () => {
    for (const attempt of [{ password: 'wrong' }, { login: 'nobody@sandbox.test', password: PASSWORD }]) {
      const result = await sandbox.authorizeCode({ ...attempt, state: 's' });
      expect(result.status).toBe(401);
      expect(result.location).toBeNull();
      expect(result.html).toMatch(/role="alert"/);
      expect(result.html).toMatch(/wrong/i);
      expect(result.html).toMatch(/<label[^>]*>Password<\/label>/);
    }
  });

  it.each(WRONG_REDIRECTS)('does not redirect a correct sign-in to a redirect_uri with %s', async (_label, redirectUri) => {
    const form = new URLSearchParams(authorizeQuery({ redirectUri, state: 's' }));
    form.set('login', ADMIN);
    form.set('password', PASSWORD);
    form.set('decision', 'allow');
    const response = await fetch(`${sandbox.url}/oauth2/v0/authorize`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: form.toString(),
      redirect: 'manual',
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('location')).toBeNull();
  });
});
