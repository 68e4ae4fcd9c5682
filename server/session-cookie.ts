import type { FastifyReply, FastifyRequest } from 'fastify';
import type { SessionData, SessionSeal } from './session-seal';

/** `__Host-` pins the cookie to this origin over https (no Domain, Path=/, Secure); browsers refuse it on plain http. */
export const SECURE_SESSION_COOKIE = '__Host-concur_session';
/** On plain-http loopback (local sandbox use) the cookie cannot be Secure, so it cannot carry the `__Host-` prefix either. */
export const LOOPBACK_SESSION_COOKIE = 'concur_session';

export interface SessionCookies {
  read(request: FastifyRequest): Promise<SessionData | undefined>;
  /** True when the request carries a session cookie, whether or not it opens. */
  isPresent(request: FastifyRequest): boolean;
  write(request: FastifyRequest, reply: FastifyReply, sealed: string, refreshExpiresAt: number): void;
  clear(request: FastifyRequest, reply: FastifyReply): void;
}

// Each scheme reads only its own name: over https a `concur_session` cookie planted by a plain-http page is ignored.
const cookieName = (request: FastifyRequest) => (request.protocol === 'https' ? SECURE_SESSION_COOKIE : LOOPBACK_SESSION_COOKIE);

export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const separator = part.indexOf('=');
    if (separator > 0 && part.slice(0, separator).trim() === name) return part.slice(separator + 1).trim();
  }
  return undefined;
}

function cookieHeader(request: FastifyRequest, value: string, maxAgeSeconds: number): string {
  const secure = request.protocol === 'https' ? '; Secure' : '';
  return `${cookieName(request)}=${value}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${maxAgeSeconds}${secure}`;
}

export function createSessionCookies(seal: SessionSeal, now: () => number = Date.now): SessionCookies {
  return {
    async read(request) {
      const sealed = readCookie(request.headers.cookie, cookieName(request));
      return sealed ? seal.open(sealed) : undefined;
    },
    isPresent(request) {
      return readCookie(request.headers.cookie, cookieName(request)) !== undefined;
    },
    write(request, reply, sealed, refreshExpiresAt) {
      const maxAge = Math.max(0, refreshExpiresAt - Math.floor(now() / 1000));
      reply.header('set-cookie', cookieHeader(request, sealed, maxAge));
    },
    clear(request, reply) {
      reply.header('set-cookie', cookieHeader(request, '', 0));
    },
  };
}
