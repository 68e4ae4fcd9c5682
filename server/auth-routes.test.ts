import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FAKE_USER, idTokenFor, REFRESH_LIFETIME_SECONDS } from './testing/fake-concur';
import {
  APP_HEADERS,
  CODE_VERIFIER,
  cookiePair,
  exchangeCode,
  type Fixture,
  REDIRECT_URI,
  setCookies,
  signIn,
  startFixture,
} from './testing/gateway-fixture';

let fixture: Fixture;
beforeEach(async () => {
  fixture = await startFixture();
});
afterEach(() => fixture.close());

const refresh = (cookie?: string, headers: Record<string, string> = APP_HEADERS) =>
  fixture.gateway.inject({ method: 'POST', url: '/auth/refresh', headers: { ...headers, ...(cookie ? { cookie } : {}) } });

describe('POST /auth/token', () => {
  it('exchanges the code with the client secret, seals the refresh token in a cookie and returns only what the app needs', async () => {
    const before = Date.now();
    const response = await exchangeCode(fixture.gateway, { geolocation: fixture.concur.url });
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');

    expect(fixture.concur.tokenCalls).toEqual([
      {
        client_id: fixture.config.clientId,
        client_secret: fixture.config.clientSecret,
        grant_type: 'authorization_code',
        code: 'good-code',
        redirect_uri: REDIRECT_URI,
        code_verifier: CODE_VERIFIER,
      },
    ]);
    const body = response.json();
    expect(Object.keys(body).sort()).toEqual(['accessToken', 'expiresAt', 'scopes', 'user']);
    expect(body.accessToken).toMatch(/^access-/);
    // Concur's expires_in is the string "3600".
    expect(body.expiresAt).toBeGreaterThanOrEqual(before + 3600_000);
    expect(body.expiresAt).toBeLessThanOrEqual(Date.now() + 3600_000);
    expect(body.scopes).toEqual(['openid', 'TAXINV', 'INSGHT']);
    expect(body.user).toEqual({ id: FAKE_USER.sub, name: FAKE_USER.name, email: FAKE_USER.email });
    expect(response.body).not.toMatch(/refresh|id_token|geolocation/i);

    const [cookie, ...others] = setCookies(response);
    expect(others).toEqual([]);
    expect(cookie).toMatch(/^concur_session=[\w-]+\.\.[\w-]+\.[\w-]+\.[\w-]+; /);
    expect(cookie).toContain('; Path=/; HttpOnly; SameSite=Strict');
    expect(cookie).not.toContain('Secure');
    const maxAge = Number(/Max-Age=(\d+)/.exec(cookie ?? '')?.[1]);
    expect(maxAge).toBeGreaterThan(REFRESH_LIFETIME_SECONDS - 60);
    expect(maxAge).toBeLessThanOrEqual(REFRESH_LIFETIME_SECONDS);
  });

  it('accepts a numeric expires_in as well', async () => {
    const issue = fixture.concur.answerTokens;
    fixture.concur.answerTokens = async (form) => {
      const answer = await issue(form);
      return { ...answer, body: { ...(answer.body as object), expires_in: 1800 } };
    };
    const response = await exchangeCode(fixture.gateway, { geolocation: fixture.concur.url });
    expect(response.json().expiresAt).toBeGreaterThan(Date.now() + 1790_000);
    expect(response.json().expiresAt).toBeLessThanOrEqual(Date.now() + 1800_000);
  });

  it.each([
    ['no custom header', { origin: 'http://127.0.0.1:8080' }],
    ['another origin', { origin: 'https://evil.example', 'x-concur-console': '1' }],
    ['a look-alike origin', { origin: 'http://127.0.0.1:8080.evil.example', 'x-concur-console': '1' }],
    ['no origin', { 'x-concur-console': '1' }],
    ['a wrong header value', { origin: 'http://127.0.0.1:8080', 'x-concur-console': 'yes' }],
  ])('refuses a call with %s (403) and never calls Concur', async (_case, headers) => {
    const response = await exchangeCode(fixture.gateway, { geolocation: fixture.concur.url }, headers);
    expect(response.statusCode).toBe(403);
    expect(response.json()).toMatchObject({ error: 'forbidden_origin' });
    expect(setCookies(response)).toEqual([]);
    expect(fixture.concur.tokenCalls).toHaveLength(0);
  });

  it.each(['https://evil.example', 'http://evil', 'https://us.api.concursolutions.com.evil.example', 'javascript:alert(1)'])(
    'refuses the geolocation %s with 400 and never calls Concur',
    async (geolocation) => {
      const response = await exchangeCode(fixture.gateway, { geolocation });
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({ error: 'geolocation_not_allowed' });
      expect(fixture.concur.tokenCalls).toHaveLength(0);
    },
  );

  it.each([
    ['a short verifier', { codeVerifier: 'short' }, 'codeVerifier must be 43-128 unreserved characters'],
    ['a missing code', { code: undefined }, 'code must be a string'],
    ['an unregistered redirect URI', { redirectUri: 'http://127.0.0.1:8080/elsewhere' }, 'redirectUri is not a registered redirect URI'],
  ])('refuses %s with 400 invalid_request', async (_case, change, message) => {
    const response = await exchangeCode(fixture.gateway, { geolocation: fixture.concur.url, ...change });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({ error: 'invalid_request', message: expect.stringContaining(message) });
    expect(fixture.concur.tokenCalls).toHaveLength(0);
  });

  it('refuses a body that is not JSON with 400 invalid_request', async () => {
    for (const [contentType, payload] of [['application/json', '{"code":'], ['text/plain', 'code=x']] as const) {
      const response = await fixture.gateway.inject({
        method: 'POST',
        url: '/auth/token',
        headers: { ...APP_HEADERS, 'content-type': contentType },
        payload,
      });
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({ error: 'invalid_request' });
    }
  });

  it("passes Concur's refusal on as 400 with Concur's code", async () => {
    const response = await exchangeCode(fixture.gateway, { code: 'used-code', geolocation: fixture.concur.url });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({ error: 'invalid_grant', message: 'The authorization code is not valid or has expired.', concurCode: 103 });
    expect(setCookies(response)).toEqual([]);
  });

  it('stops when the token answer names a host off the allowlist', async () => {
    const issue = fixture.concur.answerTokens;
    fixture.concur.answerTokens = async (form) => {
      const answer = await issue(form);
      return { ...answer, body: { ...(answer.body as object), geolocation: 'https://evil.example' } };
    };
    const response = await exchangeCode(fixture.gateway, { geolocation: fixture.concur.url });
    expect(response.statusCode).toBe(502);
    expect(response.json()).toMatchObject({ error: 'geolocation_not_allowed' });
    expect(setCookies(response)).toEqual([]);
  });

  it('answers 502 when Concur sends something that is not a token answer', async () => {
    fixture.concur.answerTokens = () => ({ status: 200, body: { access_token: 42 } });
    const response = await exchangeCode(fixture.gateway, { geolocation: fixture.concur.url });
    expect(response.statusCode).toBe(502);
    expect(response.json()).toMatchObject({ error: 'upstream_invalid' });
  });

  it('answers 504 when Concur does not answer in time', async () => {
    fixture.concur.tokenDelayMs = 2000;
    const response = await exchangeCode(fixture.gateway, { geolocation: fixture.concur.url });
    expect(response.statusCode).toBe(504);
    expect(response.json()).toMatchObject({ error: 'upstream_timeout' });
  });

  it('answers 502 when Concur cannot be reached', async () => {
    const geolocation = fixture.concur.url;
    await fixture.concur.close();
    const response = await exchangeCode(fixture.gateway, { geolocation });
    expect(response.statusCode).toBe(502);
    expect(response.json()).toMatchObject({ error: 'upstream_unreachable' });
  });

  it('names the cookie __Host- and marks it Secure over https', async () => {
    await fixture.close();
    fixture = await startFixture({ TRUST_PROXY: 'true' });
    const response = await exchangeCode(fixture.gateway, { geolocation: fixture.concur.url }, { ...APP_HEADERS, 'x-forwarded-proto': 'https' });
    expect(response.statusCode).toBe(200);
    const [cookie] = setCookies(response);
    expect(cookie).toMatch(/^__Host-concur_session=[^;]+; Path=\/; HttpOnly; SameSite=Strict; Max-Age=\d+; Secure$/);
  });
});

describe('POST /auth/refresh', () => {
  it('refreshes at Concur with the sealed refresh token and rotates the cookie', async () => {
    const cookie = await signIn(fixture);
    const response = await refresh(cookie);
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.json()).toMatchObject({ user: { id: FAKE_USER.sub, name: FAKE_USER.name }, scopes: ['openid', 'TAXINV', 'INSGHT'] });
    const [, refreshCall] = fixture.concur.tokenCalls;
    expect(refreshCall).toMatchObject({ grant_type: 'refresh_token', client_id: fixture.config.clientId, client_secret: fixture.config.clientSecret });
    expect(refreshCall?.refresh_token).toMatch(/^[\w-]{36}$/);

    const rotated = cookiePair(response);
    expect(rotated).not.toBe(cookie);
    // The fake rotates refresh tokens like the sandbox: the new cookie works, the old one is spent.
    expect((await refresh(rotated)).statusCode).toBe(200);
    expect((await refresh(cookie)).json()).toMatchObject({ error: 'session_expired' });
  });

  it('shares one Concur call between concurrent refreshes of the same session', async () => {
    const cookie = await signIn(fixture);
    fixture.concur.tokenDelayMs = 100;
    const responses = await Promise.all([refresh(cookie), refresh(cookie), refresh(cookie)]);
    expect(responses.map((response) => response.statusCode)).toEqual([200, 200, 200]);
    expect(fixture.concur.tokenCalls.filter((call) => call.grant_type === 'refresh_token')).toHaveLength(1);
    const accessTokens = new Set(responses.map((response) => response.json().accessToken));
    expect(accessTokens.size).toBe(1);
  });

  it('keeps the name from the cookie when Concur sends no id token on refresh', async () => {
    const cookie = await signIn(fixture);
    const issue = fixture.concur.answerTokens;
    fixture.concur.answerTokens = async (form) => {
      const answer = await issue(form);
      const { id_token: _dropped, ...body } = answer.body as Record<string, unknown>;
      return { ...answer, body };
    };
    const response = await refresh(cookie);
    expect(response.json().user).toEqual({ id: FAKE_USER.sub, name: FAKE_USER.name, email: FAKE_USER.email });
  });

  it('clears the cookie with 401 session_expired when Concur refuses the refresh token', async () => {
    const cookie = await signIn(fixture);
    fixture.concur.answerTokens = () => ({ status: 400, body: { error: 'invalid_grant', error_description: 'The refresh token is not valid.', code: 108 } });
    const response = await refresh(cookie);
    expect(response.statusCode).toBe(401);
    expect(response.json()).toEqual({ error: 'session_expired', message: expect.any(String), concurCode: 108 });
    expect(setCookies(response)).toEqual(['concur_session=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0']);
  });

  it('refuses a refresh that would switch to another user', async () => {
    const cookie = await signIn(fixture);
    const issue = fixture.concur.answerTokens;
    fixture.concur.answerTokens = async (form) => {
      const answer = await issue(form);
      return { ...answer, body: { ...(answer.body as object), id_token: await idTokenFor({ ...FAKE_USER, sub: 'someone-else' }) } };
    };
    const response = await refresh(cookie);
    expect(response.statusCode).toBe(401);
    expect(response.json()).toMatchObject({ error: 'session_expired' });
  });

  it('drops the session when a refresh answer names a host off the allowlist (security.md C24)', async () => {
    const cookie = await signIn(fixture);
    const issue = fixture.concur.answerTokens;
    fixture.concur.answerTokens = async (form) => {
      const answer = await issue(form);
      return { ...answer, body: { ...(answer.body as object), geolocation: 'https://evil.example' } };
    };
    const response = await refresh(cookie);
    expect(response.statusCode).toBe(502);
    expect(response.json()).toMatchObject({ error: 'geolocation_not_allowed' });
    expect(JSON.stringify(response.json())).not.toContain('accessToken');
    expect(setCookies(response)[0]).toContain('Max-Age=0');
  });

  it('answers 401 no_session without a cookie, and clears one that does not open', async () => {
    const none = await refresh();
    expect(none.statusCode).toBe(401);
    expect(none.json()).toMatchObject({ error: 'no_session' });
    expect(setCookies(none)).toEqual([]);

    const forged = await refresh('concur_session=eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..AAAA.BBBB.CCCC');
    expect(forged.statusCode).toBe(401);
    expect(forged.json()).toMatchObject({ error: 'no_session' });
    expect(setCookies(forged)[0]).toContain('Max-Age=0');
    expect(fixture.concur.tokenCalls).toHaveLength(0);
  });

  it('requires the custom header and origin too', async () => {
    const cookie = await signIn(fixture);
    const response = await refresh(cookie, { origin: 'https://evil.example', 'x-concur-console': '1' });
    expect(response.statusCode).toBe(403);
    expect(fixture.concur.tokenCalls).toHaveLength(1);
  });
});

describe('POST /auth/logout', () => {
  const logout = (headers: Record<string, string>) => fixture.gateway.inject({ method: 'POST', url: '/auth/logout', headers: { ...APP_HEADERS, ...headers } });

  it('revokes at Concur with the access token, clears the cookie and the site cookies', async () => {
    const cookie = await signIn(fixture);
    const response = await logout({ cookie, authorization: 'Bearer access-123' });
    expect(response.statusCode).toBe(204);
    expect(response.headers['clear-site-data']).toBeUndefined();
    expect(response.headers['cache-control']).toBe('no-store');
    expect(setCookies(response)).toEqual(['concur_session=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0']);
    expect(fixture.concur.revokeCalls).toHaveLength(1);
    expect(fixture.concur.revokeCalls[0]).toMatchObject({ method: 'DELETE', url: '/app-mgmt/v0/connections' });
    expect(fixture.concur.revokeCalls[0]?.headers.authorization).toBe('Bearer access-123');
  });

  it('signs out even when Concur cannot be reached', async () => {
    const cookie = await signIn(fixture);
    await fixture.concur.close();
    const response = await logout({ cookie, authorization: 'Bearer access-123' });
    expect(response.statusCode).toBe(204);
    expect(setCookies(response)[0]).toContain('Max-Age=0');
  });

  it('signs out without a session, calling nobody', async () => {
    const response = await logout({ authorization: 'Bearer access-123' });
    expect(response.statusCode).toBe(204);
    expect(fixture.concur.revokeCalls).toHaveLength(0);
  });

  it('refuses a cross-site sign-out', async () => {
    const cookie = await signIn(fixture);
    const response = await fixture.gateway.inject({ method: 'POST', url: '/auth/logout', headers: { cookie, origin: 'https://evil.example' } });
    expect(response.statusCode).toBe(403);
    expect(setCookies(response)).toEqual([]);
  });
});
