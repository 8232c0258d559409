/**
 * The packaged app runs dist-electron/main.cjs, a bundle (electron-store, conf, ajv, zod…
 * converted to CommonJS). This builds it with the real Vite config into a temp folder and
 * loads it in a child Node process with `electron` swapped for a recording stand-in, so a
 * bundling mistake (a missing module, ESM-only syntax, a chunk the sandboxed preload cannot
 * require) fails here rather than on a user's first launch.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'vite';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from './tempDir';

const FAKE_ELECTRON_RUNNER = String.raw`
const Module = require('node:module');
const [bundle, userData, appPath] = process.argv.slice(2);
const log = [];
const noop = () => undefined;
const webContents = {
  on: noop,
  once: (event, fn) => { if (event === 'did-finish-load') setTimeout(fn, 10); },
  send: (channel, payload) => log.push(['send', channel, payload]),
  setWindowOpenHandler: noop,
};
class BrowserWindow {
  constructor(options) { this.webContents = webContents; log.push(['window', options.webPreferences]); }
  on() {} once() {} maximize() {} show() {} focus() {}
  isDestroyed() { return false; } isMinimized() { return false; }
  loadURL(url) { log.push(['load', url]); return Promise.resolve(); }
  static getAllWindows() { return []; }
}
const workArea = { x: 0, y: 0, width: 1920, height: 1080 };
const electron = {
  app: {
    setPath: (name, value) => log.push(['setPath', name, value]),
    getPath: (name) => (name === 'userData' ? userData : appPath),
    setAppUserModelId: noop, requestSingleInstanceLock: () => true, on: noop,
    whenReady: () => Promise.resolve(), getLocale: () => 'en-US', getPreferredSystemLanguages: () => [],
    getAppPath: () => appPath, getVersion: () => '0.1.0', isPackaged: true, quit: noop,
  },
  protocol: {
    registerSchemesAsPrivileged: (schemes) => log.push(['privileged', schemes]),
    handle: (scheme, handler) =>
      handler(new Request('app://rapport/index.html')).then((r) => log.push(['served', r.status, r.headers.get('content-type')])),
  },
  session: {
    defaultSession: { setPermissionRequestHandler: noop, setPermissionCheckHandler: noop },
    fromPartition: () => ({ webRequest: { onBeforeRequest: noop }, setPermissionRequestHandler: noop, setPermissionCheckHandler: noop }),
  },
  ipcMain: { handle: (channel) => log.push(['handle', channel]), on: noop, removeListener: noop },
  globalShortcut: { register: (a) => (log.push(['shortcut', a]), true), unregister: noop, unregisterAll: noop },
  Menu: { buildFromTemplate: (t) => t, setApplicationMenu: (m) => log.push(['menu', m.length]) },
  screen: { getPrimaryDisplay: () => ({ workArea }), getAllDisplays: () => [{ workArea }] },
  nativeTheme: { shouldUseDarkColors: false },
  Notification: class { static isSupported() { return false; } },
  BrowserWindow, dialog: {}, shell: {},
};
const load = Module._load;
Module._load = function (request, ...rest) {
  return request === 'electron' ? electron : load.call(this, request, ...rest);
};
process.argv.push('--user-data-dir=' + userData);
require(bundle);
// Main starts asynchronously (after whenReady); report once the window is up and served.
const started = Date.now();
const timer = setInterval(() => {
  const done = ['served', 'shortcut', 'load'].every((kind) => log.some((entry) => entry[0] === kind));
  if (!done && Date.now() - started < 30000) return;
  clearInterval(timer);
  setTimeout(() => process.stdout.write(JSON.stringify(log)), 100);
}, 50);
`;

describe('dist-electron bundle', { timeout: 120_000 }, () => {
  const tempDir = useTempDirs();

  it('builds main and preload as self-contained CommonJS files that start the app', async () => {
    const out = tempDir();
    for (const mode of ['main', 'preload']) {
      await build({
        configFile: path.resolve('vite.electron.config.ts'),
        mode,
        logLevel: 'silent',
        build: { outDir: out, emptyOutDir: false },
      });
    }
    expect(readdirSync(out).sort()).toEqual(['main.cjs', 'preload.cjs']);
    // A sandboxed preload may require only electron: no local chunks.
    const preload = readFileSync(path.join(out, 'preload.cjs'), 'utf8');
    expect([...preload.matchAll(/require\((["'])([^"']+)\1\)/g)].map((m) => m[2])).toEqual(['electron']);

    const userData = tempDir();
    const appPath = tempDir();
    mkdirSync(path.join(appPath, 'dist', 'renderer'), { recursive: true });
    writeFileSync(path.join(appPath, 'dist', 'renderer', 'index.html'), '<!doctype html><title>Rapport</title>');
    writeFileSync(path.join(userData, 'settings.json'), '{ "settings": ');
    const runner = path.join(out, 'run.cjs');
    writeFileSync(runner, FAKE_ELECTRON_RUNNER);

    const stdout = execFileSync(process.execPath, [runner, path.join(out, 'main.cjs'), userData, appPath], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    const log = JSON.parse(stdout) as [string, ...unknown[]][];
    const kinds = (kind: string) => log.filter((entry) => entry[0] === kind).map((entry) => entry.slice(1));

    expect(kinds('setPath')).toEqual([['userData', userData]]);
    expect(kinds('handle')).toHaveLength(12);
    expect(kinds('load')).toEqual([['app://rapport/index.html']]);
    // The fake app says it is packaged: no DevTools.
    expect(kinds('window')[0]?.[0]).toMatchObject({
      sandbox: true,
      devTools: false,
      preload: path.join(out, 'preload.cjs'),
    });
    expect(kinds('served')).toEqual([[200, 'text/html; charset=utf-8']]);
    expect(kinds('shortcut')).toEqual([['CommandOrControl+Shift+L']]);
    expect(kinds('send')).toEqual([['settings:recovered', { movedTo: expect.stringContaining('settings.corrupt-') }]]);
    expect(existsSync(path.join(userData, 'settings.json'))).toBe(true);
  });
});
