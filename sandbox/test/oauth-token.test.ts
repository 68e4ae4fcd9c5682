import { createHash, randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { contractFor, decodeJwtPayload, IdTokenClaims } from './contract-schemas';
import { expectConcurError, expectCorrelationId, expectJson, expectOAuthError } from './assertions';
import { ADMIN, AP_CLERK, CLIENT_ID, CLIENT_SECRET, PATHS, REDIRECT_URI, TRAVEL_MANAGER, useSandbox, type TokenResult } from './harness';

const sandbox = useSandbox();
const contract = () => contractFor(sandbox.url, 'json');

afterEach(() => sandbox.clock.reset());

function pkcePair() {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

async function newCode(request: Parameters<typeof sandbox.authorizeCode>[0] = {}): Promise<string> {
  const result = await sandbox.authorizeCode({ state: 's', ...request });
  const code = result.params.get('code');
  if (result.status !== 302 || !code) throw new Error(`no code: ${result.status} ${result.location ?? result.html.slice(0, 200)}`);
  return code;
}

function tokens(result: TokenResult) {
  expect(result.status, JSON.stringify(result.body)).toBe(200);
  expectCorrelationId(result.headers);
  expect(result.headers.get('cache-control')).toMatch(/no-store/);
  return contract().TokenResponse.parse(result.body);
}

const apiWorks = async (accessToken: string) => (await sandbox.api(`${PATHS.attendeeTypes}?limit=1`, { token: accessToken })).status;

describe('POST /oauth2/v0/token — token response', () => {
  it('answers the password grant exactly as Concur: expires_in the string "3600", absolute refresh_expires_in, Bearer, geolocation', async () => {
    const body = tokens(await sandbox.passwordGrant(ADMIN));
    expect(body.expires_in).toBe('3600');
    const now = Math.floor(Date.now() / 1000);
    // Six months ahead, as absolute epoch seconds (not a duration).
    expect(body.refresh_expires_in).toBeGreaterThan(now + 150 * 24 * 3600);
    expect(body.refresh_expires_in).toBeLessThan(now + 200 * 24 * 3600);
    expect(body.geolocation).toBe(sandbox.url);
    expect(await apiWorks(body.access_token)).toBe(200);
  });

  it.each([
    [ADMIN, 'Fernanda Alvarez'],
    [TRAVEL_MANAGER, 'Tomás Medina'],
    [AP_CLERK, 'Ana Castillo'],
  ])('issues an id_token for %s with sub, name and email', async (login, name) => {
    const body = tokens(await sandbox.passwordGrant(login));
    const claims = IdTokenClaims.parse(decodeJwtPayload(body.id_token));
    expect(claims.email).toBe(login);
    expect(claims.name).toBe(name);
    expect(claims.aud === CLIENT_ID || (Array.isArray(claims.aud) && claims.aud.includes(CLIENT_ID))).toBe(true);
  });

  it('rejects a wrong password (invalid_grant) and a non-form body (invalid_request)', async () => {
    expectOAuthError(await sandbox.passwordGrant(ADMIN, { password: 'wrong' }), 400, 'invalid_grant');
    const response = await fetch(`${sandbox.url}/oauth2/v0/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ grant_type: 'password', username: ADMIN, password: 'sandbox', client_id: CLIENT_ID, client_secret: CLIENT_SECRET }),
    });
    expectOAuthError({ status: response.status, headers: response.headers, body: (await response.json()) as Record<string, unknown> }, 400, 'invalid_request');
  });
});

describe('POST /oauth2/v0/token — client authentication', () => {
  const grant = (overrides: Record<string, string | undefined>) => {
    const form: Record<string, string> = {};
    const all = { grant_type: 'password', username: ADMIN, password: 'sandbox', credtype: 'password', client_id: CLIENT_ID, client_secret: CLIENT_SECRET, ...overrides };
    for (const [key, value] of Object.entries(all)) if (value !== undefined) form[key] = value;
    return sandbox.tokenRequest(form);
  };

  it('requires the client secret: missing ⇒ 400 code 63', async () => {
    expectOAuthError(await grant({ client_secret: undefined }), 400, 'invalid_request', 63);
  });

  it('rejects a wrong secret with 401 invalid_client', async () => {
    expectOAuthError(await grant({ client_secret: 'not-the-secret-at-all' }), 401, 'invalid_client');
  });

  it('rejects an unknown client with code 61 and a missing client_id with code 62', async () => {
    expectOAuthError(await grant({ client_id: '00000000-0000-0000-0000-000000000000' }), 401, 'invalid_client', 61);
    expectOAuthError(await grant({ client_id: undefined }), 400, 'invalid_request', 62);
  });

  it('rejects a missing grant_type (65) and an unsupported one', async () => {
    expectOAuthError(await grant({ grant_type: undefined }), 400, 'invalid_request', 65);
    const unsupported = await grant({ grant_type: 'client_secret_jwt' });
    expect(unsupported.status).toBe(400);
    expect(unsupported.body.error).toMatch(/unsupported_grant_type|invalid_request/);
  });

  it('requires the client secret for the code grant too', async () => {
    const code = await newCode();
    expectOAuthError(await sandbox.tokenRequest({ grant_type: 'authorization_code', code, redirect_uri: REDIRECT_URI, client_id: CLIENT_ID }), 400, 'invalid_request', 63);
    expectOAuthError(await sandbox.exchangeCode({ code, clientSecret: 'wrong-secret-value' }), 401, 'invalid_client');
  });
});

describe('POST /oauth2/v0/token — authorization codes', () => {
  it('exchanges a code for tokens of the user who signed in', async () => {
    const code = await newCode({ login: TRAVEL_MANAGER });
    const body = tokens(await sandbox.exchangeCode({ code }));
    expect(IdTokenClaims.parse(decodeJwtPayload(body.id_token)).email).toBe(TRAVEL_MANAGER);
    expect((await sandbox.api(`${PATHS.opportunities}?tripId=x`, { token: body.access_token })).status).toBe(200);
    expectConcurError(await sandbox.api(PATHS.attendeeTypes, { token: body.access_token }), 403);
  });

  it('grants only the scopes requested at /authorize that the user holds', async () => {
    const body = tokens(await sandbox.exchangeCode({ code: await newCode({ login: ADMIN, scope: 'openid TAXINV' }) }));
    expect(body.scope.split(' ').sort()).toEqual(['TAXINV', 'openid']);
    expect((await sandbox.api(`${PATHS.taxInvoices}?limit=1`, { token: body.access_token })).status).toBe(200);
    expectConcurError(await sandbox.api(PATHS.attendeeTypes, { token: body.access_token }), 403);
  });

  it('refuses a reused code (400, code 103) and revokes the tokens issued from it', async () => {
    const code = await newCode();
    const first = tokens(await sandbox.exchangeCode({ code }));
    expect(await apiWorks(first.access_token)).toBe(200);
    expectOAuthError(await sandbox.exchangeCode({ code }), 400, 'invalid_grant', 103);
    expectConcurError(await sandbox.api(PATHS.attendeeTypes, { token: first.access_token }), 403);
    expectOAuthError(
      await sandbox.tokenRequest({ grant_type: 'refresh_token', refresh_token: first.refresh_token, client_id: CLIENT_ID, client_secret: CLIENT_SECRET }),
      400,
      'invalid_grant',
      108,
    );
  });

  it('accepts a code just under 10 minutes old and refuses an expired one (103)', async () => {
    const young = await newCode();
    sandbox.clock.advance(9 * 60 + 30);
    tokens(await sandbox.exchangeCode({ code: young }));
    sandbox.clock.reset();
    const old = await newCode();
    sandbox.clock.advance(10 * 60 + 1);
    expectOAuthError(await sandbox.exchangeCode({ code: old }), 400, 'invalid_grant', 103);
  });

  it('refuses an unknown code (103), a missing code (101) and a missing redirect_uri (102)', async () => {
    expectOAuthError(await sandbox.exchangeCode({ code: 'made-up-code-0123456789' }), 400, 'invalid_grant', 103);
    expectOAuthError(await sandbox.tokenRequest({ grant_type: 'authorization_code', redirect_uri: REDIRECT_URI, client_id: CLIENT_ID, client_secret: CLIENT_SECRET }), 400, 'invalid_request', 101);
    const code = await newCode();
    expectOAuthError(await sandbox.tokenRequest({ grant_type: 'authorization_code', code, client_id: CLIENT_ID, client_secret: CLIENT_SECRET }), 400, 'invalid_request', 102);
  });

  it.each([
    ['a trailing slash', `${REDIRECT_URI}/`],
    ['a case change', REDIRECT_URI.toUpperCase()],
    ['an extra query', `${REDIRECT_URI}?x=1`],
    ['another port', REDIRECT_URI.replace('console.example.test', 'console.example.test:444')],
    ['http instead of https', REDIRECT_URI.replace('https:', 'http:')],
  ])('refuses a redirect_uri with %s (code 104)', async (_label, redirectUri) => {
    const code = await newCode();
    expectOAuthError(await sandbox.exchangeCode({ code, redirectUri }), 400, 'invalid_grant', 104);
  });
});

describe('POST /oauth2/v0/token — PKCE (S256)', () => {
  it('accepts the verifier that matches the S256 challenge', async () => {
    const { verifier, challenge } = pkcePair();
    const code = await newCode({ codeChallenge: challenge, codeChallengeMethod: 'S256' });
    tokens(await sandbox.exchangeCode({ code, codeVerifier: verifier }));
  });

  it('rejects a wrong verifier, and a missing one, when a challenge was given', async () => {
    const { challenge } = pkcePair();
    const code = await newCode({ codeChallenge: challenge, codeChallengeMethod: 'S256' });
    expectOAuthError(await sandbox.exchangeCode({ code, codeVerifier: pkcePair().verifier }), 400, 'invalid_grant');
    expectOAuthError(await sandbox.exchangeCode({ code }), 400, 'invalid_grant');
  });

  it('rejects the challenge itself sent as the verifier (no plain method)', async () => {
    const { challenge } = pkcePair();
    const code = await newCode({ codeChallenge: challenge, codeChallengeMethod: 'S256' });
    expectOAuthError(await sandbox.exchangeCode({ code, codeVerifier: challenge }), 400, 'invalid_grant');
  });

  it('rejects a verifier when the authorization request had no challenge (downgrade)', async () => {
    const code = await newCode();
    expectOAuthError(await sandbox.exchangeCode({ code, codeVerifier: pkcePair().verifier }), 400, 'invalid_grant');
  });
});

describe('POST /oauth2/v0/token — refresh tokens', () => {
  const refresh = (refreshToken: string, extra: Record<string, string> = {}) =>
    sandbox.tokenRequest({ grant_type: 'refresh_token', refresh_token: refreshToken, client_id: CLIENT_ID, client_secret: CLIENT_SECRET, ...extra });

  it('rotates: the new refresh token works once, and the old one is refused (108)', async () => {
    const original = tokens(await sandbox.exchangeCode({ code: await newCode() }));
    const second = tokens(await refresh(original.refresh_token));
    expect(second.refresh_token).not.toBe(original.refresh_token);
    expect(second.expires_in).toBe('3600');
    expect(await apiWorks(second.access_token)).toBe(200);

    expectOAuthError(await refresh(original.refresh_token), 400, 'invalid_grant', 108);
    const third = tokens(await refresh(second.refresh_token));
    expectOAuthError(await refresh(second.refresh_token), 400, 'invalid_grant', 108);
    expect(await apiWorks(third.access_token)).toBe(200);
  });

  it('refuses a missing (106) or made-up (108) refresh token, and one presented with a wrong secret', async () => {
    expectOAuthError(await sandbox.tokenRequest({ grant_type: 'refresh_token', client_id: CLIENT_ID, client_secret: CLIENT_SECRET }), 400, 'invalid_request', 106);
    expectOAuthError(await refresh('00000000-0000-0000-0000-000000000000'), 400, 'invalid_grant', 108);
    const body = tokens(await sandbox.passwordGrant(ADMIN));
    expectOAuthError(await refresh(body.refresh_token, { client_secret: 'wrong-secret-value' }), 401, 'invalid_client');
    tokens(await refresh(body.refresh_token));
  });

  it('refuses a scope wider than the original grant', async () => {
    const body = tokens(await sandbox.passwordGrant(TRAVEL_MANAGER));
    const wider = await refresh(body.refresh_token, { scope: 'openid INSGHT TAXINV' });
    expect(wider.status).toBe(400);
    expect(wider.body.error).toBe('invalid_scope');
  });

  it('refuses a refresh token whose tokens were revoked through the fault API', async () => {
    const body = tokens(await sandbox.passwordGrant(AP_CLERK));
    expect((await sandbox.chaos('POST', '/tokens/revoke-refresh', { login: AP_CLERK })).status).toBe(200);
    expectOAuthError(await refresh(body.refresh_token), 400, 'invalid_grant', 108);
  });
});

describe('access tokens', () => {
  it('are refused (403) once the sandbox clock passes their expiry', async () => {
    const body = tokens(await sandbox.passwordGrant(ADMIN));
    // A few seconds of margin: the real clock keeps running under the offset.
    sandbox.clock.advance(3595);
    expect(await apiWorks(body.access_token)).toBe(200);
    sandbox.clock.advance(6);
    expectConcurError(await sandbox.api(PATHS.attendeeTypes, { token: body.access_token }), 403);
  });

  it('are signed: an edited payload is refused (403)', async () => {
    const body = tokens(await sandbox.passwordGrant(TRAVEL_MANAGER));
    const [header, payload, signature] = body.access_token.split('.');
    const claims = decodeJwtPayload(body.access_token) as Record<string, unknown>;
    const forged = Buffer.from(JSON.stringify({ ...claims, scope: 'openid attendee.admin.read', 'concur.scopes': ['openid', 'attendee.admin.read'] })).toString('base64url');
    expect(payload).not.toBe(forged);
    expectConcurError(await sandbox.api(PATHS.attendeeTypes, { token: `${header}.${forged}.${signature}` }), 403);
  });

  it('answer the JWKS that verifies them', async () => {
    const response = await sandbox.api('/oauth2/v0/jwks');
    expect(response.status).toBe(200);
    const keys = (response.json() as { keys: { kty: string; d?: string }[] }).keys;
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.every((key) => key.kty === 'RSA' && key.d === undefined)).toBe(true);
    expectJson(await sandbox.api(`${PATHS.attendeeTypes}?limit=1`, { token: await sandbox.passwordToken(ADMIN) }), contract().AttendeeTypes);
  });
});
