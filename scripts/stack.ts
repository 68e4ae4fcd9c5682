import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';

export interface StackOptions {
  gatewayPort?: number;
  sandboxPort?: number;
  /** Extra environment for both processes (SANDBOX_DB, SANDBOX_TOKEN_TTL, SANDBOX_FAULTS, …). */
  env?: NodeJS.ProcessEnv;
  /** More registered redirect URIs (the Vite dev server's callback). */
  extraRedirectUris?: string[];
  /** Print the children's output (npm start) or keep it quiet unless they fail (tests, bench). */
  quiet?: boolean;
}

export interface RunningStack {
  gatewayUrl: string;
  sandboxUrl: string;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

function launch(name: string, entry: string, env: NodeJS.ProcessEnv, quiet: boolean): { child: ChildProcess; output: () => string } {
  const child = spawn(process.execPath, ['--import', 'tsx', entry], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
    if (!quiet) process.stdout.write(chunk.toString().replace(/^(?=.)/gm, `[${name}] `));
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  return { child, output: () => output };
}

async function waitForHttp(url: string, child: ChildProcess, output: () => string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Process for ${url} exited with ${child.exitCode}:\n${output()}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      await response.body?.cancel();
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
  }
  throw new Error(`Timed out waiting for ${url}:\n${output()}`);
}

function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.once('exit', () => (clearTimeout(timer), resolve()));
    child.kill('SIGTERM');
  });
}

/** Starts the sandbox and the gateway wired to each other (both on 127.0.0.1). */
export async function startStack(options: StackOptions = {}): Promise<RunningStack> {
  const root = process.cwd();
  const sandboxPort = options.sandboxPort ?? (await freePort());
  const gatewayPort = options.gatewayPort ?? (await freePort());
  const sandboxUrl = `http://127.0.0.1:${sandboxPort}`;
  const gatewayUrl = `http://127.0.0.1:${gatewayPort}`;
  const redirectUris = [`${gatewayUrl}/oauth/callback`, `http://localhost:${gatewayPort}/oauth/callback`, ...(options.extraRedirectUris ?? [])].join(',');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...options.env,
    SANDBOX_PORT: String(sandboxPort),
    SANDBOX_REDIRECT_URIS: redirectUris,
    PORT: String(gatewayPort),
    CONCUR_AUTHORIZE_URL: `${sandboxUrl}/oauth2/v0/authorize`,
    CONCUR_TOKEN_URL: `${sandboxUrl}/oauth2/v0/token`,
    CONCUR_REDIRECT_URIS: redirectUris,
    SANDBOX_URL: sandboxUrl,
  };
  const quiet = options.quiet ?? false;
  const sandbox = launch('sandbox', join(root, 'sandbox', 'main.ts'), env, quiet);
  const gateway = launch('gateway', join(root, 'server', 'main.ts'), env, quiet);
  const stop = async () => {
    await Promise.all([stopChild(gateway.child), stopChild(sandbox.child)]);
  };
  try {
    await Promise.all([
      waitForHttp(`${sandboxUrl}/`, sandbox.child, sandbox.output),
      waitForHttp(`${gatewayUrl}/auth/config`, gateway.child, gateway.output),
    ]);
  } catch (error) {
    await stop();
    throw error;
  }
  return { gatewayUrl, sandboxUrl, stop };
}
