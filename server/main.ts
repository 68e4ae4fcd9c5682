import { existsSync } from 'node:fs';
import path from 'node:path';
import { buildGateway } from './app';
import { readConfig } from './config';

// A .env file in the working directory fills in what the environment leaves unset (the environment wins).
if (existsSync('.env')) process.loadEnvFile('.env');

const config = (() => {
  try {
    return readConfig();
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
})();

const gateway = buildGateway(config, {
  logger: { level: process.env.LOG_LEVEL ?? 'info' },
});

try {
  await gateway.listen({ port: config.port, host: config.host });
} catch (error) {
  console.error(`The gateway could not listen on ${config.host}:${config.port}: ${(error as Error).message}`);
  process.exit(1);
}

const address = gateway.server.address();
const port = address && typeof address === 'object' ? address.port : config.port;
const shownHost = config.host === '0.0.0.0' || config.host === '::' ? '127.0.0.1' : config.host;
const consoleUrl = `http://${shownHost.includes(':') ? `[${shownHost}]` : shownHost}:${port}`;
console.log(`Concur Console gateway: ${consoleUrl}  (Concur token URL: ${config.tokenUrl})`);
if (!existsSync(path.join(config.distDir, 'index.html'))) {
  console.log(`No build in ${config.distDir}: pages answer "Run npm run build" until there is one.`);
}
if (!config.appOrigins.includes(consoleUrl)) {
  // Sign-in works only from a page whose origin matches a registered redirect URI.
  console.log(`Sign in from: ${config.appOrigins.join(', ')}`);
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void gateway.close().then(() => process.exit(0));
  });
}
