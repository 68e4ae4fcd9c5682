import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { startStack } from './stack';

/** npm run dev: sandbox + gateway as in npm start, plus Vite with hot reload proxying /auth and /api to the gateway. */
const gatewayPort = Number(process.env.PORT ?? 8080);
const sandboxPort = Number(process.env.SANDBOX_PORT ?? 8081);
const vitePort = 5173;

const stack = await startStack({
  gatewayPort,
  sandboxPort,
  // The Vite origin must be a registered redirect URI as well.
  extraRedirectUris: [`http://localhost:${vitePort}/oauth/callback`],
});
const vite = spawn(process.execPath, [join('node_modules', 'vite', 'bin', 'vite.js'), '--port', String(vitePort), '--strictPort'], {
  stdio: 'inherit',
  env: { ...process.env, GATEWAY_PORT: String(gatewayPort) },
});
console.log(`\n  Dev server: http://localhost:${vitePort}  (gateway ${stack.gatewayUrl}, sandbox ${stack.sandboxUrl})\n`);
const stop = () => {
  vite.kill('SIGTERM');
  void stack.stop().then(() => process.exit(0));
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
