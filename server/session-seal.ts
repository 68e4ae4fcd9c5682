import { hkdfSync } from 'node:crypto';
import { EncryptJWT, jwtDecrypt } from 'jose';
import { z } from 'zod';

/**
 * What the session cookie holds (docs/gateway-api.md "Cookie"). `name` and `email` let `/auth/refresh` answer with the user
 * even when Concur's refresh response carries no id token.
 */
export interface SessionData {
  refreshToken: string;
  geolocation: string;
  sub: string;
  scope: string;
  /** Absolute expiry of the refresh token, epoch seconds (Concur's `refresh_expires_in`). */
  refreshExpiresAt: number;
  name: string;
  email: string;
}

export interface SessionSeal {
  seal(session: SessionData): Promise<string>;
  /** The session, or undefined for anything that does not decrypt, has expired or has the wrong shape. */
  open(sealed: string): Promise<SessionData | undefined>;
}

const sessionSchema = z.object({
  refreshToken: z.string().min(1),
  geolocation: z.string().min(1),
  sub: z.string().min(1),
  scope: z.string(),
  refreshExpiresAt: z.number().int().positive(),
  name: z.string(),
  email: z.string(),
});

/**
 * Opening a JWE costs about 0.1 ms, paid on every proxied call; that is a large share of the gateway's own latency next
 * to a local sandbox. The same sealed string always opens to the same session, so recently opened ones are remembered.
 */
const OPENED_CACHE_SIZE = 1000;

// Binds the key to this one use, so COOKIE_SECRET could safely derive other keys later.
const KEY_INFO = 'concur-console gateway session cookie v1';

export function deriveCookieKey(cookieSecret: string): Uint8Array {
  return new Uint8Array(hkdfSync('sha256', cookieSecret, new Uint8Array(0), KEY_INFO, 32));
}

/** A JWE (`dir` + `A256GCM`): encrypted so the browser cannot read the refresh token, authenticated so it cannot forge one. */
export function createSessionSeal(cookieSecret: string, now: () => number = Date.now): SessionSeal {
  const key = deriveCookieKey(cookieSecret);
  const opened = new Map<string, SessionData>();

  function remember(sealed: string, session: SessionData) {
    if (opened.size >= OPENED_CACHE_SIZE) opened.delete(opened.keys().next().value as string);
    opened.set(sealed, session);
  }

  return {
    seal(session) {
      return new EncryptJWT({ ...session })
        .setProtectedHeader({ alg: 'dir', enc: 'A256GCM' })
        .setIssuedAt()
        .setExpirationTime(session.refreshExpiresAt)
        .encrypt(key);
    },
    async open(sealed) {
      const known = opened.get(sealed);
      if (known) {
        if (known.refreshExpiresAt * 1000 > now()) return known;
        opened.delete(sealed);
        return undefined;
      }
      try {
        const { payload } = await jwtDecrypt(sealed, key, {
          keyManagementAlgorithms: ['dir'],
          contentEncryptionAlgorithms: ['A256GCM'],
          currentDate: new Date(now()),
        });
        const session = sessionSchema.safeParse(payload);
        if (!session.success) return undefined;
        // Shared between callers from now on.
        const frozen = Object.freeze(session.data);
        remember(sealed, frozen);
        return frozen;
      } catch {
        return undefined;
      }
    },
  };
}
