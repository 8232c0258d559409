/**
 * main.ts is the wiring of the tested modules to Electron. Electron's binary cannot run here,
 * so this drives main.ts against a small stand-in of the Electron API (recording what main
 * asks for), with a real settings file (conf, electron-store's base class) in a temp folder.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { COMMAND_NAMES } from '../../../shared/ipc/contract';

type Listener = (...args: unknown[]) => unknown;

const fake = vi.hoisted(() => {
  const on = (target: Map<string, Listener[]>) => (event: string, fn: Listener) => {
    target.set(event, [...(target.get(event) ?? []), fn]);
  };
  const emit = (target: Map<string, Listener[]>, event: string, ...args: unknown[]) =>
    (target.get(event) ?? []).map((fn) => fn(...args));

  const state = {
    userData: '',
    appPath: '',
    appEvents: new Map<string, Listener[]>(),
    privileged: [] as unknown[],
    protocolHandlers: new Map<string, (request: Request) => Promise<Response>>(),
    permissionRequest: null as null | Listener,
    ipcHandlers: new Map<string, Listener>(),
    ipcListeners: new Map<string, Listener[]>(),
    shortcuts: new Map<string, () => void>(),
    menu: null as unknown,
    windows: [] as FakeWindow[],
    quit: 0,
  };

  class FakeWebContents {
    events = new Map<string, Listener[]>();
    sent: { channel: string; payload: unknown }[] = [];
    on = on(this.events);
    once = on(this.events);
    send(channel: string, payload: unknown) {
      this.sent.push({ channel, payload });
    }
    setWindowOpenHandler() {}
    closeDevTools() {}
  }

  class FakeWindow {
    static getAllWindows = () => state.windows.filter((w) => !w.destroyed);
    events = new Map<string, Listener[]>();
    webContents = new FakeWebContents();
    url = '';
    shown = 0;
    closed = 0;
    destroyed = false;
    on = on(this.events);
    once = on(this.events);
    constructor(readonly options: { webPreferences?: Record<string, unknown> }) {
      state.windows.push(this);
    }
    loadURL(url: string) {
      this.url = url;
      return Promise.resolve();
    }
    emit(event: string, ...args: unknown[]) {
      return emit(this.events, event, ...args);
    }
    show() {
      this.shown++;
    }
    focus() {}
    restored = 0;
    minimized = false;
    restore() {
      this.restored++;
      this.minimized = false;
    }
    maximize() {}
    isMinimized = () => this.minimized;
    isMaximized = () => false;
    isDestroyed = () => this.destroyed;
    getNormalBounds = () => ({ x: 10, y: 20, width: 1300, height: 820 });
    close() {
      this.closed++;
    }
    destroy() {
      this.destroyed = true;
    }
  }

  const workArea = { x: 0, y: 0, width: 1920, height: 1080 };
  const module = {
    app: {
      setPath: (name: string, value: string) => {
        if (name === 'userData') state.userData = value;
      },
      getPath: (name: string) => (name === 'userData' ? state.userData : path.join(state.userData, name)),
      setAppUserModelId: () => undefined,
      requestSingleInstanceLock: () => true,
      on: on(state.appEvents),
      whenReady: () => Promise.resolve(),
      getLocale: () => 'ru-RU',
      getPreferredSystemLanguages: () => ['ru-RU'],
      getAppPath: () => state.appPath,
      getVersion: () => '0.1.0',
      isPackaged: false,
      quit: () => {
        state.quit++;
      },
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => state.privileged.push(...schemes),
      handle: (scheme: string, handler: (request: Request) => Promise<Response>) =>
        state.protocolHandlers.set(scheme, handler),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (fn: Listener) => {
          state.permissionRequest = fn;
        },
        setPermissionCheckHandler: () => undefined,
      },
      fromPartition: () => ({
        webRequest: { onBeforeRequest: () => undefined },
        setPermissionRequestHandler: () => undefined,
        setPermissionCheckHandler: () => undefined,
      }),
    },
    ipcMain: {
      handle: (channel: string, fn: Listener) => state.ipcHandlers.set(channel, fn),
      on: on(state.ipcListeners),
      removeListener: () => undefined,
    },
    globalShortcut: {
      register: (accelerator: string, fn: () => void) => {
        state.shortcuts.set(accelerator, fn);
        return true;
      },
      unregister: (accelerator: string) => state.shortcuts.delete(accelerator),
      unregisterAll: () => state.shortcuts.clear(),
    },
    Menu: {
      buildFromTemplate: (template: unknown) => template,
      setApplicationMenu: (menu: unknown) => {
        state.menu = menu;
      },
    },
    screen: { getPrimaryDisplay: () => ({ workArea }), getAllDisplays: () => [{ workArea }] },
    nativeTheme: { shouldUseDarkColors: false },
    Notification: Object.assign(class {}, { isSupported: () => false }),
    BrowserWindow: FakeWindow,
    dialog: {},
    shell: {},
  };
  return { state, module, emit, FakeWindow, FakeWebContents };
});

vi.mock('electron', () => ({ ...fake.module, default: fake.module }));
vi.mock('electron-store', async () => {
  const { default: Conf } = await import('conf');
  return {
    default: class extends Conf<Record<string, unknown>> {
      constructor({ name, ...options }: { name: string; cwd: string }) {
        super({ ...options, configName: name });
      }
    },
  };
});

const trustedEvent = () => ({
  sender: fake.state.windows[0]?.webContents,
  senderFrame: { url: 'app://rapport/index.html' },
});

beforeAll(async () => {
  const root = mkdtempSync(path.join(tmpdir(), 'rapport-main-'));
  fake.state.userData = path.join(root, 'userData');
  fake.state.appPath = path.join(root, 'app');
  mkdirSync(fake.state.userData, { recursive: true });
  mkdirSync(path.join(fake.state.appPath, 'dist', 'renderer'), { recursive: true });
  writeFileSync(
    path.join(fake.state.appPath, 'dist', 'renderer', 'index.html'),
    '<!doctype html><title>Rapport</title>',
  );
  writeFileSync(path.join(fake.state.userData, 'settings.json'), '{ not json');
  await import('../../../electron/main');
  await vi.waitFor(() => expect(fake.state.windows.length).toBe(1));
});

describe('main process wiring', () => {
  it('registers app:// as a standard, secure scheme and serves dist/renderer from it', async () => {
    expect(fake.state.privileged).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    const response = await fake.state.protocolHandlers.get('app')?.(new Request('app://rapport/index.html'));
    expect(response?.status).toBe(200);
    expect(response?.headers.get('content-security-policy')).toContain("script-src 'self'");
  });

  it('opens one secure window on app://rapport/index.html', () => {
    const win = fake.state.windows[0];
    expect(win?.url).toBe('app://rapport/index.html');
    expect(win?.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      preload: expect.stringMatching(/preload\.cjs$/),
      devTools: true, // not packaged: a developer's run
    });
    expect(win?.options).toMatchObject({ icon: expect.stringMatching(/build[\\/]icon\.png$/) });
  });

  it('a second launch restores and shows the running window (the same showWindow)', () => {
    const win = fake.state.windows[0];
    if (!win) throw new Error('no window');
    win.minimized = true;
    const shown = win.shown;
    const restored = win.restored;
    fake.emit(fake.state.appEvents, 'second-instance');
    expect(win.restored).toBe(restored + 1);
    expect(win.shown).toBe(shown + 1);
    expect(fake.state.windows.length).toBe(1);
  });

  it('registers every command, guarded by the sender check', async () => {
    expect([...fake.state.ipcHandlers.keys()].sort()).toEqual([...COMMAND_NAMES].sort());
    const get = fake.state.ipcHandlers.get('app:info');
    expect(await get?.(trustedEvent(), null)).toMatchObject({ ok: true, data: { isElectron: true, osLanguage: 'ru' } });
    expect(await get?.({ sender: null, senderFrame: { url: 'https://evil.example/' } }, null)).toMatchObject({
      ok: false,
      error: { code: 'forbidden-sender' },
    });
  });

  it('moves the corrupted settings file aside and tells the renderer after load', () => {
    const win = fake.state.windows[0];
    fake.emit(win?.webContents.events ?? new Map(), 'did-finish-load');
    const recovered = win?.webContents.sent.find((m) => m.channel === 'settings:recovered');
    expect(recovered?.payload).toEqual({ movedTo: expect.stringMatching(/settings\.corrupt-.*\.json$/) });
  });

  it('builds a Russian menu (OS locale) whose "Log conversation" sends the event', () => {
    type Item = { label?: string; accelerator?: string; click?: () => void; submenu?: Item[] };
    const items = (fake.state.menu as Item[]).flatMap((i) => [i, ...(i.submenu ?? [])]);
    const log = items.find((i) => i.accelerator === 'CmdOrCtrl+N');
    expect(log?.label).toBe('Записать разговор');
    log?.click?.();
    expect(fake.state.windows[0]?.webContents.sent.at(-1)).toEqual({ channel: 'ui:logConversation', payload: null });
  });

  it('registers the default quick-log shortcut, which shows the window and opens the dialog', () => {
    const win = fake.state.windows[0];
    const shown = win?.shown ?? 0;
    fake.state.shortcuts.get('CommandOrControl+Shift+L')?.();
    expect(win?.shown).toBe(shown + 1);
    expect(win?.webContents.sent.at(-1)).toEqual({ channel: 'ui:logConversation', payload: null });
  });

  it('denies navigation away, new windows and permissions other than notifications', () => {
    const contents = new fake.FakeWebContents();
    let openHandler: (() => unknown) | null = null;
    contents.setWindowOpenHandler = ((fn: () => unknown) => {
      openHandler = fn;
    }) as () => void;
    fake.emit(fake.state.appEvents, 'web-contents-created', {}, contents);
    const navigate = (url: string) => {
      let prevented = false;
      fake.emit(contents.events, 'will-navigate', { url, preventDefault: () => (prevented = true) });
      return prevented;
    };
    expect(navigate('https://evil.example/')).toBe(true);
    expect(navigate('file:///etc/passwd')).toBe(true);
    expect(navigate('app://rapport/index.html')).toBe(false);
    expect((openHandler as (() => unknown) | null)?.()).toEqual({ action: 'deny' });

    const answers: Record<string, boolean> = {};
    for (const permission of ['notifications', 'media', 'geolocation']) {
      fake.state.permissionRequest?.({}, permission, (granted: boolean) => (answers[permission] = granted));
    }
    expect(answers).toEqual({ notifications: true, media: false, geolocation: false });
  });

  it('on close without a recent backup, asks the renderer and closes once it is ready', () => {
    const win = fake.state.windows[0];
    let prevented = false;
    fake.emit(win?.events ?? new Map(), 'close', { preventDefault: () => (prevented = true) });
    expect(prevented).toBe(true);
    expect(win?.webContents.sent.at(-1)).toEqual({ channel: 'backup:beforeQuit', payload: null });
    expect(win?.closed).toBe(0);
    fake.emit(fake.state.ipcListeners, 'app:readyToQuit', trustedEvent());
    expect(win?.closed).toBe(1);
    let preventedAgain = false;
    fake.emit(win?.events ?? new Map(), 'close', { preventDefault: () => (preventedAgain = true) });
    expect(preventedAgain).toBe(false);
  });
});
