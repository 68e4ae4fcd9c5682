import type { ConcurTokens, TokenFailure } from './concur-token-client';
import type { GeolocationAllowlist } from './geolocation-allowlist';
import { readIdentity } from './id-token';
import type { SessionData } from './session-seal';

/** What `/auth/token` and `/auth/refresh` answer (docs/gateway-api.md). Never the refresh token. */
export interface AuthAnswer {
  accessToken: string;
  /** Epoch milliseconds. */
  expiresAt: number;
  scopes: string[];
  user: { id: string; name: string; email: string };
}

export interface AuthErrorBody {
  error: string;
  message: string;
  concurCode?: number;
}

/** A failed /auth call as data, so every caller sharing one refresh gets the same answer. */
export interface AuthFailure {
  status: number;
  body: AuthErrorBody;
  clearCookie: boolean;
  /** Why, for the log: never a code, token or secret. */
  logReason?: string;
}

export type Established = { ok: true; session: SessionData; answer: AuthAnswer } | { ok: false; failure: AuthFailure };

const failure = (status: number, error: string, message: string, extra: Partial<AuthFailure> = {}): AuthFailure => ({
  status,
  body: { error, message },
  clearCookie: false,
  ...extra,
});

/**
 * Turns Concur's token answer into the session to seal and the answer for the app. `previous` is the session being
 * refreshed: Concur may leave out what did not change, and a refresh must never switch to another user.
 */
export function establishSession(
  tokens: ConcurTokens,
  allowlist: GeolocationAllowlist,
  previous: SessionData | undefined,
  nowMs: number,
): Established {
  const dropSession = previous !== undefined;
  const geolocation = allowlist.match(tokens.geolocation);
  if (!geolocation) {
    return {
      ok: false,
      failure: failure(502, 'geolocation_not_allowed', "Concur named a host that is not on the gateway's allowlist; sign-in stopped.", {
        clearCookie: dropSession,
        logReason: 'token answer geolocation not on the allowlist',
      }),
    };
  }
  const identity = readIdentity(tokens.idToken);
  const sub = identity.sub ?? readIdentity(tokens.accessToken).sub ?? previous?.sub;
  const refreshToken = tokens.refreshToken ?? previous?.refreshToken;
  if (!sub || !refreshToken || tokens.refreshExpiresAt * 1000 <= nowMs) {
    return {
      ok: false,
      failure: failure(502, 'upstream_invalid', 'Concur answered the token request in an unexpected way.', {
        logReason: !sub ? 'no subject in the tokens' : !refreshToken ? 'no refresh token' : 'refresh_expires_in is in the past',
      }),
    };
  }
  if (previous && sub !== previous.sub) {
    return {
      ok: false,
      failure: failure(401, 'session_expired', 'The session belongs to another user now; sign in again.', {
        clearCookie: true,
        logReason: 'refresh changed the subject',
      }),
    };
  }
  const session: SessionData = {
    refreshToken,
    geolocation,
    sub,
    scope: tokens.scope || (previous?.scope ?? ''),
    refreshExpiresAt: tokens.refreshExpiresAt,
    name: identity.name || (previous?.name ?? ''),
    email: identity.email || (previous?.email ?? ''),
  };
  return {
    ok: true,
    session,
    answer: {
      accessToken: tokens.accessToken,
      expiresAt: nowMs + tokens.expiresInSeconds * 1000,
      scopes: session.scope.split(/\s+/).filter(Boolean),
      user: { id: sub, name: session.name, email: session.email },
    },
  };
}

/** Maps a failed token call to the app's answer. `grant` says which call failed: the cases differ for the app. */
export function tokenFailure(cause: TokenFailure, grant: 'authorization_code' | 'refresh_token'): AuthFailure {
  switch (cause.kind) {
    case 'timeout':
      return failure(504, 'upstream_timeout', 'Concur did not answer in time.');
    case 'unreachable':
      return failure(502, 'upstream_unreachable', 'Concur could not be reached.');
    case 'invalid_answer':
      return failure(502, 'upstream_invalid', 'Concur answered the token request in an unexpected way.', { logReason: cause.reason });
    case 'refused': {
      const concurCode = cause.concurCode;
      const withCode = (f: AuthFailure): AuthFailure => ({ ...f, body: { ...f.body, ...(concurCode === undefined ? {} : { concurCode }) } });
      // The user cannot fix the gateway's own credentials: that is the gateway's fault, not a bad request.
      if (cause.error === 'invalid_client') {
        return withCode(
          failure(502, 'invalid_client', "Concur refused the gateway's client credentials; check CONCUR_CLIENT_ID and CONCUR_CLIENT_SECRET.", {
            logReason: `Concur refused the client credentials (code ${concurCode ?? '?'})`,
          }),
        );
      }
      if (grant === 'refresh_token') {
        return withCode(failure(401, 'session_expired', 'The session has expired; sign in again.', { clearCookie: true }));
      }
      return withCode(failure(400, cause.error, cause.message));
    }
  }
}
