import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { build } from 'vite';
import { freePort } from '../scripts/stack';

/** Where the floor page is built: under bench/results, which git and the linter already ignore. */
export const FLOOR_DIST = join(process.cwd(), 'bench', 'results', 'floor-dist');

/** Builds bench/floor (react + react-dom only) for production with Vite's JS API. */
export async function buildFloor(): Promise<void> {
  // A production build sets NODE_ENV=production in this process; the gateways started later must not inherit it.
  const nodeEnv = process.env.NODE_ENV;
  try {
    await build({
      root: join(process.cwd(), 'bench', 'floor'),
      configFile: false,
      logLevel: 'warn',
      mode: 'production',
      build: { outDir: FLOOR_DIST, emptyOutDir: true, target: 'es2023', sourcemap: false },
    });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
}

export interface FloorGateway {
  url: string;
  stop(): Promise<void>;
}

/**
 * A second gateway serving the floor page, wired to the same sandbox as the console's. Cookies belong to the host, not
 * the port, so the console's session cookie works here too; the floor's origin is a registered redirect URI so that
 * its /auth/refresh passes the Origin check.
 */
export async function startFloorGateway(context: { gatewayUrl: string; sandboxUrl: string }): Promise<FloorGateway> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', join(process.cwd(), 'server', 'main.ts')], {
    env: {
      ...process.env,
      PORT: String(port),
      DIST_DIR: FLOOR_DIST,
      CONCUR_TOKEN_URL: `${context.sandboxUrl}/oauth2/v0/token`,
      CONCUR_AUTHORIZE_URL: `${context.sandboxUrl}/oauth2/v0/authorize`,
      SANDBOX_URL: context.sandboxUrl,
      CONCUR_REDIRECT_URIS: `${context.gatewayUrl}/oauth/callback,${url}/oauth/callback`,
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const collect = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-10_000));
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      child.once('exit', () => (clearTimeout(timer), resolve()));
      child.kill('SIGTERM');
    });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The floor gateway exited with ${child.exitCode}:\n${output}`);
    try {
      const response = await fetch(`${url}/auth/config`, { signal: AbortSignal.timeout(2000) });
      await response.body?.cancel();
      return { url, stop };
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
  }
  await stop();
  throw new Error(`The floor gateway did not start:\n${output}`);
}
