import { DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET, DEMO_PASSWORD } from '../sandbox/config';

/**
 * An access token straight from the sandbox's password grant (sandbox/README.md), for tests and benches that read or
 * write Concur beside the app under test, never through it.
 */
export async function sandboxPasswordToken(
  sandboxUrl: string,
  login: string,
  client: { id: string; secret: string } = { id: DEFAULT_CLIENT_ID, secret: DEFAULT_CLIENT_SECRET },
): Promise<string> {
  const response = await fetch(`${sandboxUrl}/oauth2/v0/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
    body: new URLSearchParams({
      grant_type: 'password',
      credtype: 'password',
      username: login,
      password: DEMO_PASSWORD,
      client_id: client.id,
      client_secret: client.secret,
    }),
  });
  if (!response.ok) throw new Error(`password grant for ${login}: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { access_token: string }).access_token;
}
