import { buildIfStale } from './build-if-stale';
import { startStack } from './stack';

/** npm start: build when needed, start the sandbox (8081) and the gateway (8080), print where to go. */
const gatewayPort = Number(process.env.PORT ?? 8080);
const sandboxPort = Number(process.env.SANDBOX_PORT ?? 8081);

buildIfStale();
// Request logs stay off unless asked for (LOG_LEVEL=info), so the URL and sign-ins are what the terminal shows.
const stack = await startStack({ gatewayPort, sandboxPort, env: { LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' } });
console.log(`
  Concur Console is running:  ${stack.gatewayUrl}
  Concur sandbox:             ${stack.sandboxUrl}

  Demo sign-ins (password: sandbox)
    finance.admin@sandbox.test   every area
    travel.manager@sandbox.test  opportunities only
    ap.clerk@sandbox.test        PO receipts only

  Press Ctrl-C to stop.
`);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping…');
    void stack.stop().then(() => process.exit(0));
  });
}
