import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { GatewayConfig } from './config';
import { type AuthAnswer, type AuthFailure, type Established, establishSession, tokenFailure } from './auth-outcomes';
import { requestTokens, revokeConnections } from './concur-token-client';
import type { GeolocationAllowlist } from './geolocation-allowlist';
import type { SessionCookies } from './session-cookie';
import type { SessionData, SessionSeal } from './session-seal';
import { createSingleFlight } from './single-flight';

export interface AuthDeps {
  config: GatewayConfig;
  allowlist: GeolocationAllowlist;
  seal: SessionSeal;
  sessions: SessionCookies;
  now?: () => number;
}

/** Sign-out should not hang on Concur: the revoke is best effort. */
const REVOKE_TIMEOUT_MS = 3000;
const AUTH_BODY_LIMIT = 16 * 1024;

const tokenRequestSchema = z.object(
  {
    code: z.string({ error: 'code must be a string' }).min(1, 'code is required').max(4096, 'code is too long'),
    codeVerifier: z
      .string({ error: 'codeVerifier must be a string' })
      .regex(/^[A-Za-z0-9\-._~]{43,128}$/, 'codeVerifier must be 43-128 unreserved characters (RFC 7636)'),
    redirectUri: z.string({ error: 'redirectUri must be a string' }).min(1, 'redirectUri is required'),
    geolocation: z.string({ error: 'geolocation must be a string' }).min(1, 'geolocation is required'),
  },
  { error: 'The body must be a JSON object' },
);

type Refreshed = { ok: true; sealed: string; session: SessionData; answer: AuthAnswer } | { ok: false; failure: AuthFailure };

function sendAuthError(reply: FastifyReply, status: number, error: string, message: string): FastifyReply {
  return reply.code(status).send({ error, message });
}

function sendFailure(request: FastifyRequest, reply: FastifyReply, sessions: SessionCookies, failure: AuthFailure): FastifyReply {
  if (failure.logReason) request.log.warn({ status: failure.status, error: failure.body.error }, failure.logReason);
  if (failure.clearCookie) sessions.clear(request, reply);
  return reply.code(failure.status).send(failure.body);
}

/** `/auth/*` per docs/gateway-api.md: sign-in settings, code exchange, refresh and sign-out. */
export function registerAuthRoutes(app: FastifyInstance, deps: AuthDeps): void {
  const { config, allowlist, seal, sessions, now = Date.now } = deps;
  const appOrigins = new Set(config.appOrigins);
  const refreshes = createSingleFlight<Refreshed>();

  /**
   * CSRF defence for the state-changing calls (security.md A11): a custom header forces a CORS preflight that the gateway
   * never grants, and Origin must be the app's own. Runs before the body is read.
   */
  async function requireAppOrigin(request: FastifyRequest, reply: FastifyReply) {
    if (request.headers['x-concur-console'] === '1' && appOrigins.has(request.headers.origin ?? '')) return undefined;
    return sendAuthError(reply, 403, 'forbidden_origin', 'This call must come from the Concur Console page itself.');
  }

  async function answerWithSession(request: FastifyRequest, reply: FastifyReply, established: Established & { ok: true }) {
    const sealed = await seal.seal(established.session);
    sessions.write(request, reply, sealed, established.session.refreshExpiresAt);
    return reply.send(established.answer);
  }

  async function refresh(session: SessionData, geolocation: string, request: FastifyRequest): Promise<Refreshed> {
    const result = await requestTokens(
      `${geolocation}/oauth2/v0/token`,
      { client_id: config.clientId, client_secret: config.clientSecret, grant_type: 'refresh_token', refresh_token: session.refreshToken },
      config.upstreamTimeoutMs,
    );
    if (!result.ok) return { ok: false, failure: tokenFailure(result.failure, 'refresh_token') };
    const established = establishSession(result.tokens, allowlist, session, now());
    if (!established.ok) return established;
    request.log.info('session refreshed');
    return { ok: true, sealed: await seal.seal(established.session), session: established.session, answer: established.answer };
  }

  void app.register(async (auth) => {
    auth.addHook('onRequest', async (_request, reply) => {
      reply.header('cache-control', 'no-store');
    });
    // Refresh and sign-out have no body; accept an empty one even when a client labels it JSON.
    auth.removeContentTypeParser('application/json');
    auth.addContentTypeParser('application/json', { parseAs: 'string', bodyLimit: AUTH_BODY_LIMIT }, (_request, body, done) => {
      if (body === '') return done(null, undefined);
      try {
        done(null, JSON.parse(body as string));
      } catch {
        done(Object.assign(new Error('The body is not valid JSON.'), { statusCode: 400 }), undefined);
      }
    });
    auth.setErrorHandler(async (error, request, reply) => {
      const status = typeof error === 'object' && error !== null && 'statusCode' in error ? Number(error.statusCode) : 500;
      if (status >= 400 && status < 500) {
        const message = status === 415 ? 'Send the body as JSON (Content-Type: application/json).' : (error as Error).message;
        return sendAuthError(reply, 400, 'invalid_request', message);
      }
      request.log.error(error);
      return sendAuthError(reply, 500, 'internal_error', 'The gateway failed; try again.');
    });

    auth.get('/auth/config', async () => ({ authorizeUrl: config.authorizeUrl, clientId: config.clientId, scope: config.scope }));

    auth.post('/auth/token', { onRequest: requireAppOrigin }, async (request, reply) => {
      const body = tokenRequestSchema.safeParse(request.body ?? {});
      if (!body.success) {
        return sendAuthError(reply, 400, 'invalid_request', body.error.issues.map((issue) => issue.message).join('; '));
      }
      const { code, codeVerifier, redirectUri, geolocation } = body.data;
      if (!config.redirectUris.includes(redirectUri) || new URL(redirectUri).origin !== request.headers.origin) {
        return sendAuthError(reply, 400, 'invalid_request', 'redirectUri is not a registered redirect URI of this page.');
      }
      if (!allowlist.match(geolocation)) {
        return sendAuthError(reply, 400, 'geolocation_not_allowed', "The sign-in named a Concur host that is not on the gateway's allowlist.");
      }
      const result = await requestTokens(
        config.tokenUrl,
        {
          client_id: config.clientId,
          client_secret: config.clientSecret,
          grant_type: 'authorization_code',
          code,
          redirect_uri: redirectUri,
          code_verifier: codeVerifier,
        },
        config.upstreamTimeoutMs,
      );
      if (!result.ok) return sendFailure(request, reply, sessions, tokenFailure(result.failure, 'authorization_code'));
      const established = establishSession(result.tokens, allowlist, undefined, now());
      if (!established.ok) return sendFailure(request, reply, sessions, established.failure);
      request.log.info('signed in');
      return answerWithSession(request, reply, established);
    });

    auth.post('/auth/refresh', { onRequest: requireAppOrigin }, async (request, reply) => {
      const session = await sessions.read(request);
      const geolocation = session && allowlist.match(session.geolocation);
      if (!session || !geolocation) {
        if (sessions.isPresent(request)) sessions.clear(request, reply);
        return sendAuthError(reply, 401, 'no_session', 'There is no session; sign in.');
      }
      const refreshed = await refreshes.run(session.refreshToken, () => refresh(session, geolocation, request));
      if (!refreshed.ok) return sendFailure(request, reply, sessions, refreshed.failure);
      sessions.write(request, reply, refreshed.sealed, refreshed.session.refreshExpiresAt);
      return reply.send(refreshed.answer);
    });

    auth.post('/auth/logout', { onRequest: requireAppOrigin }, async (request, reply) => {
      const session = await sessions.read(request);
      const geolocation = session && allowlist.match(session.geolocation);
      const authorization = request.headers.authorization;
      if (geolocation && authorization && /^Bearer [\x21-\x7e]+$/i.test(authorization)) {
        await revokeConnections(geolocation, authorization, REVOKE_TIMEOUT_MS);
      }
      sessions.clear(request, reply);
      // No Clear-Site-Data: its "cookies" directive reaches the whole registrable domain (other company apps).
      return reply.code(204).send();
    });
  });
}
