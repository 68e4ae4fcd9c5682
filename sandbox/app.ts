import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyInstance } from 'fastify';
import formbody from '@fastify/formbody';
import type { SandboxConfig } from './config';
import type { SandboxContext } from './context';
import { metaGet, metaSet, type SandboxDb } from './db';
import { createCursorCodec } from './lib/cursor';
import { newOpaqueToken } from './lib/ids';
import { sendConcurError } from './lib/respond';
import { XmlBodyError, parseXmlBody } from './lib/xml';
import { createTokenService } from './oauth/tokens';
import { registerAuthorizeRoute } from './oauth/authorize-route';
import { registerTokenRoute } from './oauth/token-route';
import { registerRevokeRoute } from './oauth/revoke-route';
import { createGuard } from './api/guard';
import { XML_ROOT } from './api/common';
import { registerAttendeeTypes } from './api/attendee-types';
import { registerTaxInvoices } from './api/tax-invoices';
import { registerOpportunities } from './api/opportunities';
import { registerPoReceipts } from './api/po-receipts';
import { createFaultRegistry } from './faults/registry';
import { applyFault, registerFaultRoutes } from './faults/routes';
import { DEMO_USERS } from './users';

export const BODY_LIMIT = 1024 * 1024;

export interface BuildOptions {
  config: SandboxConfig;
  db: SandboxDb;
  now?: () => Date;
  logger?: boolean;
}

export interface Sandbox {
  app: FastifyInstance;
  ctx: SandboxContext;
}

/** Builds the sandbox server (not listening yet). `ctx.baseUrl` is fixed once it listens, unless configured. */
export async function buildSandbox({ config, db, now = () => new Date(), logger = false }: BuildOptions): Promise<Sandbox> {
  let cursorSecret = metaGet(db, 'cursor_secret');
  if (!cursorSecret) {
    cursorSecret = newOpaqueToken();
    metaSet(db, 'cursor_secret', cursorSecret);
  }
  let baseUrl = config.publicUrl ?? `http://${config.host}:${config.port}`;
  const ctx: SandboxContext = {
    config,
    db,
    baseUrl: () => baseUrl,
    cursors: createCursorCodec(cursorSecret),
    tokens: await createTokenService(db, config.tokenTtlSeconds, now),
    faults: createFaultRegistry(),
    writes: { total: 0, byResource: {}, byEntity: {} },
    now,
  };

  const app = Fastify({
    logger,
    bodyLimit: BODY_LIMIT,
    routerOptions: { caseSensitive: false, ignoreTrailingSlash: true, maxParamLength: 500 },
    return503OnClosing: true,
    genReqId: () => randomUUID(),
    // URLs Fastify cannot route (an over-long id, broken percent-encoding) still get a Concur answer.
    frameworkErrors: (error, request, reply) => {
      reply.header('concur-correlationid', request.id);
      const tooLong = error.code === 'FST_ERR_MAX_PARAM_LENGTH' || /param.*length/i.test(error.message);
      void sendConcurError(request, reply, tooLong ? 414 : 400, tooLong ? 'The URL is too long.' : 'The URL is not valid.');
    },
  });
  app.addHook('onListen', async () => {
    if (config.publicUrl) return;
    const address = app.server.address();
    if (address && typeof address === 'object') baseUrl = `http://${config.host}:${address.port}`;
  });

  await app.register(formbody, { bodyLimit: BODY_LIMIT });
  app.addContentTypeParser(['application/xml', 'text/xml'], { parseAs: 'string', bodyLimit: BODY_LIMIT }, (_request, body, done) => {
    try {
      const { root, content } = parseXmlBody(body as string);
      const object = typeof content === 'object' && content !== null ? { ...(content as Record<string, unknown>) } : {};
      done(null, Object.assign(object, { [XML_ROOT]: root }));
    } catch (error) {
      done(error instanceof XmlBodyError ? Object.assign(error, { statusCode: 400 }) : (error as Error), undefined);
    }
  });

  app.addHook('onRequest', async (request, reply) => {
    reply.header('concur-correlationid', request.id);
    if (config.faultsEnabled && (await applyFault(ctx, request, reply))) return reply;
    return undefined;
  });

  app.setErrorHandler(async (error, request, reply) => {
    const status = typeof error === 'object' && error && 'statusCode' in error && typeof error.statusCode === 'number' ? error.statusCode : 500;
    const code = typeof error === 'object' && error && 'code' in error ? String(error.code) : '';
    if (status >= 500) request.log.error(error);
    const message =
      code === 'FST_ERR_CTP_BODY_TOO_LARGE' ? `The request body is larger than ${BODY_LIMIT} bytes.`
      : code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' ? 'Unsupported content type. Send application/json or application/xml.'
      : code === 'FST_ERR_CTP_EMPTY_JSON_BODY' ? 'The request body is empty.'
      : error instanceof SyntaxError || code === 'FST_ERR_CTP_INVALID_JSON_BODY' ? 'The request body is not valid JSON.'
      : error instanceof XmlBodyError ? error.message
      : status >= 500 ? 'An unexpected error occurred.'
      : error instanceof Error ? error.message : 'Bad request.';
    return sendConcurError(request, reply, status >= 400 ? status : 500, message);
  });
  app.setNotFoundHandler(async (request, reply) => sendConcurError(request, reply, 404, 'The requested resource was not found.'));

  registerAuthorizeRoute(app, ctx);
  registerTokenRoute(app, ctx);
  registerRevokeRoute(app, ctx);
  const requireScope = createGuard(ctx);
  registerAttendeeTypes(app, ctx, requireScope);
  registerTaxInvoices(app, ctx, requireScope);
  registerOpportunities(app, ctx, requireScope);
  registerPoReceipts(app, ctx, requireScope);
  if (config.faultsEnabled) registerFaultRoutes(app, ctx);

  app.get('/', async (_request, reply) =>
    reply.send({
      name: 'Concur sandbox',
      authorize: `${baseUrl}/oauth2/v0/authorize`,
      token: `${baseUrl}/oauth2/v0/token`,
      api: `${baseUrl}/api/v3.0`,
      demoUsers: DEMO_USERS.map((user) => user.login),
    }));

  return { app, ctx };
}
