import path from 'node:path';
import { z } from 'zod';
import { CONCUR_GEOLOCATION_PATTERNS, isLoopbackHostname, parseAllowlistEntry } from './geolocation-allowlist';

/**
 * The sandbox's built-in app credentials and port, copied from sandbox/config.ts (the gateway never imports the sandbox:
 * it must work against real Concur). They let `npm start` work with no configuration, and production refuses them.
 */
export const SANDBOX_DEFAULT_CLIENT_ID = '6d1b3b0e-5c0a-4c4e-9d1e-2f6c8a7b9e01';
export const SANDBOX_DEFAULT_CLIENT_SECRET = 'b7e2c1f4-8a3d-4f6b-9c2e-5d7a1e3f9b80';
export const SANDBOX_DEFAULT_PORT = 8081;

/** Published in the repository, so it protects nothing: development only, refused with NODE_ENV=production. */
export const DEV_COOKIE_SECRET = 'concur-console-development-cookie-secret-not-for-production';
export const DEFAULT_SCOPE = 'openid attendee.admin.read ATTEND TAXINV INSGHT INVPO';
export const MIN_COOKIE_SECRET_LENGTH = 32;

export interface GatewayConfig {
  production: boolean;
  port: number;
  host: string;
  clientId: string;
  clientSecret: string;
  authorizeUrl: string;
  tokenUrl: string;
  /** Registered at Concur; the app sends `location.origin + "/oauth/callback"`, which must be one of these. */
  redirectUris: string[];
  /** Origins of the redirect URIs: the only pages allowed to call the state-changing /auth endpoints. */
  appOrigins: string[];
  scope: string;
  /** Geolocation allowlist entries (exact origins and `https://*.domain` patterns), Concur's hosts included. */
  allowedGeolocations: string[];
  cookieSecret: string;
  /** Absolute path of the built app. */
  distDir: string;
  upstreamTimeoutMs: number;
  /** Fastify's trustProxy: behind a TLS-terminating load balancer, X-Forwarded-Proto decides cookie names and HSTS. */
  trustProxy: boolean | string;
}

export class GatewayConfigError extends Error {
  override name = 'GatewayConfigError';
}

/** `.env` files often hold `NAME=`; treat that as unset so the default applies. */
const blankAsUnset = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankAsUnset, schema.optional());

const integer = (name: string, min: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/, `${name} must be a whole number`)
    .transform(Number)
    .pipe(z.number().min(min, `${name} must be at least ${min}`).max(max, `${name} must be at most ${max}`));

const httpUrl = (name: string) => z.url({ protocol: /^https?$/, error: `${name} must be an absolute http(s) URL` });

const commaList = (value: string) => value.split(',').map((item) => item.trim()).filter(Boolean);

const envSchema = z.object({
  NODE_ENV: optional(z.string()),
  PORT: optional(integer('PORT', 0, 65535)),
  HOST: optional(z.string()),
  SANDBOX_PORT: optional(integer('SANDBOX_PORT', 1, 65535)),
  SANDBOX_URL: optional(httpUrl('SANDBOX_URL')),
  CONCUR_CLIENT_ID: optional(z.string()),
  CONCUR_CLIENT_SECRET: optional(z.string()),
  CONCUR_AUTHORIZE_URL: optional(httpUrl('CONCUR_AUTHORIZE_URL')),
  CONCUR_TOKEN_URL: optional(httpUrl('CONCUR_TOKEN_URL')),
  CONCUR_REDIRECT_URIS: optional(
    z
      .string()
      .transform(commaList)
      .pipe(z.array(httpUrl('CONCUR_REDIRECT_URIS entries')).min(1, 'CONCUR_REDIRECT_URIS must list at least one URI')),
  ),
  CONCUR_SCOPE: optional(z.string()),
  CONCUR_ALLOWED_HOSTS: optional(z.string().transform(commaList)),
  COOKIE_SECRET: optional(
    z.string().min(MIN_COOKIE_SECRET_LENGTH, `COOKIE_SECRET must have at least ${MIN_COOKIE_SECRET_LENGTH} characters`),
  ),
  DIST_DIR: optional(z.string()),
  UPSTREAM_TIMEOUT_MS: optional(integer('UPSTREAM_TIMEOUT_MS', 100, 600_000)),
  TRUST_PROXY: optional(z.string()),
});

/** `true`, `false`, or the load balancers' addresses/CIDRs separated by commas (Fastify's trustProxy string form). */
function readTrustProxy(value: string | undefined): boolean | string {
  if (value === undefined || value === 'false') return false;
  return value === 'true' ? true : value;
}

/**
 * The sandbox origin to allow as a geolocation: SANDBOX_URL when given, else the token URL's origin when it points at this
 * machine (a loopback sandbox). A token URL at Concur adds nothing: Concur's own hosts are always allowed.
 */
function sandboxOrigin(sandboxUrl: string | undefined, tokenUrl: string): string | undefined {
  if (sandboxUrl) return new URL(sandboxUrl).origin;
  const token = new URL(tokenUrl);
  return isLoopbackHostname(token.hostname) ? token.origin : undefined;
}

const isPlainHttpElsewhere = (uri: string) => {
  const url = new URL(uri);
  return url.protocol === 'http:' && !isLoopbackHostname(url.hostname);
};

/** Reads and checks the environment; throws a GatewayConfigError listing every problem. */
export function readConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): GatewayConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  - ${issue.message}`);
    throw new GatewayConfigError(`Invalid gateway configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';
  const port = e.PORT ?? 8080;
  const sandboxBase = e.SANDBOX_URL?.replace(/\/$/, '') ?? `http://127.0.0.1:${e.SANDBOX_PORT ?? SANDBOX_DEFAULT_PORT}`;
  const tokenUrl = e.CONCUR_TOKEN_URL ?? `${sandboxBase}/oauth2/v0/token`;
  const redirectUris = e.CONCUR_REDIRECT_URIS ?? [
    `http://127.0.0.1:${port}/oauth/callback`,
    `http://localhost:${port}/oauth/callback`,
  ];
  const problems: string[] = [];

  const extraHosts = e.CONCUR_ALLOWED_HOSTS ?? [];
  for (const entry of extraHosts) {
    try {
      parseAllowlistEntry(entry);
    } catch (error) {
      problems.push(`CONCUR_ALLOWED_HOSTS ${(error as Error).message}`);
    }
  }
  const sandbox = sandboxOrigin(e.SANDBOX_URL, tokenUrl);
  if (sandbox && isPlainHttpElsewhere(sandbox)) {
    problems.push(`SANDBOX_URL ${sandbox} uses plain http on another machine; use https or a loopback address`);
  }

  if (production) {
    if (!e.CONCUR_CLIENT_ID || e.CONCUR_CLIENT_ID === SANDBOX_DEFAULT_CLIENT_ID) {
      problems.push('CONCUR_CLIENT_ID must be set to your Concur app id in production (not the sandbox default)');
    }
    if (!e.CONCUR_CLIENT_SECRET) problems.push('CONCUR_CLIENT_SECRET must be set in production');
    else if (e.CONCUR_CLIENT_SECRET === SANDBOX_DEFAULT_CLIENT_SECRET) {
      problems.push('CONCUR_CLIENT_SECRET is the sandbox default; set your Concur app secret');
    }
    if (!e.COOKIE_SECRET) problems.push(`COOKIE_SECRET must be set in production (${MIN_COOKIE_SECRET_LENGTH}+ random characters)`);
    else if (e.COOKIE_SECRET === DEV_COOKIE_SECRET) problems.push('COOKIE_SECRET is the published development default');
    for (const uri of redirectUris.filter(isPlainHttpElsewhere)) {
      problems.push(`CONCUR_REDIRECT_URIS: ${uri} must use https (plain http is allowed only on a loopback address)`);
    }
    for (const [name, url] of [['CONCUR_TOKEN_URL', tokenUrl], ['CONCUR_AUTHORIZE_URL', e.CONCUR_AUTHORIZE_URL]] as const) {
      if (url && isPlainHttpElsewhere(url)) problems.push(`${name} must use https (it carries the client secret or the sign-in)`);
    }
  }
  if (problems.length > 0) {
    throw new GatewayConfigError(`Invalid gateway configuration:\n${problems.map((line) => `  - ${line}`).join('\n')}`);
  }

  return {
    production,
    port,
    host: e.HOST ?? '127.0.0.1',
    clientId: e.CONCUR_CLIENT_ID ?? SANDBOX_DEFAULT_CLIENT_ID,
    clientSecret: e.CONCUR_CLIENT_SECRET ?? SANDBOX_DEFAULT_CLIENT_SECRET,
    authorizeUrl: e.CONCUR_AUTHORIZE_URL ?? `${sandboxBase}/oauth2/v0/authorize`,
    tokenUrl,
    redirectUris,
    appOrigins: [...new Set(redirectUris.map((uri) => new URL(uri).origin))],
    scope: e.CONCUR_SCOPE ?? DEFAULT_SCOPE,
    allowedGeolocations: [...CONCUR_GEOLOCATION_PATTERNS, ...extraHosts, ...(sandbox ? [sandbox] : [])],
    cookieSecret: e.COOKIE_SECRET ?? DEV_COOKIE_SECRET,
    distDir: path.resolve(cwd, e.DIST_DIR ?? 'dist'),
    upstreamTimeoutMs: e.UPSTREAM_TIMEOUT_MS ?? 30_000,
    trustProxy: readTrustProxy(e.TRUST_PROXY),
  };
}
