import { z } from 'zod/mini';
import { sessionSchema, type Session } from './stored-session';

/** The gateway refuses state-changing /auth calls without it: a custom header forces a CORS preflight cross-site. */
const CSRF_HEADER = { 'X-Concur-Console': '1' } as const;

const authConfigSchema = z.object({
  authorizeUrl: z.url({ protocol: /^https?$/ }),
  clientId: z.string().check(z.minLength(1)),
  scope: z.string(),
});
export type AuthConfig = z.infer<typeof authConfigSchema>;

const gatewayErrorSchema = z.object({ error: z.string(), message: z.optional(z.string()) });

/** A refused or failed /auth call. `status` is undefined when the gateway could not be reached at all. */
export class AuthGatewayError extends Error {
  readonly status: number | undefined;
  readonly code: string | undefined;

  constructor(message: string, status?: number, code?: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'AuthGatewayError';
    this.status = status;
    this.code = code;
  }

  /** The gateway looked and said no (no session, expired, refused): trying again will not help. */
  get isDefinitive(): boolean {
    return this.status !== undefined && this.status >= 400 && this.status < 500 && this.status !== 408 && this.status !== 429;
  }
}

function gatewayUrl(path: string): string {
  return new URL(path, window.location.origin).toString();
}

async function callGateway<T>(path: string, init: RequestInit, schema: z.ZodMiniType<T>): Promise<T> {
  let response: Response;
  let body: unknown;
  try {
    response = await fetch(gatewayUrl(path), { credentials: 'same-origin', cache: 'no-store', ...init });
    body = response.headers.get('content-type')?.includes('json') ? await response.json() : undefined;
  } catch (cause) {
    throw new AuthGatewayError(`${path} could not be reached`, undefined, undefined, { cause });
  }
  if (!response.ok) {
    const failure = gatewayErrorSchema.safeParse(body);
    const code = failure.success ? failure.data.error : undefined;
    throw new AuthGatewayError(`${path} answered ${response.status}${code ? ` ${code}` : ''}`, response.status, code);
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new AuthGatewayError(`${path} sent an unexpected answer`, response.status, 'invalid_response');
  return parsed.data;
}

export function fetchAuthConfig(): Promise<AuthConfig> {
  return callGateway('/auth/config', { headers: { Accept: 'application/json' } }, authConfigSchema);
}

export interface TokenRequest {
  code: string;
  codeVerifier: string;
  redirectUri: string;
  geolocation: string;
}

export function requestToken(tokenRequest: TokenRequest): Promise<Session> {
  return callGateway(
    '/auth/token',
    { method: 'POST', headers: { ...CSRF_HEADER, Accept: 'application/json', 'Content-Type': 'application/json' }, body: JSON.stringify(tokenRequest) },
    sessionSchema,
  );
}

export function requestRefresh(): Promise<Session> {
  return callGateway('/auth/refresh', { method: 'POST', headers: { ...CSRF_HEADER, Accept: 'application/json' } }, sessionSchema);
}

/** Best effort: the gateway revokes at Concur and clears the cookie. `keepalive` lets it finish while the page changes. */
export async function requestLogout(accessToken: string | undefined): Promise<void> {
  const headers: Record<string, string> = { ...CSRF_HEADER };
  if (accessToken) headers.Authorization = `Bearer ${accessToken}`;
  try {
    const response = await fetch(gatewayUrl('/auth/logout'), { method: 'POST', headers, credentials: 'same-origin', keepalive: true });
    await response.body?.cancel();
  } catch {
    // Signing out locally must not depend on the network; the cookie also expires on its own.
  }
}
