import { describe, expect, it } from 'vitest';
import { pkceChallengeS256, randomBase64Url } from './random-token';

describe('state and PKCE values', () => {
  it('makes 32 random bytes as 43 base64url characters, different every time', () => {
    const first = randomBase64Url(32);
    expect(first).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(randomBase64Url(32)).not.toBe(first);
  });

  it('derives the S256 challenge of RFC 7636 appendix B', async () => {
    await expect(pkceChallengeS256('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk')).resolves.toBe('E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM');
  });
});
