import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startStack } from '../scripts/stack';

/** One gateway + sandbox for the run, on free ports, with a fresh database and fault injection on. */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const dataDir = mkdtempSync(join(tmpdir(), 'concur-e2e-'));
  const stack = await startStack({
    quiet: true,
    env: { SANDBOX_DB: join(dataDir, 'sandbox.sqlite'), SANDBOX_FAULTS: '1', SANDBOX_RATE_LIMIT: '0', NODE_ENV: 'test' },
  });
  process.env.GATEWAY_URL = stack.gatewayUrl;
  process.env.SANDBOX_URL = stack.sandboxUrl;
  return async () => {
    await stack.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
