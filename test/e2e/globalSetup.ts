/**
 * Builds the renderer once and serves it on a free loopback port for every e2e test.
 * `E2E_SKIP_BUILD=1` reuses an existing dist/renderer (handy while iterating).
 *
 * The build is React's development build, unminified: only it reports React's warnings (a state
 * update during another component's render, a missing key…) to the console, where the harness
 * fails the test (consoleWatch.ts). `npm run build` / `npm start` build for production again.
 */
import { existsSync } from 'node:fs';
import { build, preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

let server: PreviewServer | undefined;

export default async function setup(project: TestProject) {
  if (!(process.env.E2E_SKIP_BUILD && existsSync('dist/renderer/index.html'))) {
    process.env.NODE_ENV = 'development';
    await build({
      configFile: 'vite.config.ts',
      mode: 'development',
      logLevel: 'error',
      build: { minify: false },
    });
  }
  server = await preview({
    configFile: 'vite.config.ts',
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  project.provide('baseUrl', `http://127.0.0.1:${address.port}/`);
  return async () => {
    await server?.close();
  };
}
