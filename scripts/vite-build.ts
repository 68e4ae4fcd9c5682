import { spawn } from 'node:child_process';
import { join } from 'node:path';

interface ViteBuildOptions {
  /** Added to the environment of the build. */
  env?: Record<string, string>;
  /** More `vite build` flags, e.g. `--manifest`. */
  flags?: readonly string[];
}

/**
 * Builds the app into `outDir` (a temporary folder, so a test never depends on, or disturbs, dist/ that the e2e run
 * serves); rejects with Vite's output when the build fails.
 */
export function viteBuild(root: string, outDir: string, { env = {}, flags = [] }: ViteBuildOptions = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn', ...flags], {
      cwd: root,
      env: { ...process.env, ...env, NODE_ENV: 'production' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`vite build failed (${code}):\n${output}`))));
  });
}
