import { randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { SandboxContext } from '../context';
import { DEMO_PASSWORD } from '../config';
import { findUserByLogin } from '../users';
import { epochSeconds } from '../lib/time';
import { newOpaqueToken } from '../lib/ids';
import { grantedScope } from './scopes';
import { PKCE_CHALLENGE } from './pkce';
import { renderAuthorizeErrorPage, renderSignInPage } from './sign-in-page';

const CODE_LIFETIME_SECONDS = 600;
const AUTHORIZE_PARAMS = ['client_id', 'redirect_uri', 'scope', 'response_type', 'state', 'code_challenge', 'code_challenge_method'] as const;
type AuthorizeParams = Partial<Record<(typeof AUTHORIZE_PARAMS)[number], string>>;

function htmlHeaders(reply: FastifyReply, nonce: string): FastifyReply {
  return reply
    .type('text/html; charset=utf-8')
    .header('cache-control', 'no-store')
    .header('referrer-policy', 'no-referrer')
    .header('x-content-type-options', 'nosniff')
    .header('x-frame-options', 'DENY')
    .header('content-security-policy', `default-src 'none'; style-src 'nonce-${nonce}'; base-uri 'none'; frame-ancestors 'none'`);
}

function redirectWith(reply: FastifyReply, redirectUri: string, params: Record<string, string | undefined>): FastifyReply {
  const target = new URL(redirectUri);
  for (const [key, value] of Object.entries(params)) if (value !== undefined) target.searchParams.append(key, value);
  return reply.header('cache-control', 'no-store').header('referrer-policy', 'no-referrer').redirect(target.toString(), 302);
}

/** GET/POST /oauth2/v0/authorize: Concur's sign-in and consent step of the Web flow. */
export function registerAuthorizeRoute(app: FastifyInstance, ctx: SandboxContext): void {
  const insertCode = ctx.db.prepare(
    'INSERT INTO auth_codes (code, client_id, user_id, redirect_uri, scope, code_challenge, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );

  /** Errors the user must see here, because redirecting would hand them to an unverified place. */
  function checkClient(params: AuthorizeParams): { message: string; code: number } | undefined {
    if (!params.client_id) return { message: 'client_id is missing.', code: 62 };
    if (params.client_id !== ctx.config.clientId) return { message: 'The client is not known.', code: 61 };
    if (!params.redirect_uri) return { message: 'redirect_uri is missing.', code: 102 };
    if (!ctx.config.redirectUris.includes(params.redirect_uri)) {
      return { message: 'redirect_uri does not match a URI registered for this client.', code: 104 };
    }
    return undefined;
  }

  /** Errors that go back to the (verified) client as ?error=... */
  function checkRequest(params: AuthorizeParams): { error: string; description: string } | undefined {
    if (params.response_type !== 'code') return { error: 'unsupported_response_type', description: 'response_type must be code.' };
    if (params.code_challenge_method !== undefined || params.code_challenge !== undefined) {
      if (params.code_challenge_method !== 'S256') return { error: 'invalid_request', description: 'code_challenge_method must be S256.' };
      if (!params.code_challenge || !PKCE_CHALLENGE.test(params.code_challenge)) {
        return { error: 'invalid_request', description: 'code_challenge must be a BASE64URL SHA-256 digest.' };
      }
    }
    return undefined;
  }

  function readParams(source: unknown): AuthorizeParams | { duplicated: string } {
    const record = (source ?? {}) as Record<string, unknown>;
    const params: AuthorizeParams = {};
    for (const name of AUTHORIZE_PARAMS) {
      const value = record[name];
      if (Array.isArray(value)) return { duplicated: name };
      if (typeof value === 'string') params[name] = value;
    }
    return params;
  }

  async function handle(source: unknown, reply: FastifyReply, submitted?: { login: string; password: string; decision: string }) {
    const nonce = randomBytes(16).toString('base64');
    const params = readParams(source);
    if ('duplicated' in params) {
      return htmlHeaders(reply.code(400), nonce).send(renderAuthorizeErrorPage(`The parameter "${params.duplicated}" was given more than once.`, 0, nonce));
    }
    const clientProblem = checkClient(params);
    if (clientProblem) return htmlHeaders(reply.code(400), nonce).send(renderAuthorizeErrorPage(clientProblem.message, clientProblem.code, nonce));
    const redirectUri = params.redirect_uri as string;
    const requestProblem = checkRequest(params);
    if (requestProblem) {
      return redirectWith(reply, redirectUri, { error: requestProblem.error, error_description: requestProblem.description, state: params.state });
    }

    if (submitted?.decision === 'deny') {
      return redirectWith(reply, redirectUri, { error: 'access_denied', error_description: 'User denied access', state: params.state });
    }

    const hidden: Record<string, string> = {};
    for (const name of AUTHORIZE_PARAMS) if (params[name] !== undefined) hidden[name] = params[name];
    const page = (error?: string, login?: string) =>
      htmlHeaders(reply.code(error ? 401 : 200), nonce).send(
        renderSignInPage({ hidden, clientName: 'Concur Console', ...(error ? { error } : {}), ...(login ? { login } : {}) }, nonce),
      );
    if (!submitted) return page();

    const user = findUserByLogin(submitted.login);
    if (!user || submitted.password !== DEMO_PASSWORD) return page('The email, login ID or password is wrong.', submitted.login);

    const code = newOpaqueToken(24);
    const scope = grantedScope(params.scope ?? '', user.scopes);
    insertCode.run(code, ctx.config.clientId, user.id, redirectUri, scope, params.code_challenge ?? null, epochSeconds(ctx.now()) + CODE_LIFETIME_SECONDS);
    return redirectWith(reply, redirectUri, { code, state: params.state, geolocation: ctx.baseUrl() });
  }

  app.get('/oauth2/v0/authorize', async (request, reply) => handle(request.query, reply));
  app.post('/oauth2/v0/authorize', async (request, reply) => {
    const body = (request.body ?? {}) as Record<string, unknown>;
    const text = (name: string) => (typeof body[name] === 'string' ? (body[name] as string) : '');
    return handle(body, reply, { login: text('login'), password: text('password'), decision: text('decision') || 'allow' });
  });
}
