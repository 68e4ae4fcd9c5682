import { LogController, type FastifyReply, type FastifyRequest } from 'fastify';

/** The path without the query: the OAuth callback page is requested with `?code=…&state=…`, which must never reach a log. */
export const loggablePath = (url: string) => url.split('?', 1)[0] ?? '';

/** For Fastify's `req` serializer (error lines): the same redaction as the access line. */
export const requestLogSerializer = (request: { method: string; url: string; ip?: string }) => ({
  method: request.method,
  path: loggablePath(request.url),
  remoteAddress: request.ip,
});

/**
 * One access line per request, written when it completes, instead of Fastify's two (incoming, completed): log writes are a
 * measurable share of the proxy's added latency.
 */
export class AccessLogController extends LogController {
  override incomingRequest(): void {}

  override requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply): void {
    const line = {
      method: request.method,
      path: loggablePath(request.url),
      status: reply.statusCode,
      ms: Math.round(reply.elapsedTime * 10) / 10,
    };
    if (error) reply.log.error({ ...line, err: error }, 'request errored');
    else reply.log.info(line, 'request');
  }
}
