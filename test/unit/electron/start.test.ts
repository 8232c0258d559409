/**
 * `npm start` (scripts/start.mjs) where Electron's binary is missing: one paragraph saying why,
 * then the browser app on 127.0.0.1. The script is run as a real child process with a fake
 * `electron` module (RAPPORT_ELECTRON_MODULE), so this never loads or launches Electron.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { useTempDirs } from './tempDir';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

async function until<T>(what: string, probe: () => Promise<T | null>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => null);
    if (value !== null) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
}

describe('npm start without the Electron binary', { timeout: 120_000 }, () => {
  const tempDir = useTempDirs();
  let child: ChildProcess | null = null;

  afterEach(async () => {
    if (child?.pid && child.exitCode === null) {
      // The script and the vite server it started are one process group.
      process.kill(-child.pid, 'SIGTERM');
      await exited(child);
    }
    child = null;
  });

  it.each([
    [
      'points at a binary that is not there',
      (dir: string) => `module.exports = ${JSON.stringify(path.join(dir, 'dist', 'electron'))};`,
    ],
    [
      'throws, as electron does when its download failed',
      () => "throw new Error('Electron failed to install correctly.');",
    ],
  ])(
    'when the electron module %s: says why in one paragraph and serves the app on 127.0.0.1',
    async (_case, source) => {
      const dir = tempDir();
      const fake = path.join(dir, 'fake-electron.cjs');
      writeFileSync(fake, source(dir));
      const port = await freePort();
      let output = '';
      child = spawn(process.execPath, [path.resolve('scripts/start.mjs')], {
        cwd: path.resolve('.'),
        env: { ...process.env, RAPPORT_ELECTRON_MODULE: fake, PORT: String(port), ELECTRON_SKIP_BINARY_DOWNLOAD: '1' },
        detached: true,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));

      const html = await until(
        `the app on 127.0.0.1:${port}`,
        async () => {
          const response = await fetch(`http://127.0.0.1:${port}/`);
          return response.ok ? response.text() : null;
        },
        90_000,
      );
      expect(html).toContain('<title>Rapport</title>');
      expect(html).toContain('<div id="root">');

      const paragraph = output.split('\n\n').find((p) => p.includes('Rapport cannot open as a desktop app')) ?? '';
      expect(paragraph).toContain("Electron's binary is not installed");
      expect(paragraph).toContain('ELECTRON_SKIP_BINARY_DOWNLOAD is set');
      expect(paragraph).toContain(`http://127.0.0.1:${port}/`);
      expect(paragraph).toContain('npm rebuild electron');
      expect(output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m); // no stack trace
    },
  );
});
