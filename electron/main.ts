/**
 * The Electron main process: thin wiring of the modules next to it to Electron's APIs.
 * Everything with logic (protocol, IPC checks, files, backups, settings, window state,
 * quit guard, menu) lives in a module that takes Electron's objects as parameters and is
 * unit-tested in Node; this file is the only one that cannot run without Electron.
 */
import path from 'node:path';
import {
  app,
  BrowserWindow,
  dialog,
  globalShortcut,
  ipcMain,
  Menu,
  nativeTheme,
  Notification,
  protocol,
  screen,
  session,
  shell,
  type WebContents,
} from 'electron';
import ElectronStore from 'electron-store';
import { READY_TO_QUIT_CHANNEL, type EventName, type Events } from '../shared/ipc/contract';
import { APP_ORIGIN, APP_SCHEME, APP_START_URL, createAppProtocolHandler } from './appProtocol';
import { createBackupFolder } from './backups';
import { createHandlers } from './handlers';
import { isTrustedSender, registerHandlers } from './ipc';
import type { PdfWindowLike } from './pdf';
import { renderPdf } from './pdf';
import { createQuitGuard } from './quitGuard';
import { openSettingsStore, type StoreFactory } from './settingsStore';
import { createQuickLogShortcut, languageFromLocales, menuTemplate, userDataDirFromArgv } from './shell';
import { initialBounds, MIN_SIZE } from './windowState';

// Before `ready`: a fresh profile folder for e2e tests, and the app:// scheme's privileges
// (standard + secure, so IndexedDB and fetch work for the app://rapport origin).
const userDataDir = userDataDirFromArgv(process.argv);
if (userDataDir) app.setPath('userData', path.resolve(userDataDir));
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);
app.setAppUserModelId('app.rapport');

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  void start();
}

async function start(): Promise<void> {
  let mainWindow: BrowserWindow | null = null;
  let isQuitting = false;

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.show();
    mainWindow.focus();
  });

  await app.whenReady();

  const userData = app.getPath('userData');
  const createStore: StoreFactory = (options) => new ElectronStore(options);
  const settings = openSettingsStore(userData, createStore);
  const osLanguage = languageFromLocales([app.getLocale(), ...app.getPreferredSystemLanguages()]);
  const menuLanguage = () => settings.getSettings().language ?? osLanguage;

  const send = <E extends EventName>(event: E, payload: Events[E]): boolean => {
    if (!mainWindow || mainWindow.isDestroyed()) return false;
    mainWindow.webContents.send(event, payload);
    return true;
  };
  const showWindow = () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.show();
    mainWindow.focus();
  };
  const logConversation = () => {
    showWindow();
    send('ui:logConversation', null);
  };

  // Content: only our own files, from app://rapport/, with the CSP as a header too.
  protocol.handle(APP_SCHEME, createAppProtocolHandler(path.join(app.getAppPath(), 'dist', 'renderer')));

  // No permissions except notifications (the nudges).
  session.defaultSession.setPermissionRequestHandler((_wc, permission, callback) =>
    callback(permission === 'notifications'),
  );
  session.defaultSession.setPermissionCheckHandler((_wc, permission) => permission === 'notifications');

  // Every web contents: no navigation away, no new windows, no <webview>.
  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.on('will-navigate', (event) => {
      if (!event.url.startsWith(`${APP_ORIGIN}/`)) event.preventDefault();
    });
    contents.on('will-redirect', (event) => {
      if (!event.url.startsWith(`${APP_ORIGIN}/`)) event.preventDefault();
    });
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });

  // The PDF printer's own in-memory session: it may read the temporary HTML file, nothing else.
  const pdfSession = session.fromPartition('rapport-pdf');
  pdfSession.webRequest.onBeforeRequest((details, callback) =>
    callback({ cancel: !(details.url.startsWith('file:') || details.url.startsWith('data:')) }),
  );
  pdfSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  const createPdfWindow = (): PdfWindowLike =>
    new BrowserWindow({
      show: false,
      webPreferences: {
        sandbox: true,
        contextIsolation: true,
        nodeIntegration: false,
        javascript: false,
        webSecurity: true,
        partition: 'rapport-pdf',
      },
    });

  const backups = createBackupFolder({
    chosenFolder: () => settings.getSettings().backupFolder,
    defaultFolder: path.join(userData, 'backups'),
    lastBackupAt: () => settings.getSettings().lastBackupAt,
    setLastBackupAt: (at) => void settings.setSettings({ lastBackupAt: at }),
  });

  const quickLog = createQuickLogShortcut(globalShortcut, logConversation);

  const rebuildMenu = () => {
    Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(menuLanguage(), process.platform, logConversation)));
  };

  const handlers = createHandlers({
    appInfo: { version: app.getVersion(), platform: process.platform, userDataPath: userData, osLanguage },
    settings,
    backups,
    showSaveDialog: (options) =>
      mainWindow ? dialog.showSaveDialog(mainWindow, options) : dialog.showSaveDialog(options),
    showOpenDialog: (options) =>
      mainWindow ? dialog.showOpenDialog(mainWindow, options) : dialog.showOpenDialog(options),
    defaultExportFolder: () => app.getPath('documents'),
    renderPdf: (html, footer) => renderPdf(html, footer, createPdfWindow),
    openPath: (folder) => shell.openPath(folder),
    notify: (title, body) => {
      if (!Notification.isSupported()) return false;
      const notification = new Notification({ title, body });
      notification.on('click', showWindow);
      notification.show();
      return true;
    },
    setQuickLogShortcut: (accelerator) => quickLog.set(accelerator),
    onSettingsChanged: rebuildMenu,
  });
  registerHandlers(ipcMain, handlers, isTrustedSender);

  const createWindow = () => {
    const display = screen.getPrimaryDisplay();
    const bounds = initialBounds(
      settings.getWindowState(),
      screen.getAllDisplays().map((d) => d.workArea),
      display.workArea,
    );
    const win = new BrowserWindow({
      ...(bounds.x !== undefined && bounds.y !== undefined ? { x: bounds.x, y: bounds.y } : {}),
      width: bounds.width,
      height: bounds.height,
      minWidth: MIN_SIZE.width,
      minHeight: MIN_SIZE.height,
      show: false,
      title: 'Rapport',
      backgroundColor: nativeTheme.shouldUseDarkColors ? '#16181d' : '#ffffff',
      webPreferences: {
        preload: path.join(__dirname, 'preload.cjs'),
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInSubFrames: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        webviewTag: false,
        navigateOnDragDrop: false,
        spellcheck: true,
      },
    });
    mainWindow = win;
    if (bounds.maximized) win.maximize();
    win.once('ready-to-show', () => win.show());

    const saveState = () => {
      if (win.isDestroyed()) return;
      const normal = win.getNormalBounds();
      settings.setWindowState({ ...normal, maximized: win.isMaximized() });
    };
    let saveTimer: ReturnType<typeof setTimeout> | undefined;
    const saveSoon = () => {
      clearTimeout(saveTimer);
      saveTimer = setTimeout(saveState, 500);
    };
    win.on('resize', saveSoon);
    win.on('move', saveSoon);

    const guard = createQuitGuard({
      lastBackupAt: () => settings.getSettings().lastBackupAt,
      askRenderer: () => send('backup:beforeQuit', null),
      proceed: () => (isQuitting ? app.quit() : win.close()),
    });
    const onReady = (event: Electron.IpcMainEvent) => {
      if (event.sender === win.webContents && isTrustedSender(event)) guard.rendererReady();
    };
    ipcMain.on(READY_TO_QUIT_CHANNEL, onReady);

    win.on('close', (event) => {
      clearTimeout(saveTimer);
      saveState();
      if (guard.shouldHoldClose()) event.preventDefault();
    });
    win.on('closed', () => {
      ipcMain.removeListener(READY_TO_QUIT_CHANNEL, onReady);
      if (mainWindow === win) mainWindow = null;
    });

    // Told after load; the preload keeps it until the renderer subscribes.
    const recoveredFrom = settings.recoveredFrom;
    if (recoveredFrom) {
      win.webContents.once('did-finish-load', () => send('settings:recovered', { movedTo: recoveredFrom }));
    }
    void win.loadURL(APP_START_URL);
  };

  rebuildMenu();
  createWindow();
  quickLog.set(settings.getSettings().quickLogShortcut);

  app.on('before-quit', () => {
    isQuitting = true;
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => globalShortcut.unregisterAll());
}
