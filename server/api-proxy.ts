import http, { type IncomingMessage, type OutgoingHttpHeaders } from 'node:http';
import https from 'node:https';
import { Transform } from 'node:stream';
import type { FastifyInstance, FastifyReply, FastifyRequest, HTTPMethods } from 'fastify';
import { sendConcurError } from './concur-error';
import type { GeolocationAllowlist } from './geolocation-allowlist';
import type { SessionCookies } from './session-cookie';

export const API_PREFIX = '/api/v3.0/';
export const PROXY_BODY_LIMIT = 1024 * 1024;

const PROXIED_METHODS: HTTPMethods[] = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'];
const REQUEST_HEADERS = ['authorization', 'accept', 'content-type', 'content-length'] as const;
// WWW-Authenticate tells an expired token from a missing scope on Concur's 403s; the app needs it to decide to refresh.
const ANSWER_HEADERS = ['content-type', 'content-length', 'concur-correlationid', 'retry-after', 'www-authenticate'] as const;

export interface ProxyDeps {
  allowlist: GeolocationAllowlist;
  sessions: SessionCookies;
  timeoutMs: number;
}

class BodyTooLarge extends Error {}
class UpstreamTimeout extends Error {}

/**
 * Why a path is refused, or undefined when it may go upstream as is. The path is forwarded byte for byte (Concur ids
 * hold `$`, `%24` and `%2F`, which must not be decoded or re-encoded), so it is checked in the form Concur may read it:
 * no segment may be `.` or `..`, even once percent-decoded or split at an encoded slash or a backslash.
 */
export function refuseProxyPath(rawUrl: string): string | undefined {
  if (!rawUrl.startsWith(API_PREFIX)) return 'Only /api/v3.0/ is proxied.';
  const queryStart = rawUrl.indexOf('?');
  const pathname = queryStart === -1 ? rawUrl : rawUrl.slice(0, queryStart);
  for (const segment of pathname.split('/')) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      return 'The path has a malformed percent-encoding.';
    }
    if (decoded.split(/[/\\]/).some((part) => part === '.' || part === '..')) return 'Dot segments are not allowed in the path.';
  }
  return undefined;
}

/** Counts a chunked body (one without Content-Length, which Node's parser already holds to its declared size). */
function bodyLimiter(limit: number): Transform {
  let received = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      received += chunk.length;
      callback(received > limit ? new BodyTooLarge() : null, chunk);
    },
  });
}

/** `/api/v3.0/*` → `{geolocation}/api/v3.0/*`, streaming both ways over keep-alive connections. */
export function registerApiProxy(app: FastifyInstance, { allowlist, sessions, timeoutMs }: ProxyDeps): void {
  const agents = {
    'http:': new http.Agent({ keepAlive: true, scheduling: 'lifo' }),
    'https:': new https.Agent({ keepAlive: true, scheduling: 'lifo' }),
  };
  app.addHook('onClose', async () => {
    agents['http:'].destroy();
    agents['https:'].destroy();
  });

  function forward(request: FastifyRequest, reply: FastifyReply, target: URL, rawUrl: string): Promise<IncomingMessage> {
    const headers: OutgoingHttpHeaders = {};
    for (const name of REQUEST_HEADERS) {
      const value = request.headers[name];
      if (value !== undefined) headers[name] = value;
    }
    const hasBody = request.method !== 'GET' && request.method !== 'HEAD' &&
      (request.headers['transfer-encoding'] !== undefined || Number(request.headers['content-length'] ?? 0) > 0);

    return new Promise((resolve, reject) => {
      const protocol = target.protocol === 'https:' ? 'https:' : 'http:';
      const upstream = (protocol === 'https:' ? https : http).request({
        protocol,
        hostname: target.hostname,
        port: target.port,
        method: request.method,
        path: rawUrl,
        headers,
        agent: agents[protocol],
      });
      let answer: IncomingMessage | undefined;
      // One deadline for the whole exchange: a body that stalls midway is cut off too.
      const timer = setTimeout(() => upstream.destroy(new UpstreamTimeout()), timeoutMs);
      const settle = () => clearTimeout(timer);
      reply.raw.once('close', () => {
        settle();
        // The browser went away (navigation, abort): stop Concur's answer instead of reading it for nobody.
        if (!answer?.complete) upstream.destroy();
      });
      upstream.once('response', (response) => {
        answer = response;
        response.once('end', settle);
        // Streaming the reply reports a broken answer; this listener keeps one that is never read from crashing the process.
        response.on('error', settle);
        resolve(response);
      });
      // `on`, not `once`: a second error after the first (a destroy during teardown) must not become an uncaught exception.
      upstream.on('error', (error) => {
        settle();
        reject(error);
      });
      if (!hasBody) {
        upstream.end();
        return;
      }
      const body = request.headers['content-length'] === undefined ? request.raw.pipe(bodyLimiter(PROXY_BODY_LIMIT)) : request.raw;
      body.once('error', (error) => upstream.destroy(error));
      body.pipe(upstream);
    });
  }

  async function proxy(request: FastifyRequest, reply: FastifyReply) {
    const session = await sessions.read(request);
    if (!session) return sendConcurError(reply, 401, 'No session. Sign in to Concur Console again.');
    // Checked again on every call: the allowlist may have shrunk since the cookie was sealed.
    const origin = allowlist.match(session.geolocation);
    if (!origin) return sendConcurError(reply, 401, 'The session points at a Concur host that is no longer allowed. Sign in again.');
    const rawUrl = request.raw.url ?? '';
    const refusal = refuseProxyPath(rawUrl);
    if (refusal) return sendConcurError(reply, 400, refusal);
    if (Number(request.headers['content-length'] ?? 0) > PROXY_BODY_LIMIT) {
      return sendConcurError(reply, 413, `The request body is larger than ${PROXY_BODY_LIMIT} bytes.`);
    }

    let answer: IncomingMessage;
    try {
      answer = await forward(request, reply, new URL(origin), rawUrl);
    } catch (error) {
      if (error instanceof UpstreamTimeout) return sendConcurError(reply, 504, 'Concur did not answer in time.');
      if (error instanceof BodyTooLarge) return sendConcurError(reply, 413, `The request body is larger than ${PROXY_BODY_LIMIT} bytes.`);
      if (reply.raw.destroyed) return reply;
      request.log.warn({ code: (error as NodeJS.ErrnoException).code }, 'Concur could not be reached');
      return sendConcurError(reply, 502, 'Concur could not be reached.');
    }

    reply.code(answer.statusCode ?? 502);
    for (const name of ANSWER_HEADERS) {
      const value = answer.headers[name];
      if (value !== undefined) reply.header(name, value);
    }
    reply.header('cache-control', 'no-store');
    if (request.method === 'HEAD' || answer.statusCode === 204 || answer.statusCode === 304) {
      answer.resume();
      return reply.send();
    }
    return reply.send(answer);
  }

  void app.register(async (api) => {
    // Leave request bodies unread: the handler streams them upstream untouched.
    api.removeAllContentTypeParsers();
    api.addContentTypeParser('*', (_request, _payload, done) => done(null, undefined));
    api.setErrorHandler(async (error, request, reply) => {
      const status = typeof error === 'object' && error !== null && 'statusCode' in error ? Number(error.statusCode) : 500;
      if (status >= 500) request.log.error(error);
      return sendConcurError(reply, status >= 400 ? status : 500, status >= 500 ? 'The gateway failed.' : (error as Error).message);
    });
    api.route({
      method: PROXIED_METHODS,
      url: `${API_PREFIX}*`,
      // Answers stream through as Concur sent them; compressing here would only add latency.
      config: { compress: false, decompress: false },
      handler: proxy,
    });
  });
}
