import type { FastifyReply, FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import type { SandboxContext } from '../context';
import type { DemoUser } from '../users';
import { sendConcurError } from '../lib/respond';

declare module 'fastify' {
  interface FastifyRequest {
    concurUser?: DemoUser;
  }
}

const FORBIDDEN_TOKEN = 'Forbidden. Please check your Instance URL and OAuth token.';

interface Window {
  startedAt: number;
  count: number;
}

/**
 * Authorization for v3.0: 401 without an Authorization header; 403 for a bad, expired or revoked token or a missing
 * scope (as Concur documents; the WWW-Authenticate error tells the two 403s apart); then a per-token rate limit (429).
 */
export function createGuard(ctx: SandboxContext) {
  const windows = new Map<string, Window>();

  function rateLimited(key: string, reply: FastifyReply): boolean {
    const limit = ctx.config.rateLimitPerMinute;
    if (limit === 0) return false;
    const now = Date.now();
    let window = windows.get(key);
    if (!window || now - window.startedAt >= 60_000) {
      if (windows.size > 10_000) windows.clear();
      window = { startedAt: now, count: 0 };
      windows.set(key, window);
    }
    window.count += 1;
    if (window.count <= limit) return false;
    reply.header('retry-after', String(Math.max(1, Math.ceil((window.startedAt + 60_000 - now) / 1000))));
    return true;
  }

  return function requireScope(...anyOf: string[]): preHandlerAsyncHookHandler {
    return async function guard(request: FastifyRequest, reply: FastifyReply) {
      const header = request.headers.authorization;
      if (!header) {
        reply.header('www-authenticate', 'Bearer realm="Concur"');
        return sendConcurError(request, reply, 401, 'Unauthorized. The request has no Authorization header.');
      }
      const match = /^(?:Bearer|OAuth)\s+(\S+)\s*$/i.exec(header);
      const check = match?.[1] ? await ctx.tokens.verifyAccess(match[1]) : ({ ok: false, reason: 'invalid' } as const);
      if (!check.ok) {
        reply.header('www-authenticate', `Bearer realm="Concur", error="invalid_token", error_description="token ${check.reason}"`);
        return sendConcurError(request, reply, 403, FORBIDDEN_TOKEN);
      }
      if (!anyOf.some((scope) => check.scopes.has(scope))) {
        reply.header('www-authenticate', `Bearer realm="Concur", error="insufficient_scope", scope="${anyOf.join(' ')}"`);
        return sendConcurError(request, reply, 403, 'Forbidden. The user does not have access to this API.');
      }
      if (rateLimited(check.jti, reply)) {
        return sendConcurError(request, reply, 429, 'Too Many Requests. Slow down and retry after the time in Retry-After.');
      }
      request.concurUser = check.user;
      return undefined;
    };
  };
}

export type RequireScope = ReturnType<typeof createGuard>;
