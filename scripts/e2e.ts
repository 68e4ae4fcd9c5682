import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { buildIfStale } from './build-if-stale';
import { findChromium } from './find-chromium';

/** npm run test:e2e: the Playwright suite in Chromium against a gateway and sandbox it starts itself. */
const chromium = findChromium();
if (!chromium) {
  console.error('No Chromium found: install it (Debian: apt-get install -y chromium) or set CHROMIUM_PATH to a Chromium binary.');
  process.exit(1);
}
buildIfStale();
const result = spawnSync(process.execPath, [join('node_modules', '@playwright', 'test', 'cli.js'), 'test', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, CHROMIUM_PATH: chromium },
});
process.exit(result.status ?? 1);
