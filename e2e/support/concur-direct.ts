import { DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET } from '../../sandbox/config';
import { sandboxPasswordToken } from '../../scripts/sandbox-password-grant';
import { sandboxUrl } from './env';

/**
 * Straight to the sandbox, never through the app under test: what a test reads back to compare with the screen, or
 * writes as another Concur client would. Each call takes a fresh password-grant token (sandbox/README.md), because
 * other specs expire the demo users' tokens at any moment; the browser's own session is never touched.
 */
export const passwordToken = (login: string): Promise<string> =>
  sandboxPasswordToken(sandboxUrl(), login, {
    id: process.env.SANDBOX_CLIENT_ID ?? DEFAULT_CLIENT_ID,
    secret: process.env.SANDBOX_CLIENT_SECRET ?? DEFAULT_CLIENT_SECRET,
  });

/** A request to the sandbox's v3.0 API as `login`; `path` starts with `/api/v3.0/`. */
export async function concurAs(login: string, path: string, init: RequestInit = {}): Promise<Response> {
  const headers: Record<string, string> = {
    accept: 'application/json',
    authorization: `Bearer ${await passwordToken(login)}`,
    ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
  };
  return fetch(`${sandboxUrl()}${path}`, { ...init, headers });
}

/** The answer's JSON, or an error that names the request and Concur's answer. */
export async function concurJsonAs<T>(login: string, path: string, init: RequestInit = {}): Promise<T> {
  const response = await concurAs(login, path, init);
  if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${path}: ${response.status} ${await response.text()}`);
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}
