import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TokenReply } from './testing/fake-concur';
import { APP_HEADERS, CODE_VERIFIER, exchangeCode, type Fixture, signIn, startFixture } from './testing/gateway-fixture';

describe('logging', () => {
  const lines: string[] = [];
  const issuedTokens: string[] = [];
  let fixture: Fixture;

  beforeAll(async () => {
    const stream = new Writable({
      write(chunk: Buffer, _encoding, callback) {
        lines.push(chunk.toString());
        callback();
      },
    });
    fixture = await startFixture({}, { gateway: { logger: { level: 'trace', stream } } });
    const issue = fixture.concur.answerTokens;
    fixture.concur.answerTokens = async (form): Promise<TokenReply> => {
      const answer = await issue(form);
      const body = answer.body as Record<string, unknown>;
      for (const name of ['access_token', 'refresh_token', 'id_token']) if (typeof body[name] === 'string') issuedTokens.push(body[name]);
      return answer;
    };
  });
  afterAll(() => fixture.close());

  it('never writes codes, tokens or secrets, whatever happens', async () => {
    const { gateway } = fixture;
    await gateway.inject({ url: '/oauth/callback?code=callback-code-123&state=state-456', headers: { accept: 'text/html' } });
    const cookie = await signIn(fixture);
    await exchangeCode(gateway, { code: 'refused-code-789', geolocation: fixture.concur.url });
    await gateway.inject({ method: 'POST', url: '/auth/refresh', headers: { ...APP_HEADERS, cookie } });
    await gateway.inject({ url: '/api/v3.0/expense/attendeetypes?offset=cursor-abc', headers: { cookie, authorization: 'Bearer proxied-token' } });
    await gateway.inject({ method: 'POST', url: '/auth/logout', headers: { ...APP_HEADERS, cookie, authorization: 'Bearer logout-token' } });
    fixture.concur.answerTokens = () => ({ status: 200, body: { access_token: 'half-answer-token' } });
    await exchangeCode(gateway, { geolocation: fixture.concur.url });

    const log = lines.join('');
    expect(log).toContain('"path":"/oauth/callback"');
    expect(log).toContain('upstream_invalid');
    const secrets = [
      'callback-code-123',
      'state-456',
      'good-code',
      'refused-code-789',
      'cursor-abc',
      'proxied-token',
      'logout-token',
      'half-answer-token',
      CODE_VERIFIER,
      fixture.config.clientSecret,
      fixture.config.cookieSecret,
      cookie.split('=')[1] ?? 'cookie',
      ...issuedTokens,
    ];
    expect(issuedTokens.length).toBeGreaterThanOrEqual(6);
    for (const secret of secrets) expect(log).not.toContain(secret);
  });
});
