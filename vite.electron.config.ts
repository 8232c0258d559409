import { builtinModules } from 'node:module';
import { defineConfig } from 'vite';

/**
 * Main process and preload, each bundled into one CommonJS file in dist-electron/.
 * Two builds (`--mode main`, `--mode preload`) because a sandboxed preload cannot require a
 * shared chunk: it must be a single self-contained file. Main bundles its dependencies
 * (electron-store, conf, zod, i18next…) so the packaged app needs no node_modules; only
 * `electron` and Node's built-ins stay external.
 */
export default defineConfig(({ mode }) => {
  const entry = mode === 'preload' ? 'preload' : 'main';
  return {
    build: {
      ssr: true,
      outDir: 'dist-electron',
      emptyOutDir: entry === 'main',
      target: 'node22',
      minify: false,
      sourcemap: false,
      copyPublicDir: false,
      reportCompressedSize: false,
      rollupOptions: {
        input: { [entry]: `electron/${entry}.ts` },
        external: ['electron', ...builtinModules, ...builtinModules.map((m) => `node:${m}`)],
        output: { format: 'cjs', entryFileNames: '[name].cjs', codeSplitting: false },
      },
    },
    ssr: { noExternal: true, external: ['electron'], target: 'node' },
    publicDir: false,
  };
});
