import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin, ResolvedConfig } from 'vite';

const COMPRESSIBLE = /\.(?:js|css|svg|json|txt|webmanifest)$/;

/**
 * Writes `.br` and `.gz` twins of the built assets once, at build time, at the highest levels. The gateway's static
 * handler serves them as they are (`preCompressed`), so no request pays for compressing JavaScript on the fly.
 * index.html gets none: the gateway fills in a fresh CSP nonce on every response.
 */
export function precompress(): Plugin {
  let outDir = 'dist';
  return {
    name: 'concur-console:precompress',
    apply: 'build',
    configResolved(config: ResolvedConfig) {
      outDir = resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      const assets = join(outDir, 'assets');
      const files = (await readdir(assets).catch(() => [])).filter((name) => COMPRESSIBLE.test(name));
      await Promise.all(
        files.map(async (name) => {
          const path = join(assets, name);
          const content = await readFile(path);
          if (content.length < 1024) return;
          await writeFile(`${path}.gz`, gzipSync(content, { level: 9 }));
          await writeFile(`${path}.br`, brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: content.length } }));
        }),
      );
    },
  };
}
