import type { FastifyInstance } from 'fastify';
import type { SandboxContext } from '../context';
import { sendConcurError } from '../lib/respond';

/**
 * DELETE /app-mgmt/v0/connections: Concur's way for a user to revoke the app's refresh tokens (concur-api.md §1.2).
 * The sandbox also revokes the user's access tokens, so a signed-out token stops working at once.
 */
export function registerRevokeRoute(app: FastifyInstance, ctx: SandboxContext): void {
  const revokeRefresh = ctx.db.prepare('UPDATE refresh_tokens SET revoked = 1 WHERE user_id = ?');
  const revokeAccess = ctx.db.prepare('UPDATE access_tokens SET revoked = 1 WHERE user_id = ?');

  app.delete('/app-mgmt/v0/connections', async (request, reply) => {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '');
    if (!match?.[1]) return sendConcurError(request, reply, 401, 'Unauthorized. The request has no bearer token.');
    const check = await ctx.tokens.verifyAccess(match[1]);
    if (!check.ok) return sendConcurError(request, reply, 403, 'Forbidden. Please check your OAuth token.');
    ctx.db.transaction(() => {
      revokeRefresh.run(check.user.id);
      revokeAccess.run(check.user.id);
    })();
    return reply.code(204).send();
  });
}
