/**
 * The main window: its secure options, remembered size and position, the quit guard on close,
 * and `show()` (restore, show, focus), which the second instance, the quick-log shortcut, the
 * menu and a clicked notification all use. Electron's BrowserWindow arrives as `newWindow`, so
 * this runs (and is tested) in Node.
 */
import type { EventName, Events } from '../shared/ipc/contract';
import { READY_TO_QUIT_CHANNEL } from '../shared/ipc/contract';
import { createQuitGuard } from './quitGuard';
import type { SettingsStore } from './settingsStore';
import { initialBounds, MIN_SIZE, type Rect, type WindowState } from './windowState';

/** The web preferences every window of ours has; DevTools only outside a packaged app. */
export function secureWebPreferences(isPackaged: boolean) {
  return {
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    devTools: !isPackaged,
  };
}

export interface MainWindowOptionsInput {
  bounds: WindowState;
  preloadPath: string;
  iconPath: string;
  dark: boolean;
  isPackaged: boolean;
}

export function mainWindowOptions({ bounds, preloadPath, iconPath, dark, isPackaged }: MainWindowOptionsInput) {
  return {
    ...(bounds.x !== undefined && bounds.y !== undefined ? { x: bounds.x, y: bounds.y } : {}),
    width: bounds.width,
    height: bounds.height,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    show: false,
    title: 'Rapport',
    icon: iconPath,
    backgroundColor: dark ? '#16181d' : '#ffffff',
    webPreferences: { ...secureWebPreferences(isPackaged), preload: preloadPath, spellcheck: true },
  };
}

/** The hidden PDF printer: no preload, no JavaScript, its own guarded session. */
export function pdfWindowOptions(isPackaged: boolean, partition: string) {
  return {
    show: false,
    webPreferences: { ...secureWebPreferences(isPackaged), javascript: false, partition },
  };
}

interface Preventable {
  preventDefault(): void;
}

/** The part of Electron's BrowserWindow the main window uses. */
export interface WindowLike {
  on(event: 'resize' | 'move' | 'closed', listener: () => void): void;
  on(event: 'close', listener: (event: Preventable) => void): void;
  once(event: 'ready-to-show', listener: () => void): void;
  isDestroyed(): boolean;
  isMinimized(): boolean;
  isMaximized(): boolean;
  getNormalBounds(): Rect;
  maximize(): void;
  restore(): void;
  show(): void;
  focus(): void;
  close(): void;
  loadURL(url: string): Promise<void>;
  webContents: {
    send(channel: string, payload: unknown): void;
    once(event: 'did-finish-load', listener: () => void): void;
  };
}

/** The part of an IpcMainEvent the ready-to-quit check reads. */
export interface ReadyEventLike {
  sender: unknown;
  senderFrame: { url: string } | null;
}

export interface IpcMainListenLike {
  on(channel: string, listener: (event: ReadyEventLike) => void): void;
  removeListener(channel: string, listener: (event: ReadyEventLike) => void): void;
}

export interface MainWindowDeps<W extends WindowLike> {
  /** `(options) => new BrowserWindow(options)`. */
  newWindow(options: ReturnType<typeof mainWindowOptions>): W;
  /** The work areas of the displays now connected, and the primary one's. */
  displays(): { primary: Rect; all: Rect[] };
  settings: Pick<SettingsStore, 'getWindowState' | 'setWindowState' | 'getSettings' | 'recoveredFrom'>;
  ipcMain: IpcMainListenLike;
  isTrustedSender(event: ReadyEventLike): boolean;
  /** True once the app itself is quitting (not just this window closing). */
  isQuitting(): boolean;
  quit(): void;
  startUrl: string;
  preloadPath: string;
  iconPath: string;
  isPackaged: boolean;
  darkBackground(): boolean;
  /** How long after the last move or resize the bounds are saved. */
  saveDelayMs?: number;
}

export function createMainWindow<W extends WindowLike>(deps: MainWindowDeps<W>) {
  let current: W | null = null;

  const send = <E extends EventName>(event: E, payload: Events[E]): boolean => {
    if (!current || current.isDestroyed()) return false;
    current.webContents.send(event, payload);
    return true;
  };

  /** Brings the window to the front (restoring it from the taskbar first). */
  const show = (): void => {
    if (!current || current.isDestroyed()) return;
    if (current.isMinimized()) current.restore();
    current.show();
    current.focus();
  };

  const open = (): W => {
    const { primary, all } = deps.displays();
    const bounds = initialBounds(deps.settings.getWindowState(), all, primary);
    const win = deps.newWindow(
      mainWindowOptions({
        bounds,
        preloadPath: deps.preloadPath,
        iconPath: deps.iconPath,
        dark: deps.darkBackground(),
        isPackaged: deps.isPackaged,
      }),
    );
    current = win;
    if (bounds.maximized) win.maximize();
    win.once('ready-to-show', () => win.show());

    const saveState = () => {
      if (win.isDestroyed()) return;
      deps.settings.setWindowState({ ...win.getNormalBounds(), maximized: win.isMaximized() });
    };
    let saveTimer: ReturnType<typeof setTimeout> | undefined;
    const saveSoon = () => {
      clearTimeout(saveTimer);
      saveTimer = setTimeout(saveState, deps.saveDelayMs ?? 500);
    };
    win.on('resize', saveSoon);
    win.on('move', saveSoon);

    const guard = createQuitGuard({
      lastBackupAt: () => deps.settings.getSettings().lastBackupAt,
      askRenderer: () => send('backup:beforeQuit', null),
      proceed: () => (deps.isQuitting() ? deps.quit() : win.close()),
    });
    const onReady = (event: ReadyEventLike) => {
      if (event.sender === win.webContents && deps.isTrustedSender(event)) guard.rendererReady();
    };
    deps.ipcMain.on(READY_TO_QUIT_CHANNEL, onReady);

    win.on('close', (event) => {
      clearTimeout(saveTimer);
      saveState();
      if (guard.shouldHoldClose()) event.preventDefault();
    });
    win.on('closed', () => {
      deps.ipcMain.removeListener(READY_TO_QUIT_CHANNEL, onReady);
      if (current === win) current = null;
    });

    // Told after load; the preload keeps it until the renderer subscribes.
    const recoveredFrom = deps.settings.recoveredFrom;
    if (recoveredFrom) {
      win.webContents.once('did-finish-load', () => send('settings:recovered', { movedTo: recoveredFrom }));
    }
    void win.loadURL(deps.startUrl);
    return win;
  };

  return {
    open,
    show,
    send,
    get window(): W | null {
      return current;
    },
  };
}
