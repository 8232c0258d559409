/**
 * The browser implementation of the bridge, for `npm run web` and the end-to-end tests:
 * settings in localStorage, files as downloads and file pickers, PDF through the print dialog.
 */
import type { Bridge, CommandArgs, CommandName, CommandResult, Result } from '../../shared/ipc/contract';
import { DEFAULT_SETTINGS, type Language, type Settings } from '../../shared/domain/settings';
import { settingsSchema } from '../../shared/domain/schemas';
import type { Capabilities } from './capabilities';

const SETTINGS_KEY = 'rapport.settings';

function ok<T>(data: T): Result<T> {
  return { ok: true, data };
}

function readSettings(): Settings {
  const raw = localStorage.getItem(SETTINGS_KEY);
  if (!raw) return { ...DEFAULT_SETTINGS };
  try {
    const parsed = settingsSchema.partial().safeParse(JSON.parse(raw));
    return { ...DEFAULT_SETTINGS, ...(parsed.success ? parsed.data : {}) };
  } catch {
    return { ...DEFAULT_SETTINGS };
  }
}

function osLanguage(): Language {
  return navigator.language.toLowerCase().startsWith('ru') ? 'ru' : 'en';
}

function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * The file's bytes as base64, encoded by the browser off the main thread (a data: URL), so a
 * 25 MB backup does not freeze the page the way a byte loop and btoa would.
 */
function fileToBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      const comma = url.indexOf(',');
      resolve(comma < 0 ? '' : url.slice(comma + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsDataURL(file);
  });
}

function download(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function pickFile(accept: string): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.style.display = 'none';
    input.addEventListener('change', () => resolve(input.files?.[0] ?? null), { once: true });
    input.addEventListener('cancel', () => resolve(null), { once: true });
    document.body.append(input);
    input.click();
    input.remove();
  });
}

function printHtml(html: string): void {
  const frame = document.createElement('iframe');
  frame.style.position = 'fixed';
  frame.style.width = '0';
  frame.style.height = '0';
  frame.style.border = '0';
  frame.srcdoc = html;
  frame.addEventListener('load', () => {
    frame.contentWindow?.print();
    setTimeout(() => frame.remove(), 60_000);
  });
  document.body.append(frame);
}

type Handlers = { [K in CommandName]: (args: CommandArgs<K>) => Promise<Result<CommandResult<K>>> };

const handlers: Handlers = {
  'app:info': async () =>
    ok({
      version: import.meta.env.VITE_APP_VERSION ?? '0.0.0',
      platform: 'web',
      userDataPath: 'IndexedDB (this browser profile)',
      isElectron: false,
      osLanguage: osLanguage(),
    }),
  'settings:get': async () => ok(readSettings()),
  'settings:set': async (patch) => {
    const next = settingsSchema.safeParse({ ...readSettings(), ...patch });
    if (!next.success) return { ok: false, error: { code: 'invalid-payload', message: next.error.message } };
    localStorage.setItem(SETTINGS_KEY, JSON.stringify(next.data));
    return ok(next.data);
  },
  'file:save': async ({ suggestedName, content, encoding, blob: given }) => {
    const blob =
      given ??
      (encoding === 'base64'
        ? new Blob([base64ToBytes(content)])
        : new Blob([content], { type: 'text/plain;charset=utf-8' }));
    download(suggestedName, blob);
    return ok({ path: suggestedName, name: suggestedName });
  },
  'file:open': async ({ filters }) => {
    const accept = filters.flatMap((f) => f.extensions.map((e) => `.${e}`)).join(',');
    const file = await pickFile(accept);
    if (!file) return ok(null);
    return ok({ name: file.name, base64: await fileToBase64(file) });
  },
  'pdf:save': async ({ html }) => {
    printHtml(html);
    return ok(null);
  },
  'backup:writeAuto': async () => ({
    ok: false,
    error: { code: 'unsupported', message: 'Automatic backups to a folder need the desktop app.' },
  }),
  'backup:status': async () => ok({ folder: '', lastBackupAt: readSettings().lastBackupAt, files: [] }),
  'backup:chooseFolder': async () => ({
    ok: false,
    error: { code: 'unsupported', message: 'Choosing a folder needs the desktop app.' },
  }),
  'backup:openFolder': async () => ({
    ok: false,
    error: { code: 'unsupported', message: 'Opening a folder needs the desktop app.' },
  }),
  'notify:show': async ({ title, body }) => {
    if (typeof Notification !== 'undefined' && Notification.permission === 'granted') {
      new Notification(title, { body });
      return ok({ shown: true });
    }
    return ok({ shown: false });
  },
  'shortcut:set': async () => ok({ registered: false }),
};

/** Downloads, the print dialog, no backups folder, no global shortcut. */
export const WEB_CAPABILITIES: Capabilities = {
  saveAsksWhere: false,
  hasBackupsFolder: false,
  printsPdf: false,
  globalShortcut: false,
  savesBlobs: true,
};

export function createWebBridge(): Bridge {
  return {
    invoke: (name, args) => handlers[name](args),
    on: () => () => undefined,
    readyToQuit: () => undefined,
  };
}
