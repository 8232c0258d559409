/**
 * What the main process locks down, each piece taking the Electron object it configures as a
 * parameter (main.ts passes the real ones, tests pass stand-ins):
 * - the app:// scheme's privileges (before `ready`);
 * - permissions: notifications only, in the app's session; none in the PDF printer's;
 * - every web contents: no navigation away from app://rapport, no new windows, no <webview>,
 *   and in a packaged app no DevTools (the shortcut is swallowed, an opened one is closed);
 * - the PDF printer's session loads nothing but the temporary file it is printing.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { APP_ORIGIN, APP_SCHEME } from './appProtocol';

export interface ProtocolLike {
  registerSchemesAsPrivileged(
    schemes: { scheme: string; privileges: { standard: boolean; secure: boolean; supportFetchAPI: boolean } }[],
  ): void;
}

/** app:// is standard and secure, so IndexedDB and fetch work for the app://rapport origin. */
export function registerAppScheme(protocol: ProtocolLike): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

export interface PermissionSessionLike {
  setPermissionRequestHandler(
    handler: (webContents: unknown, permission: string, callback: (granted: boolean) => void) => void,
  ): void;
  setPermissionCheckHandler(handler: (webContents: unknown, permission: string) => boolean): void;
}

/** Grants `allowed` permissions (the nudges need notifications) and refuses every other. */
export function limitPermissions(session: PermissionSessionLike, allowed: readonly string[]): void {
  session.setPermissionRequestHandler((_wc, permission, callback) => callback(allowed.includes(permission)));
  session.setPermissionCheckHandler((_wc, permission) => allowed.includes(permission));
}

/** The keys of Electron's `Input` a DevTools shortcut is made of. */
export interface KeyInput {
  type: string;
  key: string;
  control: boolean;
  meta: boolean;
  shift: boolean;
  alt: boolean;
}

/** F12, Ctrl+Shift+I/J/C (Windows, Linux) and Cmd+Alt+I/J/C (macOS). */
export function isDevToolsShortcut(input: KeyInput): boolean {
  if (input.type !== 'keyDown') return false;
  const key = input.key.toLowerCase();
  if (key === 'f12') return true;
  if (!['i', 'j', 'c'].includes(key)) return false;
  return (input.control && input.shift && !input.alt) || (input.meta && input.alt);
}

interface Preventable {
  preventDefault(): void;
}

/** The part of Electron's WebContents the hardening uses. */
export interface HardenedContentsLike {
  on(event: 'will-navigate' | 'will-redirect', listener: (event: Preventable & { url: string }) => void): void;
  on(event: 'will-attach-webview', listener: (event: Preventable) => void): void;
  on(event: 'before-input-event', listener: (event: Preventable, input: KeyInput) => void): void;
  on(event: 'devtools-opened', listener: () => void): void;
  setWindowOpenHandler(handler: () => { action: 'deny' }): void;
  closeDevTools(): void;
}

export function isAppUrl(url: string): boolean {
  return url.startsWith(`${APP_ORIGIN}/`);
}

/** Locks down one web contents (called for every one, from `web-contents-created`). */
export function hardenWebContents(contents: HardenedContentsLike, options: { allowDevTools: boolean }): void {
  contents.on('will-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-attach-webview', (event) => event.preventDefault());
  if (options.allowDevTools) return;
  // `devTools: false` in webPreferences already refuses to open them; this is the second lock.
  contents.on('before-input-event', (event, input) => {
    if (isDevToolsShortcut(input)) event.preventDefault();
  });
  contents.on('devtools-opened', () => contents.closeDevTools());
}

export interface RequestSessionLike extends PermissionSessionLike {
  webRequest: {
    onBeforeRequest(
      listener: (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void,
    ): void;
  };
}

/** The local path a `file:` URL names, or null for any other URL (or a remote `file://host/`). */
function localPathOf(url: string): string | null {
  if (!url.startsWith('file:')) return null;
  try {
    return fileURLToPath(url);
  } catch {
    return null;
  }
}

function samePath(a: string, b: string): boolean {
  const na = path.normalize(a);
  const nb = path.normalize(b);
  return process.platform === 'win32' ? na.toLowerCase() === nb.toLowerCase() : na === nb;
}

/**
 * The PDF printer's session: no permissions, and every request is cancelled except for the
 * temporary HTML file being printed at that moment (`allow` returns the function that takes
 * the permission back). Not a stylesheet, not a `data:` image, not another local file.
 */
export function guardPdfSession(session: RequestSessionLike): { allow(file: string): () => void } {
  const allowed = new Set<string>();
  limitPermissions(session, []);
  session.webRequest.onBeforeRequest((details, callback) => {
    const file = localPathOf(details.url);
    const ok = file !== null && [...allowed].some((a) => samePath(a, file));
    callback({ cancel: !ok });
  });
  return {
    allow(file) {
      const resolved = path.resolve(file);
      allowed.add(resolved);
      return () => allowed.delete(resolved);
    },
  };
}
