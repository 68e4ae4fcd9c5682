import { randomUUID } from 'node:crypto';
import { exportJWK, generateKeyPair, importJWK, jwtVerify, SignJWT, type JWK } from 'jose';
import type { SandboxDb } from '../db';
import { metaGet, metaSet } from '../db';
import type { DemoUser } from '../users';
import { findUserById } from '../users';
import { epochSeconds } from '../lib/time';

type SigningKey = Awaited<ReturnType<typeof generateKeyPair>>['privateKey'];
type VerifyKey = Awaited<ReturnType<typeof generateKeyPair>>['publicKey'];

export const REFRESH_LIFETIME_SECONDS = 180 * 24 * 3600; // six months, as Concur

export interface IssuedTokens {
  access_token: string;
  token_type: 'Bearer';
  expires_in: string;
  refresh_token: string;
  refresh_expires_in: number;
  scope: string;
  id_token: string;
  geolocation: string;
}

export type AccessCheck =
  | { ok: true; user: DemoUser; scopes: Set<string>; jti: string }
  | { ok: false; reason: 'invalid' | 'expired' | 'revoked' };

export interface TokenService {
  issue(input: { user: DemoUser; clientId: string; scope: string; fromCode?: string; geolocation: string }): Promise<IssuedTokens>;
  verifyAccess(token: string): Promise<AccessCheck>;
  jwks(): JWK[];
}

/** Signs RS256 JWT access and id tokens with a key kept in the database, so tokens survive restarts. */
export async function createTokenService(db: SandboxDb, ttlSeconds: number, now: () => Date): Promise<TokenService> {
  let privateJwk = metaGet(db, 'signing_key');
  if (!privateJwk) {
    const { privateKey } = await generateKeyPair('RS256', { extractable: true });
    privateJwk = JSON.stringify({ ...(await exportJWK(privateKey)), kid: randomUUID(), alg: 'RS256' });
    metaSet(db, 'signing_key', privateJwk);
  }
  const jwk = JSON.parse(privateJwk) as JWK & { kid: string };
  const signingKey = (await importJWK(jwk, 'RS256')) as SigningKey;
  const { d: _d, p: _p, q: _q, dp: _dp, dq: _dq, qi: _qi, ...publicJwk } = jwk;
  const verifyKey = (await importJWK(publicJwk, 'RS256')) as VerifyKey;

  const insertAccess = db.prepare('INSERT INTO access_tokens (jti, user_id, scope, expires_at, from_code) VALUES (?, ?, ?, ?, ?)');
  const insertRefresh = db.prepare(
    'INSERT INTO refresh_tokens (token, client_id, user_id, scope, expires_at, from_code) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const findAccess = db.prepare('SELECT user_id, scope, expires_at, revoked FROM access_tokens WHERE jti = ?');

  return {
    async issue({ user, clientId, scope, fromCode, geolocation }) {
      const issuedAt = epochSeconds(now());
      const expiresAt = issuedAt + ttlSeconds;
      const jti = randomUUID();
      const accessToken = await new SignJWT({ 'concur.version': 3, 'concur.type': 'user', 'concur.scopes': scope.split(' '), scope })
        .setProtectedHeader({ alg: 'RS256', kid: jwk.kid, typ: 'JWT' })
        .setIssuer(geolocation)
        .setSubject(user.id)
        .setAudience('*')
        .setJti(jti)
        .setIssuedAt(issuedAt)
        .setExpirationTime(expiresAt)
        .sign(signingKey);
      const idToken = await new SignJWT({ 'concur.type': 'user', name: user.name, email: user.login, preferred_username: user.login })
        .setProtectedHeader({ alg: 'RS256', kid: jwk.kid, typ: 'JWT' })
        .setIssuer(geolocation)
        .setSubject(user.id)
        .setAudience(clientId)
        .setIssuedAt(issuedAt)
        .setExpirationTime(expiresAt)
        .sign(signingKey);
      const refreshToken = randomUUID();
      const refreshExpiresAt = issuedAt + REFRESH_LIFETIME_SECONDS;
      insertAccess.run(jti, user.id, scope, expiresAt, fromCode ?? null);
      insertRefresh.run(refreshToken, clientId, user.id, scope, refreshExpiresAt, fromCode ?? null);
      return {
        access_token: accessToken,
        token_type: 'Bearer',
        expires_in: String(ttlSeconds),
        refresh_token: refreshToken,
        refresh_expires_in: refreshExpiresAt,
        scope,
        id_token: idToken,
        geolocation,
      };
    },

    async verifyAccess(token) {
      let jti: string | undefined;
      try {
        // Expiry is checked against the sandbox's clock below, not jose's, so tests can move time.
        const { payload } = await jwtVerify(token, verifyKey, { algorithms: ['RS256'], clockTolerance: 10 * 365 * 24 * 3600 });
        jti = payload.jti;
      } catch {
        return { ok: false, reason: 'invalid' };
      }
      const row = jti ? (findAccess.get(jti) as { user_id: string; scope: string; expires_at: number; revoked: number } | undefined) : undefined;
      const user = row ? findUserById(row.user_id) : undefined;
      if (!row || !user || !jti) return { ok: false, reason: 'invalid' };
      if (row.revoked) return { ok: false, reason: 'revoked' };
      if (row.expires_at <= epochSeconds(now())) return { ok: false, reason: 'expired' };
      return { ok: true, user, scopes: new Set(row.scope.split(' ')), jti };
    },

    jwks() {
      return [publicJwk];
    },
  };
}
