/**
 * Gzipped JavaScript of a production renderer build (built with `build.manifest: true`):
 * `startupKB` is what loading the app can pull in — the entry, its static imports and every
 * worker (workers are not in the manifest's chunk graph, so they count as start-up, to err
 * on the safe side); `lazyKB` is chunks reached only through dynamic `import()` (the import
 * dialog, the workbook reader, the sample generator), loaded when the user asks for them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';

export function bundleSizes(outDir) {
  const manifest = JSON.parse(readFileSync(path.join(outDir, '.vite', 'manifest.json'), 'utf8'));
  const startup = new Set();
  const visit = (key) => {
    const chunk = manifest[key];
    if (!chunk || startup.has(chunk.file)) return;
    startup.add(chunk.file);
    for (const next of chunk.imports ?? []) visit(next);
  };
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key);
  const lazy = new Set(
    Object.values(manifest)
      .map((chunk) => chunk.file)
      .filter((file) => file.endsWith('.js') && !startup.has(file)),
  );
  const sizes = { startupKB: 0, lazyKB: 0, lazyFiles: [...lazy].sort() };
  const assets = path.join(outDir, 'assets');
  for (const name of readdirSync(assets)) {
    if (!name.endsWith('.js')) continue;
    const kb = gzipSync(readFileSync(path.join(assets, name)), { level: 9 }).length / 1024;
    if (lazy.has(`assets/${name}`)) sizes.lazyKB += kb;
    else sizes.startupKB += kb;
  }
  return sizes;
}
