import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/**
 * Security headers on every response the gateway sends (security.md W1/W2). HTML pages replace the CSP with one that
 * carries the page's style nonce (see spa.ts); everything else gets the same policy without a nonce.
 */
export function contentSecurityPolicy(styleNonce?: string): string {
  const styleSrc = styleNonce ? `'self' 'nonce-${styleNonce}'` : `'self'`;
  return [
    `default-src 'self'`,
    `script-src 'self'`,
    `style-src ${styleSrc}`,
    `img-src 'self' data:`,
    `font-src 'self'`,
    `connect-src 'self'`,
    `object-src 'none'`,
    `base-uri 'none'`,
    `frame-ancestors 'none'`,
    `form-action 'self'`,
  ].join('; ');
}

const HEADERS_ON_EVERY_RESPONSE = {
  'content-security-policy': contentSecurityPolicy(),
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  // Obsolete next to frame-ancestors (ASVS5 3.4.6) but still honoured by old browsers.
  'x-frame-options': 'DENY',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
};

// HSTS is ignored on plain http anyway; sending it only over https keeps local http development usable.
const HSTS = 'max-age=31536000; includeSubDomains';

export function applySecurityHeaders(request: FastifyRequest, reply: FastifyReply): void {
  reply.headers(HEADERS_ON_EVERY_RESPONSE);
  if (request.protocol === 'https') reply.header('strict-transport-security', HSTS);
}

export function registerSecurityHeaders(app: FastifyInstance): void {
  // onRequest (not onSend) so that errors and 404s, which reuse the reply, carry the headers too.
  app.addHook('onRequest', (request, reply, done) => {
    applySecurityHeaders(request, reply);
    done();
  });
}
