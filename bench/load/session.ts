import { createHash, randomBytes } from 'node:crypto';
import { DEFAULT_CLIENT_ID, DEMO_PASSWORD } from '../../sandbox/config';
import { sandboxPasswordToken } from '../../scripts/sandbox-password-grant';

export const LOAD_USER = 'finance.admin@sandbox.test';

/** Access token by the sandbox's password grant, for calling the sandbox directly. */
export const passwordGrantToken = (sandboxUrl: string, login = LOAD_USER): Promise<string> => sandboxPasswordToken(sandboxUrl, login);

/** The headers the app sends on the state-changing /auth calls (docs/gateway-api.md). */
export const appHeaders = (gatewayUrl: string) => ({
  origin: new URL(gatewayUrl).origin,
  'x-concur-console': '1',
  'content-type': 'application/json',
});

/**
 * The gateway's session cookie (`name=value`) for `login`, by the Web flow without a browser: the sandbox's sign-in form is
 * posted directly, then the code goes to the gateway's /auth/token exactly as the app sends it.
 */
export async function gatewaySessionCookie(gatewayUrl: string, sandboxUrl: string, login = LOAD_USER): Promise<string> {
  const redirectUri = `${gatewayUrl}/oauth/callback`;
  const codeVerifier = randomBytes(32).toString('base64url');
  const signIn = await fetch(`${sandboxUrl}/oauth2/v0/authorize`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      client_id: DEFAULT_CLIENT_ID,
      redirect_uri: redirectUri,
      response_type: 'code',
      state: randomBytes(8).toString('hex'),
      code_challenge: createHash('sha256').update(codeVerifier).digest('base64url'),
      code_challenge_method: 'S256',
      login,
      password: DEMO_PASSWORD,
      decision: 'allow',
    }),
  });
  const location = signIn.headers.get('location');
  await signIn.body?.cancel();
  if (signIn.status !== 302 || !location) throw new Error(`sandbox sign-in for ${login}: expected a 302, got ${signIn.status}`);
  const callback = new URL(location);
  const code = callback.searchParams.get('code');
  const geolocation = callback.searchParams.get('geolocation');
  if (!code || !geolocation) throw new Error(`sandbox sign-in for ${login}: no code or geolocation in the redirect`);

  const exchange = await fetch(`${gatewayUrl}/auth/token`, {
    method: 'POST',
    headers: appHeaders(gatewayUrl),
    body: JSON.stringify({ code, codeVerifier, redirectUri, geolocation }),
  });
  const setCookie = exchange.headers.getSetCookie()[0];
  await exchange.body?.cancel();
  if (exchange.status !== 200 || !setCookie) throw new Error(`gateway /auth/token for ${login}: ${exchange.status}`);
  return setCookie.split(';', 1)[0] as string;
}
