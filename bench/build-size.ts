import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Bytes {
  raw: number;
  gzip: number;
}

export interface BuildSize {
  js: Bytes;
  css: Bytes;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** Raw and gzip bytes of every JS and CSS file of the build. */
export function measureBuild(distDir: string): BuildSize {
  const size: BuildSize = { js: { raw: 0, gzip: 0 }, css: { raw: 0, gzip: 0 } };
  for (const file of filesUnder(distDir)) {
    const kind = file.endsWith('.js') ? 'js' : file.endsWith('.css') ? 'css' : undefined;
    if (!kind) continue;
    const content = readFileSync(file);
    size[kind].raw += content.length;
    size[kind].gzip += gzipSync(content, { level: 9 }).length;
  }
  return size;
}
