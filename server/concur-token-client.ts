import { z } from 'zod';

/**
 * Calls to Concur's Authentication API (concur-api.md §1.2): the token endpoint and the connection revoke.
 * Nothing here logs: form bodies and answers hold the client secret, codes and tokens.
 */

const epochOrSeconds = z
  .union([z.number(), z.string().regex(/^\d+$/, 'must be digits')])
  .transform(Number)
  .pipe(z.number().int().positive());

const tokenAnswerSchema = z.object({
  access_token: z.string().min(1),
  token_type: z
    .string()
    .regex(/^bearer$/i, 'token_type must be Bearer')
    .optional(),
  // A string ("3600") in Concur's reference, a number in its migration guide: take both, coerce explicitly.
  expires_in: epochOrSeconds,
  // Optional on refresh only (RFC 6749 §6: keep the old one when none comes back); the code exchange requires it.
  refresh_token: z.string().min(1).optional(),
  // An absolute time in epoch seconds, not a duration.
  refresh_expires_in: epochOrSeconds,
  scope: z.string().default(''),
  id_token: z.string().optional(),
  geolocation: z.string().min(1),
});

const errorAnswerSchema = z.object({
  error: z.string().min(1),
  error_description: z.string().optional(),
  code: z.union([z.number(), z.string().regex(/^\d+$/).transform(Number)]).optional(),
});

export interface ConcurTokens {
  accessToken: string;
  expiresInSeconds: number;
  refreshToken: string | undefined;
  refreshExpiresAt: number;
  scope: string;
  idToken: string | undefined;
  geolocation: string;
}

export type TokenFailure =
  | { kind: 'refused'; error: string; message: string; concurCode: number | undefined }
  | { kind: 'timeout' }
  | { kind: 'unreachable' }
  | { kind: 'invalid_answer'; reason: string };

export type TokenResult = { ok: true; tokens: ConcurTokens } | { ok: false; failure: TokenFailure };

const isTimeout = (error: unknown) => error instanceof Error && error.name === 'TimeoutError';

/** POSTs a form to a token endpoint and reads the answer. */
export async function requestTokens(tokenUrl: string, form: Record<string, string>, timeoutMs: number): Promise<TokenResult> {
  let response: Response;
  let text: string;
  try {
    response = await fetch(tokenUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: new URLSearchParams(form),
      // A redirect must not carry the client secret to another URL (a 307 would resend the body).
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
    text = await response.text();
  } catch (error) {
    return { ok: false, failure: isTimeout(error) ? { kind: 'timeout' } : { kind: 'unreachable' } };
  }

  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, failure: { kind: 'invalid_answer', reason: `HTTP ${response.status} with a body that is not JSON` } };
  }

  if (!response.ok) {
    const refusal = errorAnswerSchema.safeParse(json);
    if (response.status >= 400 && response.status < 500 && refusal.success) {
      const { error, error_description: message = error, code } = refusal.data;
      return { ok: false, failure: { kind: 'refused', error, message, concurCode: code } };
    }
    return { ok: false, failure: { kind: 'invalid_answer', reason: `HTTP ${response.status}` } };
  }

  const answer = tokenAnswerSchema.safeParse(json);
  if (!answer.success) {
    const fields = answer.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
    return { ok: false, failure: { kind: 'invalid_answer', reason: `unexpected token answer (${fields})` } };
  }
  const tokens = answer.data;
  return {
    ok: true,
    tokens: {
      accessToken: tokens.access_token,
      expiresInSeconds: tokens.expires_in,
      refreshToken: tokens.refresh_token,
      refreshExpiresAt: tokens.refresh_expires_in,
      scope: tokens.scope,
      idToken: tokens.id_token,
      geolocation: tokens.geolocation,
    },
  };
}

/** `DELETE {geolocation}/app-mgmt/v0/connections`: revokes the user's refresh tokens for this app. Best effort. */
export async function revokeConnections(geolocation: string, authorization: string, timeoutMs: number): Promise<void> {
  try {
    const response = await fetch(`${geolocation}/app-mgmt/v0/connections`, {
      method: 'DELETE',
      headers: { authorization, accept: 'application/json' },
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
    await response.body?.cancel();
  } catch {
    // Sign-out goes on regardless: the cookie is cleared, and the refresh token dies with it for this browser.
  }
}
