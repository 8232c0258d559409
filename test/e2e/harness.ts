/**
 * Launches Rapport for one end-to-end test with a fresh profile: the real Electron app
 * through Playwright's `_electron` when its binary is installed, otherwise the web build in
 * Debian's Chromium. Tests only see a Playwright `Page`.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, _electron, type Page, type BrowserContext } from 'playwright-core';
import { inject } from 'vitest';
import { watchConsole, type ConsoleWatch } from './consoleWatch';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface LaunchOptions {
  /** Browser locale, e.g. 'ru-RU' (first-run language follows it). */
  locale?: string;
  /** Freeze the clock at this instant (Playwright clock). */
  now?: Date;
  /** The page's time zone, e.g. 'Europe/Berlin' (default: the machine's). */
  timezoneId?: string;
  colorScheme?: 'light' | 'dark';
  viewport?: { width: number; height: number };
  /** Reuse a profile folder (e.g. to check data survives a restart). */
  userDataDir?: string;
}

export interface App {
  page: Page;
  context: BrowserContext;
  userDataDir: string;
  downloadsDir: string;
  kind: 'electron' | 'web';
  /** Console errors and warnings and page errors seen so far (close() fails the test on any). */
  problems: ConsoleWatch['problems'];
  /** Tolerates console messages matching `pattern` for the rest of this test (say why at the call). */
  allowConsole: ConsoleWatch['allowConsole'];
  /** Closes the app, then fails the test if the page reported any problem. */
  close: () => Promise<void>;
}

/**
 * Playwright's clock is an init script, run in every frame, and Chromium reports that it may not
 * run in the summary preview (an `about:srcdoc` frame sandboxed without scripts, on purpose).
 */
async function freezeClock(page: Page, now: Date, watched: Pick<ConsoleWatch, 'allowConsole'>): Promise<void> {
  watched.allowConsole(/^console\.error: Blocked script execution in 'about:srcdoc'/);
  await page.clock.install({ time: now });
}

/** The Electron binary, when `npm start` (or an install with the download) has fetched it. */
export function electronBinary(): string | null {
  if (process.env.E2E_FORCE_WEB) return null;
  const dir = path.resolve('node_modules/electron');
  const pathFile = path.join(dir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = path.join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) && existsSync('dist-electron') ? binary : null;
}

export async function launchApp(options: LaunchOptions = {}): Promise<App> {
  const userDataDir = options.userDataDir ?? mkdtempSync(path.join(tmpdir(), 'rapport-e2e-'));
  const downloadsDir = mkdtempSync(path.join(tmpdir(), 'rapport-dl-'));
  const ownsProfile = options.userDataDir === undefined;
  const binary = electronBinary();
  const cleanup = () => {
    if (ownsProfile) rmSync(userDataDir, { recursive: true, force: true });
    rmSync(downloadsDir, { recursive: true, force: true });
  };

  if (binary) {
    const app = await _electron.launch({
      executablePath: binary,
      args: ['.', `--user-data-dir=${userDataDir}`, ...(options.locale ? [`--lang=${options.locale}`] : [])],
      env: { ...process.env, RAPPORT_E2E: '1', ...(options.timezoneId ? { TZ: options.timezoneId } : {}) },
    });
    const { check, ...watched } = watchConsole(app.context());
    const page = await app.firstWindow();
    // Electron has no launch-time emulation options: apply them to the window's page.
    await page.emulateMedia({ colorScheme: options.colorScheme ?? 'light' });
    await page.setViewportSize(options.viewport ?? { width: 1280, height: 800 });
    if (options.now) await freezeClock(page, options.now, watched);
    await page.waitForSelector('.app');
    return {
      page,
      context: app.context(),
      userDataDir,
      downloadsDir,
      kind: 'electron',
      ...watched,
      close: async () => {
        await check().finally(async () => {
          await app.close();
          cleanup();
        });
      },
    };
  }

  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    locale: options.locale ?? 'en-GB',
    timezoneId: options.timezoneId,
    colorScheme: options.colorScheme ?? 'light',
    viewport: options.viewport ?? { width: 1280, height: 800 },
    acceptDownloads: true,
    downloadsPath: downloadsDir,
  });
  const { check, ...watched } = watchConsole(context);
  const page = context.pages()[0] ?? (await context.newPage());
  if (options.now) await freezeClock(page, options.now, watched);
  await page.goto(inject('baseUrl'));
  await page.waitForSelector('.app');
  return {
    page,
    context,
    userDataDir,
    downloadsDir,
    kind: 'web',
    ...watched,
    close: async () => {
      await check().finally(async () => {
        await context.close();
        cleanup();
      });
    },
  };
}

/**
 * A browser on a profile folder that outlives it: `process.kill(pid, 'SIGKILL')` is a crash (no
 * unload, no shutdown), launching again on the same folder the next start.
 */
export interface CrashableApp extends Omit<App, 'kind'> {
  kind: 'web';
  /** The browser's process id (also its process group: helpers share it). */
  pid: number;
  /** Resolves once the browser process has exited. */
  exited: Promise<void>;
  /**
   * Sends `signal` to the browser and every helper process it started (one process group), and
   * resolves once all of them are gone: a crash of the whole app, and a profile nobody writes into.
   */
  kill: (signal: NodeJS.Signals) => Promise<void>;
}

/** True while any process of group `pgid` is alive (signal 0 only checks). */
function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Resolves once no process of group `pgid` is left, or after `timeoutMs`; says which. */
async function groupGone(pgid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (groupAlive(pgid)) {
    if (Date.now() > deadline) return false;
    // Polling a process table, not the page: there is no event for "the last helper exited".
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return true;
}

/**
 * Launches Debian's Chromium as its own process on `userDataDir` (created when absent; kept
 * after close unless this call created it), connected over CDP, with the web build open. Unlike
 * `launchApp`, the test owns the process, so it can kill it the hard way and start again on the
 * same profile: for "nothing typed is lost" checks. Always the web build: what is tested is
 * Chromium's IndexedDB, which Electron shares.
 */
export async function launchCrashableBrowser(userDataDir?: string): Promise<CrashableApp> {
  const profile = userDataDir ?? mkdtempSync(path.join(tmpdir(), 'rapport-crash-'));
  const ownsProfile = userDataDir === undefined;
  const downloadsDir = mkdtempSync(path.join(tmpdir(), 'rapport-dl-'));
  const child = spawn(
    CHROMIUM_PATH,
    [
      ...CHROMIUM_ARGS,
      '--headless=new',
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
      '--lang=en-GB',
      '--window-size=1280,800',
      'about:blank',
    ],
    // Its own process group, so that a kill reaches the helper processes too: otherwise a renderer or
    // storage process outlives the browser and keeps writing into the profile being removed.
    { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, LANGUAGE: 'en_GB' }, detached: true },
  );
  const pid = child.pid;
  if (pid === undefined) throw new Error(`could not start ${CHROMIUM_PATH}`);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const endpoint = await new Promise<string>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`no DevTools endpoint from Chromium:\n${output}`)), 30_000);
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const found = /DevTools listening on (ws:\/\/\S+)/.exec(output);
      if (found?.[1]) {
        clearTimeout(timer);
        resolve(found[1]);
      }
    });
    void exited.then(() => reject(new Error(`Chromium exited before it listened:\n${output}`)));
  });
  // Keep reading stderr so a full pipe never blocks the browser.
  child.stderr.resume();
  const browser = await chromium.connectOverCDP(endpoint);
  const context = browser.contexts()[0] ?? (await browser.newContext());
  const { check, ...watched } = watchConsole(context);
  const page = context.pages()[0] ?? (await context.newPage());
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(inject('baseUrl'));
  await page.waitForSelector('.app');
  const kill = async (signal: NodeJS.Signals) => {
    if (groupAlive(pid)) process.kill(-pid, signal);
    await exited;
    if (!(await groupGone(pid, 5_000))) {
      process.kill(-pid, 'SIGKILL');
      await groupGone(pid, 5_000);
    }
  };
  const cleanup = () => {
    // Every process of the group is gone by now; the retries only cover the file system's own pace.
    const retrying = { recursive: true, force: true, maxRetries: 5, retryDelay: 100 } as const;
    if (ownsProfile) rmSync(profile, retrying);
    rmSync(downloadsDir, retrying);
  };
  return {
    page,
    context,
    userDataDir: profile,
    downloadsDir,
    kind: 'web',
    pid,
    exited,
    kill,
    ...watched,
    close: async () => {
      await check().finally(async () => {
        await browser.close().catch(() => undefined);
        await kill('SIGTERM');
        cleanup();
      });
    },
  };
}
