import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { APP_HEADERS, CODE_VERIFIER, cookiePair, exchangeCode, type Fixture, REDIRECT_URI, startFixture } from './testing/gateway-fixture';

/*
 * security.md W1/W2 on every kind of answer the gateway gives, over plain http and behind a TLS-terminating balancer.
 * static-and-headers.test.ts checks a first set of route kinds; this file walks all of them (successes and each error
 * path of /auth/* and the proxy, CORS preflights), adds HSTS over https, Cache-Control on /auth and /api, the absence
 * of CORS, and a Concur answer that tries to set its own security headers.
 */

const HTML = { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' };
const API = { accept: 'application/json', authorization: 'Bearer access-abc' };
const HSTS = 'max-age=31536000; includeSubDomains';

/** The CSP as a map of directive → sources. */
function parseCsp(header: unknown): Map<string, string[]> {
  expect(typeof header, 'Content-Security-Policy is missing').toBe('string');
  const directives = new Map<string, string[]>();
  for (const part of String(header).split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (!name) continue;
    expect(directives.has(name), `directive ${name} given twice`).toBe(false);
    directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

interface Expectation {
  https: boolean;
  /** See the it.fails below: answers to malformed URLs miss HSTS behind a balancer. */
  skipHsts?: boolean;
  /** The page itself: its CSP carries the style nonce that is also in the markup. */
  html?: boolean;
}

function expectSecurityHeaders(response: LightMyRequestResponse, { https, html = false, skipHsts = false }: Expectation): void {
  const csp = parseCsp(response.headers['content-security-policy']);
  expect(csp.get('default-src')).toEqual(["'self'"]);
  expect(csp.get('script-src')).toEqual(["'self'"]);
  expect(csp.get('img-src')).toEqual(["'self'", 'data:']);
  expect(csp.get('font-src')).toEqual(["'self'"]);
  expect(csp.get('connect-src')).toEqual(["'self'"]);
  expect(csp.get('object-src')).toEqual(["'none'"]);
  expect(csp.get('base-uri')).toEqual(["'none'"]);
  expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
  expect(csp.get('form-action')).toEqual(["'self'"]);
  const style = csp.get('style-src');
  if (html) {
    const nonce = /^'nonce-([A-Za-z0-9+/]{22}==)'$/.exec(style?.[1] ?? '')?.[1];
    expect(style?.[0]).toBe("'self'");
    expect(style).toHaveLength(2);
    expect(nonce, `style-src ${style?.join(' ')}`).toBeDefined();
    // HEAD has no body to compare with.
    if (response.body !== '') {
      expect(response.body).toContain(`nonce="${nonce}"`);
      expect(response.body).not.toContain('__CSP_NONCE__');
    }
  } else {
    expect(style).toEqual(["'self'"]);
  }
  for (const sources of csp.values()) {
    for (const source of sources) expect(["'unsafe-inline'", "'unsafe-eval'", '*', 'http:', 'https:']).not.toContain(source);
  }

  expect(response.headers).toMatchObject({
    'referrer-policy': 'no-referrer',
    'x-content-type-options': 'nosniff',
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': 'same-origin',
    'x-frame-options': 'DENY',
  });
  expect(response.headers['permissions-policy']).toMatch(/camera=\(\).*microphone=\(\).*geolocation=\(\)/);
  if (https) {
    if (!skipHsts) expect(response.headers['strict-transport-security']).toBe(HSTS);
  } else expect(response.headers['strict-transport-security']).toBeUndefined();
  // No CORS anywhere: the app is same-origin, and the /auth calls rely on preflights never being granted.
  for (const name of Object.keys(response.headers)) expect(name).not.toMatch(/^access-control-/);
  expect(response.headers['x-powered-by']).toBeUndefined();
}

type Send = (fixture: Fixture, extra: Record<string, string>) => Promise<LightMyRequestResponse>;

interface RouteKind {
  name: string;
  status: number;
  html?: boolean;
  /** Expected Cache-Control; every /auth and /api answer must be no-store (ASVS5 14.3.2). */
  cache?: string;
  /** A URL the router refuses before any hook runs (Fastify's frameworkErrors). */
  malformed?: boolean;
  send: Send;
}

/** A fresh session cookie (name=value) for the scheme of `extra` (the __Host- name over https). */
async function sessionCookie(fixture: Fixture, extra: Record<string, string>): Promise<string> {
  const response = await exchangeCode(fixture.gateway, { geolocation: fixture.concur.url }, { ...APP_HEADERS, ...extra });
  expect(response.statusCode).toBe(200);
  return cookiePair(response);
}

const inject = (fixture: Fixture, options: InjectOptions): Promise<LightMyRequestResponse> => fixture.gateway.inject(options);

const ROUTE_KINDS: RouteKind[] = [
  { name: 'the SPA index', status: 200, html: true, cache: 'no-cache', send: (f, x) => inject(f, { url: '/', headers: { ...HTML, ...x } }) },
  { name: 'an app route (SPA fallback)', status: 200, html: true, cache: 'no-cache', send: (f, x) => inject(f, { url: '/attendee-types?view=all', headers: { ...HTML, ...x } }) },
  { name: 'the OAuth callback page', status: 200, html: true, cache: 'no-cache', send: (f, x) => inject(f, { url: '/oauth/callback?code=abc&state=xyz', headers: { ...HTML, ...x } }) },
  { name: 'a hashed asset', status: 200, cache: 'public, max-age=31536000, immutable', send: (f, x) => inject(f, { url: '/assets/app-3f9a1c.js', headers: x }) },
  { name: 'a precompressed (.br) asset', status: 200, send: (f, x) => inject(f, { url: '/assets/app-3f9a1c.js', headers: { 'accept-encoding': 'br', ...x } }) },
  { name: 'an asset compressed on the fly', status: 200, send: (f, x) => inject(f, { url: '/assets/app-77b2e0.css', headers: { 'accept-encoding': 'gzip', ...x } }) },
  { name: 'another static file', status: 200, cache: 'no-cache', send: (f, x) => inject(f, { url: '/favicon.svg', headers: x }) },
  { name: 'HEAD of the index', status: 200, html: true, cache: 'no-cache', send: (f, x) => inject(f, { method: 'HEAD', url: '/', headers: { ...HTML, ...x } }) },
  { name: 'GET /auth/config', status: 200, cache: 'no-store', send: (f, x) => inject(f, { url: '/auth/config', headers: x }) },
  {
    name: '/auth/token success',
    status: 200,
    cache: 'no-store',
    send: (f, x) => exchangeCode(f.gateway, { geolocation: f.concur.url }, { ...APP_HEADERS, ...x }),
  },
  {
    name: '/auth/token refused by Concur (invalid_grant)',
    status: 400,
    cache: 'no-store',
    send: (f, x) => exchangeCode(f.gateway, { code: 'used-code', geolocation: f.concur.url }, { ...APP_HEADERS, ...x }),
  },
  { name: '/auth/token with a bad body', status: 400, cache: 'no-store', send: (f, x) => exchangeCode(f.gateway, { codeVerifier: 'short' }, { ...APP_HEADERS, ...x }) },
  {
    name: '/auth/token with invalid JSON (error handler)',
    status: 400,
    cache: 'no-store',
    send: (f, x) => inject(f, { method: 'POST', url: '/auth/token', headers: { ...APP_HEADERS, 'content-type': 'application/json', ...x }, payload: '{"code":' }),
  },
  {
    name: '/auth/token with a geolocation off the allowlist',
    status: 400,
    cache: 'no-store',
    send: (f, x) => exchangeCode(f.gateway, { geolocation: 'https://evil.example' }, { ...APP_HEADERS, ...x }),
  },
  { name: '/auth/token from another origin', status: 403, cache: 'no-store', send: (f, x) => exchangeCode(f.gateway, {}, { origin: 'https://evil.example', 'x-concur-console': '1', ...x }) },
  {
    name: '/auth/token timing out at Concur',
    status: 504,
    cache: 'no-store',
    send: async (f, x) => {
      f.concur.tokenDelayMs = 1000;
      try {
        return await exchangeCode(f.gateway, { geolocation: f.concur.url }, { ...APP_HEADERS, ...x });
      } finally {
        f.concur.tokenDelayMs = 0;
      }
    },
  },
  {
    name: 'a CORS preflight of /auth/token',
    status: 404,
    send: (f, x) =>
      inject(f, {
        method: 'OPTIONS',
        url: '/auth/token',
        headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'x-concur-console', ...x },
      }),
  },
  {
    name: '/auth/refresh success',
    status: 200,
    cache: 'no-store',
    send: async (f, x) => inject(f, { method: 'POST', url: '/auth/refresh', headers: { ...APP_HEADERS, cookie: await sessionCookie(f, x), ...x } }),
  },
  { name: '/auth/refresh without a session', status: 401, cache: 'no-store', send: (f, x) => inject(f, { method: 'POST', url: '/auth/refresh', headers: { ...APP_HEADERS, ...x } }) },
  {
    name: '/auth/refresh with a cookie that does not open',
    status: 401,
    cache: 'no-store',
    send: (f, x) =>
      inject(f, {
        method: 'POST',
        url: '/auth/refresh',
        headers: { ...APP_HEADERS, cookie: '__Host-concur_session=eyJhbGciOiJkaXIifQ..AAAA.BBBB.CCCC; concur_session=eyJhbGciOiJkaXIifQ..AAAA.BBBB.CCCC', ...x },
      }),
  },
  { name: '/auth/refresh from another origin', status: 403, cache: 'no-store', send: (f, x) => inject(f, { method: 'POST', url: '/auth/refresh', headers: { origin: 'https://evil.example', 'x-concur-console': '1', ...x } }) },
  {
    name: '/auth/logout',
    status: 204,
    cache: 'no-store',
    send: async (f, x) => inject(f, { method: 'POST', url: '/auth/logout', headers: { ...APP_HEADERS, cookie: await sessionCookie(f, x), authorization: 'Bearer access-1', ...x } }),
  },
  { name: '/auth/logout from another origin', status: 403, cache: 'no-store', send: (f, x) => inject(f, { method: 'POST', url: '/auth/logout', headers: { origin: 'https://evil.example', ...x } }) },
  { name: 'an unknown /auth path', status: 404, cache: 'no-store', send: (f, x) => inject(f, { url: '/auth/nothing', headers: x }) },
  {
    name: 'a proxied answer',
    status: 200,
    cache: 'no-store',
    send: async (f, x) => inject(f, { url: '/api/v3.0/expense/attendeetypes?limit=5', headers: { ...API, cookie: await sessionCookie(f, x), ...x } }),
  },
  {
    name: 'a proxied HEAD',
    status: 200,
    cache: 'no-store',
    send: async (f, x) => inject(f, { method: 'HEAD', url: '/api/v3.0/expense/attendeetypes', headers: { ...API, cookie: await sessionCookie(f, x), ...x } }),
  },
  {
    name: "Concur's own error passed through",
    status: 429,
    cache: 'no-store',
    send: async (f, x) => inject(f, { url: '/api/v3.0/expense/status/429', headers: { ...API, cookie: await sessionCookie(f, x), ...x } }),
  },
  { name: 'the proxy without a session', status: 401, cache: 'no-store', send: (f, x) => inject(f, { url: '/api/v3.0/expense/attendeetypes', headers: { ...API, ...x } }) },
  {
    name: 'the proxy refusing a dot segment',
    status: 400,
    cache: 'no-store',
    send: async (f, x) => inject(f, { url: '/api/v3.0/expense/..%2F..%2Fapp-mgmt', headers: { ...API, cookie: await sessionCookie(f, x), ...x } }),
  },
  {
    name: 'the proxy refusing a body over 1 MiB',
    status: 413,
    cache: 'no-store',
    send: async (f, x) =>
      inject(f, {
        method: 'PUT',
        url: '/api/v3.0/expense/attendeetypes/x',
        headers: { ...API, 'content-type': 'application/json', cookie: await sessionCookie(f, x), ...x },
        payload: 'x'.repeat(1024 * 1024 + 1),
      }),
  },
  {
    name: 'the proxy timing out (504)',
    status: 504,
    cache: 'no-store',
    send: async (f, x) => inject(f, { url: '/api/v3.0/expense/slow', headers: { ...API, cookie: await sessionCookie(f, x), ...x } }),
  },
  { name: 'a malformed /api URL', status: 400, malformed: true, cache: 'no-store', send: (f, x) => inject(f, { url: '/api/v3.0/expense/%zz', headers: { ...API, ...x } }) },
  { name: 'a malformed page URL', status: 400, malformed: true, send: (f, x) => inject(f, { url: '/attendee-types/%zz', headers: { ...HTML, ...x } }) },
  { name: 'an /api path that is not proxied', status: 404, cache: 'no-store', send: (f, x) => inject(f, { method: 'DELETE', url: '/api/v2.0/users', headers: { ...API, ...x } }) },
  { name: 'a missing asset', status: 404, send: (f, x) => inject(f, { url: '/assets/app-000000.js', headers: { ...HTML, ...x } }) },
  { name: 'a missing file', status: 404, send: (f, x) => inject(f, { url: '/no-such-file.txt', headers: x }) },
  { name: 'a POST to a page', status: 404, send: (f, x) => inject(f, { method: 'POST', url: '/attendee-types', headers: { ...HTML, ...x } }) },
];

describe.each([
  ['plain http (loopback)', false, {}],
  ['https behind a TLS-terminating balancer', true, { TRUST_PROXY: 'true' }],
] as const)('security headers on every route kind, %s', (_scheme, https, env) => {
  const extra: Record<string, string> = https ? { 'x-forwarded-proto': 'https' } : {};
  let fixture: Fixture;
  beforeAll(async () => {
    fixture = await startFixture(env);
  });
  afterAll(() => fixture.close());

  it.each(ROUTE_KINDS.map((kind) => [kind.name, kind] as const))('%s', async (_name, kind) => {
    const response = await kind.send(fixture, extra);
    expect(response.statusCode, response.body.slice(0, 200)).toBe(kind.status);
    expectSecurityHeaders(response, { https, html: kind.html === true, skipHsts: kind.malformed === true });
    if (kind.cache) expect(response.headers['cache-control']).toBe(kind.cache);
  });

  it('keeps them when Concur cannot be reached (502 on /auth/token and the proxy)', async () => {
    const cookie = await sessionCookie(fixture, extra);
    await fixture.concur.close();
    const token = await exchangeCode(fixture.gateway, { geolocation: fixture.concur.url }, { ...APP_HEADERS, ...extra });
    const proxied = await fixture.gateway.inject({ url: '/api/v3.0/expense/attendeetypes', headers: { ...API, cookie, ...extra } });
    for (const response of [token, proxied]) {
      expect(response.statusCode).toBe(502);
      expect(response.headers['cache-control']).toBe('no-store');
      expectSecurityHeaders(response, { https });
    }
  });
});

describe('a malformed URL behind a TLS-terminating balancer', () => {
  let fixture: Fixture;
  beforeAll(async () => {
    fixture = await startFixture({ TRUST_PROXY: 'true' });
  });
  afterAll(() => fixture.close());

  // Known gap: Fastify hands frameworkErrors (app.ts rejectMalformedUrl) a request built without trustProxy, so
  // request.protocol reads "http" and applySecurityHeaders leaves HSTS out. Every other answer carries it, so browsers
  // still learn HSTS from the site; when this starts passing, drop `.fails` and the skipHsts flag above.
  it.fails('sends HSTS with the 400 too', async () => {
    const response = await fixture.gateway.inject({ url: '/api/v3.0/expense/%zz', headers: { ...API, 'x-forwarded-proto': 'https' } });
    expect(response.statusCode).toBe(400);
    expect(response.headers['strict-transport-security']).toBe(HSTS);
  });
});

describe('without a build', () => {
  let fixture: Fixture;
  beforeAll(async () => {
    fixture = await startFixture({ TRUST_PROXY: 'true' }, { dist: false });
  });
  afterAll(() => fixture.close());

  it('sends them with the "run npm run build" page over https too', async () => {
    const response = await fixture.gateway.inject({ url: '/', headers: { ...HTML, 'x-forwarded-proto': 'https' } });
    expect(response.statusCode).toBe(503);
    expect(response.headers['cache-control']).toBe('no-store');
    expectSecurityHeaders(response, { https: true });
  });
});

describe('a Concur answer that brings its own security headers', () => {
  let hostile: http.Server;
  let hostileOrigin: string;
  let fixture: Fixture;
  beforeEach(async () => {
    // An allowlisted Concur host whose API answers try to loosen the page's protections.
    hostile = http.createServer((_request, response) => {
      response.writeHead(200, {
        'content-type': 'application/json',
        'content-security-policy': "default-src * 'unsafe-inline' 'unsafe-eval'",
        'x-frame-options': 'ALLOWALL',
        'referrer-policy': 'unsafe-url',
        'x-content-type-options': 'none',
        'cross-origin-resource-policy': 'cross-origin',
        'cross-origin-opener-policy': 'unsafe-none',
        'access-control-allow-origin': '*',
        'access-control-allow-credentials': 'true',
        'strict-transport-security': 'max-age=0',
        'cache-control': 'public, max-age=86400',
        'set-cookie': 'concur_session=planted; Path=/',
        'content-disposition': 'attachment; filename="x.html"',
      });
      response.end('{"Items":[]}');
    });
    await new Promise<void>((resolve) => hostile.listen(0, '127.0.0.1', resolve));
    hostileOrigin = `http://127.0.0.1:${(hostile.address() as AddressInfo).port}`;
    fixture = await startFixture({ CONCUR_ALLOWED_HOSTS: hostileOrigin });
    const issue = fixture.concur.answerTokens;
    fixture.concur.answerTokens = async (form) => {
      const answer = await issue(form);
      return { ...answer, body: { ...(answer.body as object), geolocation: hostileOrigin } };
    };
  });
  afterEach(async () => {
    await fixture.close();
    await new Promise((resolve) => hostile.close(resolve));
  });

  it("answers with the gateway's headers only", async () => {
    const signIn = await fixture.gateway.inject({
      method: 'POST',
      url: '/auth/token',
      headers: APP_HEADERS,
      payload: { code: 'good-code', codeVerifier: CODE_VERIFIER, redirectUri: REDIRECT_URI, geolocation: fixture.concur.url },
    });
    expect(signIn.statusCode).toBe(200);
    const response = await fixture.gateway.inject({ url: '/api/v3.0/expense/attendeetypes', headers: { ...API, cookie: cookiePair(signIn) } });
    expect(response.statusCode).toBe(200);
    expect(response.body).toBe('{"Items":[]}');
    expectSecurityHeaders(response, { https: false });
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.headers['set-cookie']).toBeUndefined();
    expect(response.headers['content-disposition']).toBeUndefined();
  });
});
