import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { SandboxContext } from '../context';
import { DEMO_PASSWORD, } from '../config';
import { findUserById, findUserByLogin } from '../users';
import { epochSeconds } from '../lib/time';
import { grantedScope } from './scopes';
import { PKCE_VERIFIER, pkceChallenge } from './pkce';

interface OAuthError {
  status: number;
  error: 'invalid_request' | 'invalid_client' | 'invalid_grant' | 'unsupported_grant_type' | 'access_denied' | 'invalid_scope';
  description: string;
  code: number;
}

const fail = (status: OAuthError['status'], error: OAuthError['error'], code: number, description: string): OAuthError => ({
  status,
  error,
  code,
  description,
});

function sendOAuthError(reply: FastifyReply, ctx: SandboxContext, e: OAuthError): FastifyReply {
  return reply
    .code(e.status)
    .header('cache-control', 'no-store')
    .send({ error: e.error, error_description: e.description, code: e.code, geolocation: ctx.baseUrl() });
}

const sameSecret = (given: string, expected: string) => {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
};

/** POST /oauth2/v0/token: authorization_code, refresh_token and password grants, as Concur's Authentication API. */
export function registerTokenRoute(app: FastifyInstance, ctx: SandboxContext): void {
  const findCode = ctx.db.prepare('SELECT * FROM auth_codes WHERE code = ?');
  const useCode = ctx.db.prepare('UPDATE auth_codes SET used_at = ? WHERE code = ? AND used_at IS NULL');
  const revokeFromCode = ctx.db.prepare('UPDATE access_tokens SET revoked = 1 WHERE from_code = ?');
  const revokeRefreshFromCode = ctx.db.prepare('UPDATE refresh_tokens SET revoked = 1 WHERE from_code = ?');
  const findRefresh = ctx.db.prepare('SELECT * FROM refresh_tokens WHERE token = ?');
  const replaceRefresh = ctx.db.prepare('UPDATE refresh_tokens SET replaced_at = ? WHERE token = ? AND replaced_at IS NULL');

  app.post('/oauth2/v0/token', async (request, reply) => {
    const contentType = request.headers['content-type'] ?? '';
    if (!contentType.toLowerCase().startsWith('application/x-www-form-urlencoded')) {
      return sendOAuthError(reply, ctx, fail(400, 'invalid_request', 0, 'The token request must be form-encoded (application/x-www-form-urlencoded).'));
    }
    const raw = (request.body ?? {}) as Record<string, unknown>;
    const form: Record<string, string> = {};
    for (const [key, value] of Object.entries(raw)) {
      if (typeof value !== 'string') {
        return sendOAuthError(reply, ctx, fail(400, 'invalid_request', 0, `The parameter "${key}" was given more than once.`));
      }
      form[key] = value;
    }

    if (!form.client_id) return sendOAuthError(reply, ctx, fail(400, 'invalid_request', 62, 'client_id is missing.'));
    if (!form.client_secret) return sendOAuthError(reply, ctx, fail(400, 'invalid_request', 63, 'client_secret is missing.'));
    if (!form.grant_type) return sendOAuthError(reply, ctx, fail(400, 'invalid_request', 65, 'grant_type is missing.'));
    if (form.client_id !== ctx.config.clientId) return sendOAuthError(reply, ctx, fail(401, 'invalid_client', 61, 'The client is not known.'));
    if (!sameSecret(form.client_secret, ctx.config.clientSecret)) {
      return sendOAuthError(reply, ctx, fail(401, 'invalid_client', 63, 'The client secret is wrong.'));
    }

    const nowSeconds = epochSeconds(ctx.now());
    const geolocation = ctx.baseUrl();

    if (form.grant_type === 'authorization_code') {
      if (!form.code) return sendOAuthError(reply, ctx, fail(400, 'invalid_request', 101, 'code is missing.'));
      if (!form.redirect_uri) return sendOAuthError(reply, ctx, fail(400, 'invalid_request', 102, 'redirect_uri is missing.'));
      const row = findCode.get(form.code) as
        | { code: string; client_id: string; user_id: string; redirect_uri: string; scope: string; code_challenge: string | null; expires_at: number; used_at: number | null }
        | undefined;
      if (!row) return sendOAuthError(reply, ctx, fail(400, 'invalid_grant', 103, 'The authorization code is not valid or has expired.'));
      if (row.used_at !== null) {
        // A replayed code revokes everything that was issued from it (RFC 6749 §4.1.2).
        revokeFromCode.run(row.code);
        revokeRefreshFromCode.run(row.code);
        return sendOAuthError(reply, ctx, fail(400, 'invalid_grant', 103, 'The authorization code has already been used.'));
      }
      if (row.expires_at <= nowSeconds) return sendOAuthError(reply, ctx, fail(400, 'invalid_grant', 103, 'The authorization code has expired.'));
      if (row.client_id !== form.client_id) return sendOAuthError(reply, ctx, fail(400, 'invalid_grant', 105, 'The authorization code was issued to another client.'));
      if (row.redirect_uri !== form.redirect_uri) return sendOAuthError(reply, ctx, fail(400, 'invalid_grant', 104, 'redirect_uri does not match the one used to get the code.'));
      if (row.code_challenge) {
        if (!form.code_verifier || !PKCE_VERIFIER.test(form.code_verifier) || pkceChallenge(form.code_verifier) !== row.code_challenge) {
          return sendOAuthError(reply, ctx, fail(400, 'invalid_grant', 103, 'The PKCE code_verifier does not match the code_challenge.'));
        }
      } else if (form.code_verifier) {
        return sendOAuthError(reply, ctx, fail(400, 'invalid_grant', 103, 'A code_verifier was sent but the authorization request had no code_challenge.'));
      }
      const user = findUserById(row.user_id);
      if (!user || useCode.run(nowSeconds, row.code).changes !== 1) {
        return sendOAuthError(reply, ctx, fail(400, 'invalid_grant', 103, 'The authorization code is not valid or has expired.'));
      }
      const tokens = await ctx.tokens.issue({ user, clientId: form.client_id, scope: row.scope, fromCode: row.code, geolocation });
      return reply.header('cache-control', 'no-store').send(tokens);
    }

    if (form.grant_type === 'refresh_token') {
      if (!form.refresh_token) return sendOAuthError(reply, ctx, fail(400, 'invalid_request', 106, 'refresh_token is missing.'));
      const row = findRefresh.get(form.refresh_token) as
        | { token: string; client_id: string; user_id: string; scope: string; expires_at: number; replaced_at: number | null; revoked: number; from_code: string | null }
        | undefined;
      const user = row ? findUserById(row.user_id) : undefined;
      if (!row || !user || row.revoked || row.replaced_at !== null || row.expires_at <= nowSeconds || row.client_id !== form.client_id) {
        return sendOAuthError(reply, ctx, fail(400, 'invalid_grant', 108, 'The refresh token is not valid, was already used, or has expired.'));
      }
      let scope = row.scope;
      if (form.scope) {
        const narrowed = grantedScope(form.scope, row.scope.split(' '));
        if (form.scope.split(/[\s,]+/).some((s) => s && !row.scope.split(' ').includes(s))) {
          return sendOAuthError(reply, ctx, fail(400, 'invalid_scope', 54, 'The requested scope exceeds the original grant.'));
        }
        scope = narrowed;
      }
      if (replaceRefresh.run(nowSeconds, row.token).changes !== 1) {
        return sendOAuthError(reply, ctx, fail(400, 'invalid_grant', 108, 'The refresh token is not valid, was already used, or has expired.'));
      }
      // Refreshed tokens keep their code lineage, so a replayed code revokes them too.
      const tokens = await ctx.tokens.issue({ user, clientId: form.client_id, scope, geolocation, ...(row.from_code ? { fromCode: row.from_code } : {}) });
      return reply.header('cache-control', 'no-store').send(tokens);
    }

    if (form.grant_type === 'password') {
      if (form.credtype && form.credtype !== 'password') {
        return sendOAuthError(reply, ctx, fail(400, 'invalid_request', 0, 'The sandbox supports credtype=password only.'));
      }
      const user = findUserByLogin(form.username ?? '');
      if (!user || !form.password || !sameSecret(form.password, DEMO_PASSWORD)) {
        return sendOAuthError(reply, ctx, fail(400, 'invalid_grant', 5, 'The username or password is wrong.'));
      }
      const scope = grantedScope(form.scope ?? '', user.scopes);
      const tokens = await ctx.tokens.issue({ user, clientId: form.client_id, scope, geolocation });
      return reply.header('cache-control', 'no-store').send(tokens);
    }

    return sendOAuthError(reply, ctx, fail(400, 'unsupported_grant_type', 65, `grant_type "${form.grant_type}" is not supported.`));
  });

  app.get('/oauth2/v0/jwks', async () => ({ keys: ctx.tokens.jwks() }));
}
