import { describe, expect, it } from 'vitest';
import { contractFor } from './contract-schemas';
import { expectConcurError } from './assertions';
import { ADMIN, PATHS, useSandbox } from './harness';

/** A sandbox configured differently: 5 requests per token per minute, fault injection off, 2-minute access tokens. */
const sandbox = useSandbox({ env: { SANDBOX_RATE_LIMIT: '5', SANDBOX_FAULTS: '0', SANDBOX_TOKEN_TTL: '120' } });

describe('rate limit (SANDBOX_RATE_LIMIT=5)', () => {
  it('answers the 6th request of a token with 429 and Retry-After, in the Concur error shape', async () => {
    const token = await sandbox.passwordToken(ADMIN);
    for (let i = 0; i < 5; i++) expect((await sandbox.api(`${PATHS.attendeeTypes}?limit=1`, { token })).status).toBe(200);
    const limited = await sandbox.api(`${PATHS.attendeeTypes}?limit=1`, { token });
    expectConcurError(limited, 429);
    const retryAfter = Number(limited.headers.get('retry-after'));
    expect(Number.isInteger(retryAfter)).toBe(true);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    // Any route, any format, same token: still limited.
    expectConcurError(await sandbox.api(`${PATHS.taxInvoices}?limit=1`, { token, accept: 'xml' }), 429);
  });

  it('limits per token: another token of the same user is not affected', async () => {
    const first = await sandbox.passwordToken(ADMIN);
    for (let i = 0; i < 6; i++) await sandbox.api(`${PATHS.attendeeTypes}?limit=1`, { token: first });
    const second = await sandbox.passwordToken(ADMIN);
    expect((await sandbox.api(`${PATHS.attendeeTypes}?limit=1`, { token: second })).status).toBe(200);
  });
});

describe('fault injection off (SANDBOX_FAULTS unset)', () => {
  it.each([
    ['GET', '/__chaos/faults'],
    ['POST', '/__chaos/faults'],
    ['DELETE', '/__chaos/faults'],
    ['GET', '/__chaos/writes'],
    ['DELETE', '/__chaos/writes'],
    ['POST', '/__chaos/tokens/expire'],
    ['POST', '/__chaos/tokens/revoke-refresh'],
  ])('%s %s answers 404', async (method, route) => {
    const response = await sandbox.api(route, { method, ...(method === 'POST' ? { body: { path: '/', status: 500, login: ADMIN } } : {}) });
    expectConcurError(response, 404);
  });

  it('does not apply a fault that was posted anyway', async () => {
    await sandbox.api('/__chaos/faults', { method: 'POST', body: { path: PATHS.attendeeTypes, status: 500 } });
    const token = await sandbox.passwordToken(ADMIN);
    expect((await sandbox.api(`${PATHS.attendeeTypes}?limit=1`, { token })).status).toBe(200);
  });
});

describe('token lifetime (SANDBOX_TOKEN_TTL=120)', () => {
  it('announces expires_in "120" and refuses the token (403) once 120 seconds have passed', async () => {
    const grant = await sandbox.passwordGrant(ADMIN);
    const body = contractFor(sandbox.url, 'json').TokenResponse.parse(grant.body);
    expect(body.expires_in).toBe('120');
    // A few seconds of margin: the real clock keeps running under the offset.
    sandbox.clock.advance(115);
    expect((await sandbox.api(`${PATHS.attendeeTypes}?limit=1`, { token: body.access_token })).status).toBe(200);
    sandbox.clock.advance(6);
    expectConcurError(await sandbox.api(`${PATHS.attendeeTypes}?limit=1`, { token: body.access_token }), 403);
    sandbox.clock.reset();
  });
});
