import compress from '@fastify/compress';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest, type FastifyServerOptions } from 'fastify';
import { AccessLogController, requestLogSerializer } from './access-log';
import { registerApiProxy } from './api-proxy';
import { registerAuthRoutes } from './auth-routes';
import { sendConcurError } from './concur-error';
import type { GatewayConfig } from './config';
import { createGeolocationAllowlist } from './geolocation-allowlist';
import { applySecurityHeaders, registerSecurityHeaders } from './security-headers';
import { createSessionCookies } from './session-cookie';
import { createSessionSeal } from './session-seal';
import { isPageRequest, registerStaticFiles, sendIndexHtml } from './spa';

/*
 * The gateway: serves the built app, does the OAuth code exchange and refresh with the client secret, and proxies
 * /api/v3.0/* to the user's Concur host. See server/README.md (including how the app must use the CSP style nonce).
 */

export interface GatewayOptions {
  logger?: FastifyServerOptions['logger'];
  /** Clock for session expiry, epoch milliseconds. */
  now?: () => number;
}

/** Whatever logger the caller asks for, requests are logged without their query string (see access-log.ts). */
function withRedactedRequests(logger: GatewayOptions['logger']): GatewayOptions['logger'] {
  if (!logger) return false;
  const base = logger === true ? {} : logger;
  return { ...base, serializers: { ...base.serializers, req: requestLogSerializer } };
}

function rejectMalformedUrl(request: FastifyRequest, reply: FastifyReply): FastifyReply {
  applySecurityHeaders(request, reply);
  const message = 'The URL is malformed.';
  if (request.url.startsWith('/api/')) return sendConcurError(reply, 400, message);
  return reply.code(400).type('text/plain; charset=utf-8').send(`${message}\n`);
}

export function buildGateway(config: GatewayConfig, options: GatewayOptions = {}): FastifyInstance {
  const app = Fastify({
    logger: withRedactedRequests(options.logger),
    trustProxy: config.trustProxy,
    return503OnClosing: true,
    logController: new AccessLogController(),
    // The router rejects a malformed URL (`%zz`) before any hook runs: answer it with the same headers and shapes.
    frameworkErrors: (_error, request, reply) => rejectMalformedUrl(request, reply),
  });
  const allowlist = createGeolocationAllowlist(config.allowedGeolocations);
  const seal = createSessionSeal(config.cookieSecret, options.now);
  const sessions = createSessionCookies(seal, options.now);

  registerSecurityHeaders(app);
  void app.register(compress, { global: true });
  registerStaticFiles(app, config.distDir);
  registerAuthRoutes(app, { config, allowlist, seal, sessions, ...(options.now ? { now: options.now } : {}) });
  registerApiProxy(app, { allowlist, sessions, timeoutMs: config.upstreamTimeoutMs });

  app.setNotFoundHandler(async (request, reply) => {
    if (isPageRequest(request)) return sendIndexHtml(reply, config.distDir);
    if (request.url.startsWith('/api/')) return sendConcurError(reply, 404, 'The gateway proxies /api/v3.0/ only.');
    if (request.url.startsWith('/auth/')) {
      return reply.code(404).header('cache-control', 'no-store').send({ error: 'not_found', message: 'No such /auth endpoint.' });
    }
    return reply.code(404).type('text/plain; charset=utf-8').send('Not found\n');
  });

  app.setErrorHandler(async (error, request, reply) => {
    const status = typeof error === 'object' && error !== null && 'statusCode' in error ? Number(error.statusCode) : 500;
    if (status >= 500) request.log.error(error);
    const message = status >= 500 ? 'The gateway failed.' : (error as Error).message;
    // Errors the router raises before the proxy runs (a malformed URL) still get the shape the app's client reads.
    if (request.url.startsWith('/api/')) return sendConcurError(reply, status >= 400 ? status : 500, message);
    return reply
      .code(status >= 400 ? status : 500)
      .type('text/plain; charset=utf-8')
      .send(`${message}\n`);
  });

  return app;
}
