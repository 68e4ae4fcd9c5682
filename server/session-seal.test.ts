import { describe, expect, it } from 'vitest';
import { readCookie } from './session-cookie';
import { createSessionSeal, type SessionData } from './session-seal';

const SECRET = 's'.repeat(40);
const session: SessionData = {
  refreshToken: 'refresh-7d1f0e2a-secret',
  geolocation: 'https://us.api.concursolutions.com',
  sub: '0b1e9c5a-0000-4000-8000-000000000001',
  scope: 'openid TAXINV',
  refreshExpiresAt: Math.floor(Date.now() / 1000) + 3600,
  name: 'Fernanda Alvarez',
  email: 'finance.admin@sandbox.test',
};

/** Flips one character in the given dot-separated part of a compact JWE. */
function tamper(sealed: string, partIndex: number): string {
  const parts = sealed.split('.');
  const part = parts[partIndex] ?? '';
  const middle = Math.floor(part.length / 2);
  parts[partIndex] = part.slice(0, middle) + (part[middle] === 'A' ? 'B' : 'A') + part.slice(middle + 1);
  return parts.join('.');
}

describe('session seal', () => {
  const seal = createSessionSeal(SECRET);

  it('opens what it sealed, and the browser cannot read the refresh token in it', async () => {
    const sealed = await seal.seal(session);
    expect(sealed.split('.')).toHaveLength(5);
    expect(sealed).not.toContain(session.refreshToken);
    expect(Buffer.from(sealed.split('.')[3] ?? '', 'base64url').toString()).not.toContain('refresh');
    await expect(seal.open(sealed)).resolves.toEqual(session);
  });

  it.each([
    ['protected header', 0],
    ['initialization vector', 2],
    ['ciphertext', 3],
    ['authentication tag', 4],
  ])('rejects a cookie with a changed %s', async (_part, index) => {
    const sealed = await seal.seal(session);
    await expect(seal.open(tamper(sealed, index))).resolves.toBeUndefined();
  });

  it('rejects a cookie sealed with another secret', async () => {
    const sealed = await createSessionSeal('o'.repeat(40)).seal(session);
    await expect(seal.open(sealed)).resolves.toBeUndefined();
  });

  it('rejects a cookie whose refresh token has expired', async () => {
    const sealed = await seal.seal({ ...session, refreshExpiresAt: Math.floor(Date.now() / 1000) - 60 });
    await expect(seal.open(sealed)).resolves.toBeUndefined();
  });

  it('stops opening a remembered cookie once its refresh token has expired', async () => {
    let clock = Date.now();
    const clockedSeal = createSessionSeal(SECRET, () => clock);
    const sealed = await clockedSeal.seal(session);
    await expect(clockedSeal.open(sealed)).resolves.toEqual(session);
    clock = session.refreshExpiresAt * 1000 + 1;
    await expect(clockedSeal.open(sealed)).resolves.toBeUndefined();
  });

  it('rejects garbage and a readable (unencrypted) token', async () => {
    const unsecured = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from(JSON.stringify(session)).toString('base64url')}.`;
    for (const value of ['', 'garbage', 'a.b.c.d.e', unsecured]) {
      await expect(seal.open(value)).resolves.toBeUndefined();
    }
  });
});

describe('readCookie', () => {
  it('finds a cookie among others and ignores look-alike names', () => {
    const header = 'theme=dark; xconcur_session=wrong; concur_session=abc.def; __Host-concur_session=secure';
    expect(readCookie(header, 'concur_session')).toBe('abc.def');
    expect(readCookie(header, '__Host-concur_session')).toBe('secure');
    expect(readCookie(header, 'missing')).toBeUndefined();
    expect(readCookie(undefined, 'concur_session')).toBeUndefined();
  });
});
