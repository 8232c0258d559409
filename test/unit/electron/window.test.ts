import { describe, expect, it } from 'vitest';
import {
  createMainWindow,
  type mainWindowOptions,
  pdfWindowOptions,
  type MainWindowDeps,
  type ReadyEventLike,
  type WindowLike,
} from '../../../electron/window';
import { DEFAULT_SETTINGS } from '../../../shared/domain/settings';
import type { WindowState } from '../../../electron/windowState';

type Listener = (...args: never[]) => unknown;

class StandInWindow implements WindowLike {
  listeners = new Map<string, Listener[]>();
  sent: { channel: string; payload: unknown }[] = [];
  minimized = false;
  shown = 0;
  restored = 0;
  focused = 0;
  closed = 0;
  url = '';
  constructor(readonly options: ReturnType<typeof mainWindowOptions>) {}
  on(event: string, listener: Listener) {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
  }
  once(event: string, listener: Listener) {
    this.on(event, listener);
  }
  emit(event: string, ...args: unknown[]) {
    for (const fn of this.listeners.get(event) ?? []) (fn as (...a: unknown[]) => unknown)(...args);
  }
  isDestroyed = () => false;
  isMinimized = () => this.minimized;
  isMaximized = () => false;
  getNormalBounds = () => ({ x: 5, y: 6, width: 1200, height: 800 });
  maximize() {}
  restore() {
    this.restored++;
    this.minimized = false;
  }
  show() {
    this.shown++;
  }
  focus() {
    this.focused++;
  }
  close() {
    this.closed++;
  }
  loadURL(url: string) {
    this.url = url;
    return Promise.resolve();
  }
  webContents = {
    send: (channel: string, payload: unknown) => void this.sent.push({ channel, payload }),
    once: () => undefined,
  };
}

function harness(overrides: Partial<MainWindowDeps<StandInWindow>> = {}) {
  const windows: StandInWindow[] = [];
  const saved: WindowState[] = [];
  const ready = new Map<string, (event: ReadyEventLike) => void>();
  const controller = createMainWindow<StandInWindow>({
    newWindow: (options) => {
      const win = new StandInWindow(options);
      windows.push(win);
      return win;
    },
    displays: () => ({
      primary: { x: 0, y: 0, width: 1920, height: 1080 },
      all: [{ x: 0, y: 0, width: 1920, height: 1080 }],
    }),
    settings: {
      getWindowState: () => null,
      setWindowState: (state) => void saved.push(state),
      getSettings: () => DEFAULT_SETTINGS,
      recoveredFrom: null,
    },
    ipcMain: {
      on: (channel, listener) => void ready.set(channel, listener),
      removeListener: (channel) => void ready.delete(channel),
    },
    isTrustedSender: () => true,
    isQuitting: () => false,
    quit: () => undefined,
    startUrl: 'app://rapport/index.html',
    preloadPath: '/app/dist-electron/preload.cjs',
    iconPath: '/app/build/icon.png',
    isPackaged: true,
    darkBackground: () => false,
    ...overrides,
  });
  return { controller, windows, saved, ready };
}

describe('the main window', () => {
  it('has no DevTools in a packaged app, and carries the Rapport icon', () => {
    const { controller, windows } = harness();
    controller.open();
    expect(windows[0]?.options.webPreferences).toMatchObject({
      devTools: false,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      preload: '/app/dist-electron/preload.cjs',
    });
    expect(windows[0]?.options.icon).toBe('/app/build/icon.png');
    expect(windows[0]?.url).toBe('app://rapport/index.html');
    expect(pdfWindowOptions(true, 'rapport-pdf').webPreferences).toMatchObject({
      devTools: false,
      javascript: false,
      partition: 'rapport-pdf',
    });
    expect(pdfWindowOptions(false, 'p').webPreferences.devTools).toBe(true);
  });

  it('show() restores a minimised window, shows and focuses it; does nothing without one', () => {
    const { controller, windows } = harness();
    controller.show();
    controller.open();
    const win = windows[0];
    if (!win) throw new Error('no window');
    win.minimized = true;
    controller.show();
    expect([win.restored, win.shown, win.focused]).toEqual([1, 1, 1]);
    controller.show();
    expect([win.restored, win.shown, win.focused]).toEqual([1, 2, 2]);
  });

  it('sends events to the open window only', () => {
    const { controller, windows } = harness();
    expect(controller.send('ui:logConversation', null)).toBe(false);
    controller.open();
    expect(controller.send('ui:logConversation', null)).toBe(true);
    expect(windows[0]?.sent).toEqual([{ channel: 'ui:logConversation', payload: null }]);
    windows[0]?.emit('closed');
    expect(controller.window).toBeNull();
    expect(controller.send('ui:logConversation', null)).toBe(false);
  });

  it('saves its bounds on close and holds the close until the renderer has backed up', () => {
    const { controller, windows, saved, ready } = harness();
    controller.open();
    const win = windows[0];
    if (!win) throw new Error('no window');
    let prevented = false;
    win.emit('close', { preventDefault: () => (prevented = true) });
    expect(saved.at(-1)).toEqual({ x: 5, y: 6, width: 1200, height: 800, maximized: false });
    expect(prevented).toBe(true);
    expect(win.sent.at(-1)).toEqual({ channel: 'backup:beforeQuit', payload: null });
    ready.get('app:readyToQuit')?.({ sender: win.webContents, senderFrame: { url: 'app://rapport/index.html' } });
    expect(win.closed).toBe(1);
  });
});
