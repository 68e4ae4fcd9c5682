import { createHash } from 'node:crypto';

/** RFC 7636: verifier 43-128 unreserved characters; challenge = BASE64URL(SHA-256(verifier)). */
export const PKCE_VERIFIER = /^[A-Za-z0-9\-._~]{43,128}$/;
export const PKCE_CHALLENGE = /^[A-Za-z0-9_-]{43}$/;

export function pkceChallenge(verifier: string): string {
  return createHash('sha256').update(verifier).digest('base64url');
}
