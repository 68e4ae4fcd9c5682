import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_JS, type Fixture, startFixture } from './testing/gateway-fixture';

const HTML = { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' };

function expectSecurityHeaders(response: LightMyRequestResponse) {
  const csp = String(response.headers['content-security-policy']);
  for (const directive of [
    "default-src 'self'",
    "script-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'self'",
  ]) {
    expect(csp).toContain(directive);
  }
  expect(csp).not.toContain('unsafe-inline');
  expect(response.headers).toMatchObject({
    'referrer-policy': 'no-referrer',
    'x-content-type-options': 'nosniff',
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': 'same-origin',
    'x-frame-options': 'DENY',
  });
  expect(response.headers['permissions-policy']).toContain('camera=()');
}

const nonceOf = (response: LightMyRequestResponse) => /'nonce-([^']+)'/.exec(String(response.headers['content-security-policy']))?.[1];

describe('static files, SPA fallback and security headers', () => {
  let fixture: Fixture;
  beforeAll(async () => {
    fixture = await startFixture();
  });
  afterAll(() => fixture.close());

  it('puts the security headers on every kind of response', async () => {
    const { gateway } = fixture;
    const responses = await Promise.all([
      gateway.inject({ url: '/', headers: HTML }),
      gateway.inject({ url: '/assets/app-3f9a1c.js' }),
      gateway.inject({ url: '/favicon.svg' }),
      gateway.inject({ url: '/auth/config' }),
      gateway.inject({ method: 'POST', url: '/auth/token', payload: {} }),
      gateway.inject({ url: '/api/v3.0/expense/attendeetypes' }),
      gateway.inject({ url: '/api/v2.0/whatever' }),
      gateway.inject({ url: '/auth/nothing' }),
      gateway.inject({ url: '/no-such-file.txt' }),
      gateway.inject({ url: '/attendee-types/%zz', headers: HTML }),
      gateway.inject({ url: '/api/v3.0/expense/%zz' }),
    ]);
    expect(responses.map((response) => response.statusCode)).toEqual([200, 200, 200, 200, 403, 401, 404, 404, 404, 400, 400]);
    for (const response of responses) {
      expectSecurityHeaders(response);
      // Plain http: HSTS would only be ignored, and sticks to the host name once served over https.
      expect(response.headers['strict-transport-security']).toBeUndefined();
    }
  });

  it('serves the app to tools that accept anything, but not for paths that name files', async () => {
    const page = await fixture.gateway.inject({ url: '/attendee-types', headers: { accept: '*/*' } });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    const file = await fixture.gateway.inject({ url: '/robots.txt', headers: { accept: '*/*' } });
    expect(file.statusCode).toBe(404);
  });

  it('serves index.html for app routes with a fresh nonce that matches the CSP header', async () => {
    const first = await fixture.gateway.inject({ url: '/tax-invoices/INV%24123?tab=lines', headers: HTML });
    const second = await fixture.gateway.inject({ url: '/', headers: HTML });
    expect(first.statusCode).toBe(200);
    expect(first.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(first.headers['cache-control']).toBe('no-cache');
    const nonce = nonceOf(first);
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(first.body).not.toContain('__CSP_NONCE__');
    expect(first.body.match(/nonce="([^"]+)"/g)).toEqual([`nonce="${nonce}"`, `nonce="${nonce}"`, `nonce="${nonce}"`]);
    expect(String(first.headers['content-security-policy'])).toContain(`style-src 'self' 'nonce-${nonce}'`);
    expect(nonceOf(second)).not.toBe(nonce);
  });

  it('serves the callback page without caching the code anywhere', async () => {
    const response = await fixture.gateway.inject({ url: '/oauth/callback?code=abc&state=xyz&geolocation=https%3A%2F%2Fus.api.concursolutions.com', headers: HTML });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('<div id="root">');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
  });

  it('fills in the nonce when index.html is asked for by name', async () => {
    const response = await fixture.gateway.inject({ url: '/index.html', headers: HTML });
    expect(response.statusCode).toBe(200);
    expect(response.body).not.toContain('__CSP_NONCE__');
    expect(response.body).toContain(`nonce="${nonceOf(response)}"`);
  });

  it('answers 404, not the page, for missing assets, API paths and non-HTML requests', async () => {
    const { gateway } = fixture;
    const missingAsset = await gateway.inject({ url: '/assets/app-000000.js', headers: HTML });
    const apiLike = await gateway.inject({ url: '/auth/whatever', headers: HTML });
    const json = await gateway.inject({ url: '/attendee-types', headers: { accept: 'application/json' } });
    for (const response of [missingAsset, apiLike, json]) {
      expect(response.statusCode).toBe(404);
      expect(response.body).not.toContain('<div id="root">');
    }
  });

  it('caches hashed assets for a year and other files not at all', async () => {
    const asset = await fixture.gateway.inject({ url: '/assets/app-77b2e0.css' });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(asset.headers['content-type']).toContain('text/css');
    const favicon = await fixture.gateway.inject({ url: '/favicon.svg' });
    expect(favicon.headers['cache-control']).toBe('no-cache');
  });

  it('serves the precompressed .br twin when the browser takes brotli', async () => {
    const response = await fixture.gateway.inject({ url: '/assets/app-3f9a1c.js', headers: { 'accept-encoding': 'br, gzip' } });
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers['content-type']).toContain('javascript');
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(brotliDecompressSync(response.rawPayload).toString()).toBe(APP_JS);
  });

  it('compresses on the fly when no twin exists', async () => {
    const response = await fixture.gateway.inject({ url: '/assets/app-77b2e0.css', headers: { 'accept-encoding': 'gzip' } });
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(response.rawPayload).toString()).toContain('body{margin:0}');
  });

  it('answers /auth/config with the public sign-in settings only', async () => {
    const response = await fixture.gateway.inject({ url: '/auth/config' });
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.json()).toEqual({
      authorizeUrl: `${fixture.concur.url}/oauth2/v0/authorize`,
      clientId: fixture.config.clientId,
      scope: 'openid attendee.admin.read ATTEND TAXINV INSGHT INVPO',
    });
    expect(response.body).not.toContain(fixture.config.clientSecret);
  });
});

describe('behind a TLS-terminating load balancer', () => {
  let fixture: Fixture;
  beforeAll(async () => {
    fixture = await startFixture({ TRUST_PROXY: 'true' });
  });
  afterAll(() => fixture.close());

  it('adds HSTS when the request came in over https', async () => {
    const response = await fixture.gateway.inject({ url: '/', headers: { ...HTML, 'x-forwarded-proto': 'https' } });
    expect(response.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
  });
});

describe('without a build', () => {
  let fixture: Fixture;
  beforeAll(async () => {
    fixture = await startFixture({}, { dist: false });
  });
  afterAll(() => fixture.close());

  it('says how to build the app, with the security headers', async () => {
    const response = await fixture.gateway.inject({ url: '/attendee-types', headers: HTML });
    expect(response.statusCode).toBe(503);
    expect(response.body).toContain('Run npm run build');
    expectSecurityHeaders(response);
  });
});
