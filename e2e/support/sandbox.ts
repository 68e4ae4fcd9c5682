import { sandboxUrl } from './env';

async function chaos(path: string, method: string, body?: unknown): Promise<unknown> {
  const response = await fetch(`${sandboxUrl()}/__chaos/${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!response.ok) throw new Error(`chaos ${method} ${path}: ${response.status} ${await response.text()}`);
  return response.status === 204 ? undefined : response.json();
}

/** The sandbox's fault-injection API (SANDBOX_FAULTS=1 in the e2e stack). */
export const sandbox = {
  expireTokens: (login: string) => chaos('tokens/expire', 'POST', { login }),
  revokeRefresh: (login: string) => chaos('tokens/revoke-refresh', 'POST', { login }),
  addFault: (fault: Record<string, unknown>) => chaos('faults', 'POST', fault),
  clearFaults: () => chaos('faults', 'DELETE'),
  writes: () => chaos('writes', 'GET') as Promise<{ total: number; byResource: Record<string, number>; byEntity: Record<string, number> }>,
  resetWrites: () => chaos('writes', 'DELETE'),
};
