import { decodeJwt } from 'jose';
import { z } from 'zod';

export interface TokenIdentity {
  sub: string | undefined;
  name: string;
  email: string;
}

const claimsSchema = z.object({
  sub: z.string().min(1).optional(),
  name: z.string().optional(),
  given_name: z.string().optional(),
  family_name: z.string().optional(),
  email: z.string().optional(),
  preferred_username: z.string().optional(),
});

/**
 * Reads display claims from an id token WITHOUT checking its signature. That is sound here because the gateway received the
 * token straight from the token endpoint it called over TLS with its client secret (OpenID Connect Core §3.1.3.7 allows it),
 * and the claims only label the user in the app: no access decision rests on them.
 */
export function readIdentity(jwt: string | undefined): TokenIdentity {
  let claims: z.infer<typeof claimsSchema> = {};
  if (jwt) {
    try {
      const parsed = claimsSchema.safeParse(decodeJwt(jwt));
      if (parsed.success) claims = parsed.data;
    } catch {
      // Not a JWT: the app then shows no name.
    }
  }
  const fullName = [claims.given_name, claims.family_name].filter(Boolean).join(' ');
  return {
    sub: claims.sub,
    name: claims.name ?? (fullName || (claims.preferred_username ?? '')),
    email: claims.email ?? '',
  };
}
