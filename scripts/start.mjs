#!/usr/bin/env node
/**
 * `npm start`: the desktop app when Electron's binary is installed (build, then `electron .`);
 * otherwise one paragraph saying why, and the same app in the browser on 127.0.0.1, as
 * `npm run web` serves it. Whether the binary is there is asked in a child process, because
 * `require('electron')` throws when its download was skipped or failed.
 *
 * RAPPORT_ELECTRON_MODULE names the module to ask instead of `electron` (used by the tests).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const electronModule = process.env.RAPPORT_ELECTRON_MODULE || 'electron';

/** The Electron binary's path, or the reason there is none. */
function findElectron() {
  const probe = spawnSync(
    process.execPath,
    ['-e', `process.stdout.write(String(require(${JSON.stringify(electronModule)})))`],
    { cwd: root, encoding: 'utf8' },
  );
  if (probe.status !== 0) {
    const lines = (probe.stderr || '').split('\n').filter((l) => /Error/.test(l));
    return { binary: null, reason: lines[0]?.trim() || 'the electron package could not be loaded' };
  }
  const binary = probe.stdout.trim();
  if (!binary || !existsSync(binary)) return { binary: null, reason: `there is no file at ${binary || '(no path)'}` };
  return { binary, reason: null };
}

/** Runs a child with this terminal, passing Ctrl+C and termination on; exits with its code. */
function run(command, args) {
  const child = spawn(command, args, { cwd: root, stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
  return child;
}

const { binary, reason } = findElectron();
if (binary) {
  const build = spawnSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', 'build'], {
    cwd: root,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
  run(binary, ['.']);
} else {
  const port = Number(process.env.PORT ?? 5173);
  const skipped = process.env.ELECTRON_SKIP_BINARY_DOWNLOAD ? ' (ELECTRON_SKIP_BINARY_DOWNLOAD is set)' : '';
  process.stdout.write(
    [
      '',
      `Rapport cannot open as a desktop app here: Electron's binary is not installed${skipped} (${reason}).`,
      'Its download was skipped or failed, which happens when the machine cannot reach the download server.',
      `So the same app is served for your browser instead, as \`npm run web\` does: open http://127.0.0.1:${port}/ .`,
      "In the browser the journal lives in that browser profile's storage, files are downloads, and there are no",
      'automatic backups to a folder or global shortcut. For the desktop app, run `npm rebuild electron` (or',
      'delete node_modules/electron and run `npm install`) where the download works, then `npm start` again.',
      '',
      '',
    ].join('\n'),
  );
  run(process.execPath, [path.join(root, 'node_modules', 'vite', 'bin', 'vite.js')]);
}
