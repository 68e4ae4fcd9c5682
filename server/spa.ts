import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { contentSecurityPolicy } from './security-headers';

/** Vite's `html.cspNonce` placeholder in dist/index.html (security.md W1). */
export const CSP_NONCE_PLACEHOLDER = '__CSP_NONCE__';
const IMMUTABLE = 'public, max-age=31536000, immutable';
const NO_BUILD_PAGE = 'Concur Console has not been built yet. Run npm run build, then reload this page.\n';

/** Routes that are never the app's pages: a missing asset or API answer must not turn into index.html. */
const NOT_PAGES = /^\/(?:api|auth|assets)(?:[/?]|$)/;

/** A path whose last segment has an extension (`/favicon.ico`, `/robots.txt`) names a file, not a page. */
const FILE_LIKE = /\/[^/?]*\.[A-Za-z0-9]{1,8}(?:\?|$)/;

export function isPageRequest(request: FastifyRequest): boolean {
  const accept = request.headers.accept ?? '';
  // Browsers ask for text/html; tools (curl, monitors) send */* or nothing, and get the page too, unless the path names a file.
  const wantsPage = accept.includes('text/html') || ((accept === '' || accept.includes('*/*')) && !FILE_LIKE.test(request.url));
  return (request.method === 'GET' || request.method === 'HEAD') && !NOT_PAGES.test(request.url) && wantsPage;
}

/** index.html with a fresh nonce per response, the same one as in the CSP header, and never cached. */
export async function sendIndexHtml(reply: FastifyReply, distDir: string): Promise<FastifyReply> {
  let template: string;
  try {
    // Read per response (a few kB) so a rebuild shows up without restarting the gateway.
    template = await readFile(path.join(distDir, 'index.html'), 'utf8');
  } catch {
    return reply.code(503).header('cache-control', 'no-store').type('text/plain; charset=utf-8').send(NO_BUILD_PAGE);
  }
  const nonce = randomBytes(16).toString('base64');
  return reply
    .header('content-security-policy', contentSecurityPolicy(nonce))
    .header('cache-control', 'no-cache')
    .type('text/html; charset=utf-8')
    .send(template.replaceAll(CSP_NONCE_PLACEHOLDER, nonce));
}

/**
 * Serves the build: hashed assets cached for a year, everything else revalidated; `.br`/`.gz` twins when present.
 * App routes that are no file fall through to the not-found handler, which answers them with sendIndexHtml.
 */
export function registerStaticFiles(app: FastifyInstance, distDir: string): void {
  const assetsDir = path.join(distDir, 'assets') + path.sep;
  void app.register(fastifyStatic, {
    root: distDir,
    index: false,
    wildcard: true,
    preCompressed: true,
    decorateReply: false,
    cacheControl: false,
    // index.html only ever leaves through sendIndexHtml, which fills in the nonce.
    allowedPath: (pathname) => !pathname.startsWith('/index.html'),
    setHeaders: (res, filePath) => {
      res.setHeader('cache-control', filePath.startsWith(assetsDir) ? IMMUTABLE : 'no-cache');
    },
  });
  // The static handler would answer the root folder with 403.
  app.get('/', async (request, reply) => (isPageRequest(request) ? sendIndexHtml(reply, distDir) : reply.callNotFound()));
}
