import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  guardPdfSession,
  hardenWebContents,
  isDevToolsShortcut,
  limitPermissions,
  registerAppScheme,
  type HardenedContentsLike,
  type KeyInput,
  type RequestSessionLike,
} from '../../../electron/hardening';
import { renderPdf } from '../../../electron/pdf';

type Listener = (...args: never[]) => unknown;

/** A web contents stand-in that records its listeners and whether DevTools were closed. */
function contents() {
  const listeners = new Map<string, Listener>();
  let openHandler: (() => { action: 'deny' }) | null = null;
  let closedDevTools = 0;
  const stub = {
    on: (event: string, listener: Listener) => void listeners.set(event, listener),
    setWindowOpenHandler: (handler: () => { action: 'deny' }) => void (openHandler = handler),
    closeDevTools: () => void closedDevTools++,
  } satisfies HardenedContentsLike;
  const emitPreventable = (event: string, ...rest: unknown[]) => {
    let prevented = false;
    const fn = listeners.get(event) as ((...args: unknown[]) => unknown) | undefined;
    fn?.({ preventDefault: () => (prevented = true), url: rest[0] }, rest[1]);
    return prevented;
  };
  return {
    stub,
    navigate: (url: string) => emitPreventable('will-navigate', url),
    redirect: (url: string) => emitPreventable('will-redirect', url),
    key: (input: Partial<KeyInput>) =>
      emitPreventable('before-input-event', undefined, {
        type: 'keyDown',
        key: '',
        control: false,
        meta: false,
        shift: false,
        alt: false,
        ...input,
      }),
    openDevTools: () => (listeners.get('devtools-opened') as (() => void) | undefined)?.(),
    openWindow: () => openHandler?.(),
    attachWebview: () => emitPreventable('will-attach-webview'),
    closedDevTools: () => closedDevTools,
    has: (event: string) => listeners.has(event),
  };
}

/** A session stand-in: what the request filter answers for a URL. */
function pdfSession() {
  let filter: ((details: { url: string }, callback: (r: { cancel: boolean }) => void) => void) | null = null;
  const permissions: boolean[] = [];
  const session = {
    webRequest: { onBeforeRequest: (listener: NonNullable<typeof filter>) => void (filter = listener) },
    setPermissionRequestHandler: (handler) => handler({}, 'media', (granted) => permissions.push(granted)),
    setPermissionCheckHandler: (handler) => permissions.push(handler({}, 'notifications')),
  } satisfies RequestSessionLike;
  const loads = (url: string): boolean => {
    let cancelled: boolean | null = null;
    filter?.({ url }, (r) => (cancelled = r.cancel));
    if (cancelled === null) throw new Error('the filter did not answer');
    return !cancelled;
  };
  return { session, loads, permissions };
}

describe('hardening', () => {
  it('registers app:// as a standard, secure scheme with fetch', () => {
    const schemes: unknown[] = [];
    registerAppScheme({ registerSchemesAsPrivileged: (s) => void schemes.push(...s) });
    expect(schemes).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
  });

  it('grants only the listed permissions', () => {
    const answers: Record<string, boolean> = {};
    const checks: Record<string, boolean> = {};
    limitPermissions(
      {
        setPermissionRequestHandler: (handler) => {
          for (const p of ['notifications', 'media', 'geolocation']) handler({}, p, (g) => (answers[p] = g));
        },
        setPermissionCheckHandler: (handler) => {
          for (const p of ['notifications', 'clipboard-read']) checks[p] = handler({}, p);
        },
      },
      ['notifications'],
    );
    expect(answers).toEqual({ notifications: true, media: false, geolocation: false });
    expect(checks).toEqual({ notifications: true, 'clipboard-read': false });
  });

  it('keeps every web contents on app://rapport: no navigation, redirect, window or webview elsewhere', () => {
    const c = contents();
    hardenWebContents(c.stub, { allowDevTools: true });
    expect(c.navigate('https://evil.example/')).toBe(true);
    expect(c.navigate('file:///etc/passwd')).toBe(true);
    expect(c.navigate('app://rapportx.evil/')).toBe(true);
    expect(c.navigate('app://rapport/index.html')).toBe(false);
    expect(c.redirect('https://evil.example/')).toBe(true);
    expect(c.openWindow()).toEqual({ action: 'deny' });
    expect(c.attachWebview()).toBe(true);
  });

  it('recognises the DevTools shortcuts on every platform', () => {
    const key = (input: Partial<KeyInput>): KeyInput => ({
      type: 'keyDown',
      key: 'I',
      control: false,
      meta: false,
      shift: false,
      alt: false,
      ...input,
    });
    expect(isDevToolsShortcut(key({ key: 'F12' }))).toBe(true);
    expect(isDevToolsShortcut(key({ control: true, shift: true }))).toBe(true);
    expect(isDevToolsShortcut(key({ key: 'J', control: true, shift: true }))).toBe(true);
    expect(isDevToolsShortcut(key({ meta: true, alt: true }))).toBe(true);
    expect(isDevToolsShortcut(key({ control: true }))).toBe(false); // Ctrl+I: italic, not DevTools
    expect(isDevToolsShortcut(key({ key: 'L', control: true, shift: true }))).toBe(false); // quick log
    expect(isDevToolsShortcut(key({ key: 'F12', type: 'keyUp' }))).toBe(false);
  });

  it('in a packaged app swallows the DevTools shortcut and closes DevTools that open anyway', () => {
    const c = contents();
    hardenWebContents(c.stub, { allowDevTools: false });
    expect(c.key({ key: 'F12' })).toBe(true);
    expect(c.key({ key: 'I', control: true, shift: true })).toBe(true);
    expect(c.key({ key: 'n', control: true })).toBe(false); // Ctrl+N still logs a conversation
    c.openDevTools();
    expect(c.closedDevTools()).toBe(1);
  });

  it('in development leaves DevTools alone', () => {
    const c = contents();
    hardenWebContents(c.stub, { allowDevTools: true });
    expect(c.has('before-input-event')).toBe(false);
    expect(c.has('devtools-opened')).toBe(false);
  });
});

describe('the PDF session', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'rapport-pdf-test-'));
  const file = path.join(dir, 'summary.html');
  const other = path.join(dir, 'other.html');
  writeFileSync(file, '<p>x</p>');
  writeFileSync(other, '<p>secret</p>');

  it('loads nothing while no file is being printed, and has no permissions', () => {
    const { session, loads, permissions } = pdfSession();
    guardPdfSession(session);
    expect(loads(pathToFileURL(file).href)).toBe(false);
    expect(permissions).toEqual([false, false]);
  });

  it('loads only its own temporary file while printing it: no other file, data:, http or app:', () => {
    const { session, loads } = pdfSession();
    const guard = guardPdfSession(session);
    const revoke = guard.allow(file);
    expect(loads(pathToFileURL(file).href)).toBe(true);
    expect(loads(pathToFileURL(other).href)).toBe(false);
    expect(loads(pathToFileURL(path.join(dir, '..', 'etc', 'passwd')).href)).toBe(false);
    expect(loads(`${pathToFileURL(dir).href}/`)).toBe(false);
    expect(loads('data:text/html,<p>x</p>')).toBe(false);
    expect(loads('https://tracker.example/pixel.png')).toBe(false);
    expect(loads('app://rapport/index.html')).toBe(false);
    expect(loads('file://remote-host/share/summary.html')).toBe(false);
    revoke();
    expect(loads(pathToFileURL(file).href)).toBe(false);
  });

  it('renderPdf allows the file it wrote while the window loads it, and takes it back after', async () => {
    const { session, loads } = pdfSession();
    const guard = guardPdfSession(session);
    let loadedUrl = '';
    let allowedWhileLoading = false;
    await renderPdf(
      '<p>x</p>',
      'W48',
      () => ({
        loadFile: async (f) => {
          loadedUrl = pathToFileURL(f).href;
          allowedWhileLoading = loads(loadedUrl);
        },
        webContents: { printToPDF: async () => new Uint8Array([1]) },
        destroy: () => undefined,
      }),
      guard.allow,
    );
    expect(allowedWhileLoading).toBe(true);
    expect(loads(loadedUrl)).toBe(false);
  });
});
