import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildGateway, type GatewayOptions } from '../app';
import { readConfig, type GatewayConfig } from '../config';
import { type FakeConcur, startFakeConcur } from './fake-concur';

export const APP_ORIGIN = 'http://127.0.0.1:8080';
export const REDIRECT_URI = `${APP_ORIGIN}/oauth/callback`;
export const CODE_VERIFIER = 'a'.repeat(43);
/** What the app sends on every state-changing /auth call. */
export const APP_HEADERS = { origin: APP_ORIGIN, 'x-concur-console': '1' };

export const INDEX_HTML = `<!doctype html>
<html lang="en">
  <head>
    <meta property="csp-nonce" nonce="__CSP_NONCE__" />
    <script type="module" crossorigin src="/assets/app-3f9a1c.js" nonce="__CSP_NONCE__"></script>
    <link rel="stylesheet" crossorigin href="/assets/app-77b2e0.css" nonce="__CSP_NONCE__">
  </head>
  <body><div id="root"></div></body>
</html>
`;
export const APP_JS = `console.log(${JSON.stringify('x'.repeat(4000))});\n`;

export interface Fixture {
  gateway: FastifyInstance;
  concur: FakeConcur;
  config: GatewayConfig;
  distDir: string;
  close(): Promise<void>;
}

/** A built app in a temporary folder: index.html with the nonce placeholder, hashed assets, one with a .br twin. */
export async function writeDist(): Promise<string> {
  const distDir = await mkdtemp(path.join(tmpdir(), 'gateway-dist-'));
  await mkdir(path.join(distDir, 'assets'));
  await writeFile(path.join(distDir, 'index.html'), INDEX_HTML);
  await writeFile(path.join(distDir, 'assets', 'app-3f9a1c.js'), APP_JS);
  await writeFile(path.join(distDir, 'assets', 'app-3f9a1c.js.br'), brotliCompressSync(APP_JS));
  await writeFile(path.join(distDir, 'assets', 'app-77b2e0.css'), `body{margin:0}\n${'.a{color:red}\n'.repeat(200)}`);
  await writeFile(path.join(distDir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  return distDir;
}

export async function startFixture(
  env: Record<string, string> = {},
  options: { dist?: boolean; gateway?: GatewayOptions } = {},
): Promise<Fixture> {
  const concur = await startFakeConcur();
  const distDir = options.dist === false ? path.join(tmpdir(), 'gateway-no-dist-here') : await writeDist();
  const config = readConfig({
    NODE_ENV: 'test',
    CONCUR_TOKEN_URL: `${concur.url}/oauth2/v0/token`,
    CONCUR_AUTHORIZE_URL: `${concur.url}/oauth2/v0/authorize`,
    CONCUR_REDIRECT_URIS: REDIRECT_URI,
    DIST_DIR: distDir,
    UPSTREAM_TIMEOUT_MS: '400',
    ...env,
  });
  const gateway = buildGateway(config, options.gateway);
  await gateway.ready();
  return {
    gateway,
    concur,
    config,
    distDir,
    async close() {
      await gateway.close();
      await concur.close();
      if (options.dist !== false) await rm(distDir, { recursive: true, force: true });
    },
  };
}

export function setCookies(response: LightMyRequestResponse): string[] {
  const header = response.headers['set-cookie'];
  return header === undefined ? [] : Array.isArray(header) ? header : [header];
}

/** `name=value` of the first Set-Cookie, ready for a Cookie header. */
export function cookiePair(response: LightMyRequestResponse): string {
  const [first] = setCookies(response);
  if (!first) throw new Error('no Set-Cookie in the response');
  return first.split(';', 1)[0] ?? '';
}

export function exchangeCode(gateway: FastifyInstance, body: Record<string, unknown> = {}, headers: Record<string, string> = APP_HEADERS) {
  return gateway.inject({
    method: 'POST',
    url: '/auth/token',
    headers,
    payload: { code: 'good-code', codeVerifier: CODE_VERIFIER, redirectUri: REDIRECT_URI, ...body },
  });
}

/** Signs in through the gateway and returns the session cookie for later calls. */
export async function signIn(fixture: Fixture): Promise<string> {
  const response = await exchangeCode(fixture.gateway, { geolocation: fixture.concur.url });
  if (response.statusCode !== 200) throw new Error(`sign-in failed: ${response.statusCode} ${response.body}`);
  return cookiePair(response);
}
