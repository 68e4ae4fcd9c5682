import { randomUUID } from 'node:crypto';
import Fastify from 'fastify';
import formbody from '@fastify/formbody';
import { SignJWT } from 'jose';

/**
 * A tiny stand-in for Concur at the HTTP boundary: the OAuth token endpoint (with rotation of refresh tokens, as the
 * sandbox does), the connection revoke, and an /api/v3.0 echo. Tests steer it through the fields below.
 */
export interface RecordedCall {
  method: string;
  /** The path and query exactly as they arrived. */
  url: string;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

export interface TokenReply {
  status: number;
  body: unknown;
}

export interface FakeConcur {
  /** Base URL, e.g. http://127.0.0.1:41234: also the geolocation it announces. */
  url: string;
  tokenCalls: Record<string, string>[];
  revokeCalls: RecordedCall[];
  apiCalls: RecordedCall[];
  /** Replaces the token endpoint's behaviour for the next calls. */
  answerTokens: (form: Record<string, string>) => Promise<TokenReply> | TokenReply;
  /** Delay before each token answer, to make concurrent refreshes overlap. */
  tokenDelayMs: number;
  validCode: string;
  close(): Promise<void>;
}

const ID_TOKEN_KEY = new TextEncoder().encode('fake-concur-id-token-key-0123456789');
export const FAKE_USER = { sub: '0b1e9c5a-0000-4000-8000-000000000001', name: 'Fernanda Alvarez', email: 'finance.admin@sandbox.test' };
export const REFRESH_LIFETIME_SECONDS = 180 * 24 * 3600;

export async function idTokenFor(user: { sub: string; name: string; email: string }, audience = 'client'): Promise<string> {
  return new SignJWT({ name: user.name, email: user.email, 'concur.type': 'user' })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(user.sub)
    .setAudience(audience)
    .setIssuedAt()
    .setExpirationTime('1h')
    .sign(ID_TOKEN_KEY);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function startFakeConcur(): Promise<FakeConcur> {
  // Close hanging "slow" answers at once when a test ends.
  const app = Fastify({ forceCloseConnections: true });
  await app.register(formbody);
  const liveRefreshTokens = new Set<string>();

  const fake: FakeConcur = {
    url: '',
    tokenCalls: [],
    revokeCalls: [],
    apiCalls: [],
    tokenDelayMs: 0,
    validCode: 'good-code',
    answerTokens: async (form) => {
      const issue = async (): Promise<TokenReply> => {
        const refreshToken = randomUUID();
        liveRefreshTokens.add(refreshToken);
        return {
          status: 200,
          body: {
            access_token: `access-${randomUUID()}`,
            token_type: 'Bearer',
            expires_in: '3600',
            refresh_token: refreshToken,
            refresh_expires_in: Math.floor(Date.now() / 1000) + REFRESH_LIFETIME_SECONDS,
            scope: 'openid TAXINV INSGHT',
            id_token: await idTokenFor(FAKE_USER),
            geolocation: fake.url,
          },
        };
      };
      if (form.grant_type === 'authorization_code') {
        if (form.code === fake.validCode) return issue();
        return { status: 400, body: { error: 'invalid_grant', error_description: 'The authorization code is not valid or has expired.', code: 103, geolocation: fake.url } };
      }
      if (form.grant_type === 'refresh_token' && liveRefreshTokens.delete(form.refresh_token ?? '')) return issue();
      return { status: 400, body: { error: 'invalid_grant', error_description: 'The refresh token is not valid.', code: 108, geolocation: fake.url } };
    },
    async close() {
      await app.close();
    },
  };

  const record = (request: { method: string; raw: { url?: string }; headers: RecordedCall['headers']; body: unknown }): RecordedCall => ({
    method: request.method,
    url: request.raw.url ?? '',
    headers: request.headers,
    body: typeof request.body === 'string' ? request.body : '',
  });

  app.post('/oauth2/v0/token', async (request, reply) => {
    const form = request.body as Record<string, string>;
    fake.tokenCalls.push(form);
    if (fake.tokenDelayMs > 0) await sleep(fake.tokenDelayMs);
    const answer = await fake.answerTokens(form);
    return reply.code(answer.status).header('cache-control', 'no-store').send(answer.body);
  });

  app.delete('/app-mgmt/v0/connections', async (request, reply) => {
    fake.revokeCalls.push(record(request));
    return reply.code(204).send();
  });

  void app.register(async (api) => {
    // Record bodies exactly as they arrived, whatever their type.
    api.removeAllContentTypeParsers();
    api.addContentTypeParser('*', { parseAs: 'string' }, (_request, body, done) => done(null, body));
    api.all('/api/v3.0/*', async (request, reply) => {
      const call = record(request);
      fake.apiCalls.push(call);
      reply.header('concur-correlationid', `corr-${fake.apiCalls.length}`);
      const pathname = call.url.split('?')[0] ?? '';
      if (pathname.endsWith('/slow')) {
        await sleep(5000);
        return reply.send({ late: true });
      }
      const status = /\/status\/(\d{3})$/.exec(pathname)?.[1];
      if (status) {
        return reply
          .code(Number(status))
          .header('retry-after', '7')
          .header('www-authenticate', 'Bearer realm="Concur", error="invalid_token"')
          .header('x-internal-detail', 'must not leak')
          .send({ Error: { Message: `Status ${status}`, 'Server-Time': '2026-01-01T00:00:00', Id: 'ABC' } });
      }
      return reply.code(request.method === 'PUT' ? 201 : 200).send({ echo: call });
    });
  });

  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (!address || typeof address !== 'object') throw new Error('fake Concur did not bind');
  fake.url = `http://127.0.0.1:${address.port}`;
  return fake;
}
