import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { SandboxContext } from '../context';
import { findUserByLogin } from '../users';
import { epochSeconds } from '../lib/time';
import { sendConcurError } from '../lib/respond';
import type { FaultAction } from './registry';

declare module 'fastify' {
  interface FastifyRequest {
    resetAfterCommit?: boolean;
  }
}

const faultSchema = z
  .object({
    method: z.string().regex(/^(\*|GET|PUT|POST|DELETE|PATCH)$/i, 'method must be GET, PUT, POST, DELETE, PATCH or *').default('*'),
    path: z.string().regex(/^\/[^\s]*$/, 'path must start with / (end it with * to match a prefix)'),
    times: z.number().int().min(1).max(10_000).default(1),
    status: z.number().int().min(200).max(599).optional(),
    retryAfter: z.union([z.number().int().min(0), z.string().min(1)]).optional(),
    message: z.string().max(500).optional(),
    latencyMs: z.number().int().min(1).max(600_000).optional(),
    body: z.enum(['truncated', 'html']).optional(),
    reset: z.enum(['before', 'after-commit']).optional(),
  })
  .strict()
  .refine((f) => [f.status, f.latencyMs, f.body, f.reset].filter((v) => v !== undefined).length === 1, {
    message: 'give exactly one of status, latencyMs, body or reset',
  });

const loginSchema = z.object({ login: z.string().min(1) }).strict();

function toAction(f: z.infer<typeof faultSchema>): FaultAction {
  if (f.status !== undefined) {
    return {
      kind: 'status',
      status: f.status,
      ...(f.retryAfter !== undefined ? { retryAfter: String(f.retryAfter) } : {}),
      ...(f.message !== undefined ? { message: f.message } : {}),
    };
  }
  if (f.latencyMs !== undefined) return { kind: 'latency', ms: f.latencyMs };
  if (f.body !== undefined) return { kind: f.body };
  return { kind: f.reset === 'before' ? 'reset' : 'reset-after-commit' };
}

const badRequest = (reply: FastifyReply, error: z.ZodError) =>
  reply.code(400).send({ error: 'invalid_fault', message: error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; ') });

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
  });

/** Applies a matching fault before a request is handled. Returns true when the fault answered the request itself. */
export async function applyFault(ctx: SandboxContext, request: FastifyRequest, reply: FastifyReply): Promise<boolean> {
  const path = request.url.split('?')[0] ?? '';
  if (path.startsWith('/__chaos')) return false;
  const rule = ctx.faults.take(request.method, path);
  if (!rule) return false;
  const action = rule.action;
  switch (action.kind) {
    case 'latency': {
      const closed = new AbortController();
      request.raw.once('close', () => closed.abort());
      reply.raw.once('close', () => closed.abort());
      await sleep(action.ms, closed.signal);
      return false;
    }
    case 'status':
      if (action.retryAfter !== undefined) reply.header('retry-after', action.retryAfter);
      await sendConcurError(request, reply, action.status, action.message ?? `Injected fault: HTTP ${action.status}.`);
      return true;
    case 'truncated':
      await reply.code(200).type('application/json; charset=utf-8').send('{"Items":[{"ID":"gWt');
      return true;
    case 'html':
      await reply.code(200).type('text/html; charset=utf-8').send('<!doctype html><html><body><h1>502 Bad Gateway</h1></body></html>');
      return true;
    case 'reset':
      request.raw.socket.destroy();
      return true;
    case 'reset-after-commit': {
      request.resetAfterCommit = true;
      // The handler runs (and commits) first; the socket is destroyed when the response head is about to be written,
      // so no byte of the answer reaches the client. (Destroying it later, after onSend, lets the full answer through.)
      const raw = reply.raw;
      const writeHead = raw.writeHead.bind(raw) as (...args: unknown[]) => typeof raw;
      raw.writeHead = ((...args: unknown[]) => {
        request.raw.socket.destroy();
        return writeHead(...args);
      }) as typeof raw.writeHead;
      return false;
    }
  }
}

/** The fault-injection API; registered only with SANDBOX_FAULTS=1. */
export function registerFaultRoutes(app: FastifyInstance, ctx: SandboxContext): void {
  const expireAccess = ctx.db.prepare('UPDATE access_tokens SET expires_at = ? WHERE user_id = ? AND expires_at > ?');
  const revokeRefresh = ctx.db.prepare('UPDATE refresh_tokens SET revoked = 1 WHERE user_id = ?');

  app.post('/__chaos/faults', async (request, reply) => {
    const parsed = faultSchema.safeParse(request.body ?? {});
    if (!parsed.success) return badRequest(reply, parsed.error);
    const f = parsed.data;
    const rule = ctx.faults.add({ method: f.method.toUpperCase(), path: f.path, remaining: f.times, action: toAction(f) });
    return reply.code(201).send(rule);
  });
  app.get('/__chaos/faults', async () => ({ faults: ctx.faults.list() }));
  app.delete('/__chaos/faults', async (_request, reply) => {
    ctx.faults.clear();
    return reply.code(204).send();
  });

  const forUser = (action: (userId: string) => number) => async (request: FastifyRequest, reply: FastifyReply) => {
    const parsed = loginSchema.safeParse(request.body ?? {});
    if (!parsed.success) return badRequest(reply, parsed.error);
    const user = findUserByLogin(parsed.data.login);
    if (!user) return reply.code(404).send({ error: 'unknown_user', message: `No demo user signs in as ${parsed.data.login}.` });
    return reply.send({ affected: action(user.id) });
  };
  app.post('/__chaos/tokens/expire', forUser((userId) => {
    const now = epochSeconds(ctx.now());
    return expireAccess.run(now, userId, now).changes;
  }));
  app.post('/__chaos/tokens/revoke-refresh', forUser((userId) => revokeRefresh.run(userId).changes));

  app.get('/__chaos/writes', async () => ctx.writes);
  app.delete('/__chaos/writes', async (_request, reply) => {
    ctx.writes.total = 0;
    ctx.writes.byResource = {};
    ctx.writes.byEntity = {};
    return reply.code(204).send();
  });
}
