import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { refuseProxyPath } from './api-proxy';
import type { RecordedCall } from './testing/fake-concur';
import { type Fixture, signIn, startFixture } from './testing/gateway-fixture';

let fixture: Fixture;
let cookie: string;
beforeEach(async () => {
  fixture = await startFixture();
  cookie = await signIn(fixture);
});
afterEach(() => fixture.close());

interface RawAnswer {
  status: number;
  body: string;
}

/** A request over a real socket, so the path reaches the gateway exactly as written (inject would normalise `..`). */
async function rawRequest(method: string, path: string, headers: Record<string, string>, writeBody?: (request: http.ClientRequest) => void) {
  const address = fixture.gateway.server.address() as AddressInfo | null;
  const port = address?.port ?? (await fixture.gateway.listen({ port: 0, host: '127.0.0.1' }), (fixture.gateway.server.address() as AddressInfo).port);
  return new Promise<RawAnswer>((resolve, reject) => {
    const request = http.request({ port, host: '127.0.0.1', method, path, headers }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    });
    request.on('error', reject);
    writeBody?.(request);
    request.end();
  });
}

const JSON_HEADERS = { accept: 'application/json', authorization: 'Bearer access-abc' };
const echoOf = (body: string) => (JSON.parse(body) as { echo: RecordedCall }).echo;

function expectConcurError(body: string, message: string | RegExp) {
  const parsed = JSON.parse(body) as { Error: { Message: string; 'Server-Time': string; Id: string } };
  expect(parsed.Error.Message).toMatch(message);
  expect(parsed.Error['Server-Time']).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/);
  expect(parsed.Error.Id).toMatch(/^[0-9A-F-]{36}$/);
}

describe('/api/v3.0 proxy', () => {
  it("forwards to the session's Concur host with the app's headers only, keeping the path byte for byte", async () => {
    const url = '/api/v3.0/expense/digitaltaxinvoices/gWjYOjoOorT3dhp%24HGto5H$poJuoa0m%2Fx?limit=25&offset=gWn%2BJO%3D';
    const response = await fixture.gateway.inject({
      url,
      headers: { ...JSON_HEADERS, cookie, 'accept-language': 'es-MX', 'x-forwarded-for': '10.0.0.1', 'x-custom': 'no' },
    });
    expect(response.statusCode).toBe(200);
    const upstream = echoOf(response.body);
    expect(upstream.url).toBe(url);
    expect(upstream.headers.authorization).toBe('Bearer access-abc');
    expect(upstream.headers.accept).toBe('application/json');
    for (const name of ['cookie', 'accept-language', 'x-forwarded-for', 'x-custom', 'origin']) expect(upstream.headers[name]).toBeUndefined();
    expect(response.headers).toMatchObject({
      'cache-control': 'no-store',
      'concur-correlationid': 'corr-1',
      'content-type': 'application/json; charset=utf-8',
    });
  });

  it('passes a PUT body, its type and length, and the status', async () => {
    const payload = JSON.stringify({ Status: 'VALID', Comment: 'Revisado ✓' });
    const response = await fixture.gateway.inject({
      method: 'PUT',
      url: '/api/v3.0/expense/digitaltaxinvoices/abc%24def',
      headers: { ...JSON_HEADERS, cookie, 'content-type': 'application/json' },
      payload,
    });
    expect(response.statusCode).toBe(201);
    const upstream = echoOf(response.body);
    expect(upstream).toMatchObject({ method: 'PUT', body: payload });
    expect(upstream.headers['content-type']).toBe('application/json');
    expect(upstream.headers['content-length']).toBe(String(Buffer.byteLength(payload)));
  });

  it('answers HEAD with the headers and no body', async () => {
    const response = await fixture.gateway.inject({ method: 'HEAD', url: '/api/v3.0/expense/attendeetypes', headers: { ...JSON_HEADERS, cookie } });
    expect(response.statusCode).toBe(200);
    expect(response.body).toBe('');
    expect(response.headers['cache-control']).toBe('no-store');
    expect(fixture.concur.apiCalls[0]?.method).toBe('HEAD');
  });

  it('passes a body without a content type untouched', async () => {
    const response = await fixture.gateway.inject({
      method: 'POST',
      url: '/api/v3.0/invoice/purchaseorderreceipts',
      headers: { ...JSON_HEADERS, cookie },
      payload: '<Receipt/>',
    });
    expect(echoOf(response.body).body).toBe('<Receipt/>');
  });

  it("passes Concur's errors on with Retry-After and WWW-Authenticate, and nothing else", async () => {
    const response = await fixture.gateway.inject({ url: '/api/v3.0/expense/status/429', headers: { ...JSON_HEADERS, cookie } });
    expect(response.statusCode).toBe(429);
    expect(response.headers).toMatchObject({
      'retry-after': '7',
      'www-authenticate': 'Bearer realm="Concur", error="invalid_token"',
      'cache-control': 'no-store',
      'concur-correlationid': 'corr-1',
    });
    expect(response.headers['x-internal-detail']).toBeUndefined();
    expect(response.json()).toMatchObject({ Error: { Message: 'Status 429' } });
  });

  it('answers 401 in Concur shape without a session, calling nobody', async () => {
    for (const headers of [JSON_HEADERS, { ...JSON_HEADERS, cookie: 'concur_session=forged.token.that.does.not' }]) {
      const response = await fixture.gateway.inject({ url: '/api/v3.0/expense/attendeetypes', headers });
      expect(response.statusCode).toBe(401);
      expect(response.headers['cache-control']).toBe('no-store');
      expectConcurError(response.body, /^No session/);
    }
    expect(fixture.concur.apiCalls).toHaveLength(0);
  });

  it.each([
    '/api/v3.0/../oauth2/v0/token',
    '/api/v3.0/expense/%2e%2e/%2E%2E/app-mgmt/v0/connections',
    '/api/v3.0/expense/..%2F..%2Fapp-mgmt',
    '/api/v3.0/expense/.%5C..%5Cx',
    '/api/v3.0/expense/%zz',
  ])('refuses the path %s with 400', async (url) => {
    const response = await rawRequest('GET', url, { ...JSON_HEADERS, cookie });
    expect(response.status).toBe(400);
    expectConcurError(response.body, /not allowed|malformed/);
    expect(fixture.concur.apiCalls).toHaveLength(0);
  });

  it('proxies nothing outside /api/v3.0/', async () => {
    for (const url of ['/api/v3.01/x', '/api/v4/expense', '/api/v3.0', '/app-mgmt/v0/connections']) {
      const response = await fixture.gateway.inject({ method: 'DELETE', url, headers: { ...JSON_HEADERS, cookie } });
      expect(response.statusCode).toBe(404);
    }
    expect(fixture.concur.apiCalls).toHaveLength(0);
  });

  it('answers 504 in Concur shape when Concur does not answer in time', async () => {
    const started = Date.now();
    const response = await fixture.gateway.inject({ url: '/api/v3.0/expense/slow', headers: { ...JSON_HEADERS, cookie } });
    expect(response.statusCode).toBe(504);
    expect(Date.now() - started).toBeLessThan(2000);
    expectConcurError(response.body, 'Concur did not answer in time.');
  });

  it('answers 502 in Concur shape when Concur cannot be reached', async () => {
    await fixture.concur.close();
    const response = await fixture.gateway.inject({ url: '/api/v3.0/expense/attendeetypes', headers: { ...JSON_HEADERS, cookie } });
    expect(response.statusCode).toBe(502);
    expectConcurError(response.body, 'Concur could not be reached.');
  });

  it('refuses a body over 1 MiB with 413 before calling Concur', async () => {
    const response = await fixture.gateway.inject({
      method: 'PUT',
      url: '/api/v3.0/expense/attendeetypes/x',
      headers: { ...JSON_HEADERS, cookie, 'content-type': 'application/json' },
      payload: 'x'.repeat(1024 * 1024 + 1),
    });
    expect(response.statusCode).toBe(413);
    expectConcurError(response.body, /larger than/);
    expect(fixture.concur.apiCalls).toHaveLength(0);
  });

  it('cuts off a chunked body once it passes 1 MiB', async () => {
    const answer = await rawRequest('PUT', '/api/v3.0/expense/attendeetypes/x', { ...JSON_HEADERS, cookie, 'content-type': 'application/json' }, (request) => {
      const chunk = 'x'.repeat(64 * 1024);
      for (let sent = 0; sent <= 1024 * 1024; sent += chunk.length) request.write(chunk);
    });
    expect(answer.status).toBe(413);
    expectConcurError(answer.body, /larger than/);
  });
});

describe('refuseProxyPath', () => {
  it('accepts Concur ids with $, %24 and %2F as they are', () => {
    expect(refuseProxyPath('/api/v3.0/expense/attendeetypes/gWjYOjoOorT3dhpHGto5H$poJuoa0m')).toBeUndefined();
    expect(refuseProxyPath('/api/v3.0/expense/attendeetypes/gW%24x%2Fy?offset=a..b')).toBeUndefined();
    expect(refuseProxyPath('/api/v3.0/expense/a...b/..c')).toBeUndefined();
  });
});
