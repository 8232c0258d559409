/**
 * The Electron main process: thin wiring of the modules next to it to Electron's APIs.
 * Everything with logic (hardening, the window, protocol, IPC checks, files, backups,
 * settings, quit guard, menu) lives in a module that takes Electron's objects as parameters
 * and is unit-tested in Node; this file is the only one that cannot run without Electron.
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
} from 'electron';
import ElectronStore from 'electron-store';
import { APP_SCHEME, APP_START_URL, createAppProtocolHandler } from './appProtocol';
import { createBackupFolder } from './backups';
import { createHandlers } from './handlers';
import { guardPdfSession, hardenWebContents, limitPermissions, registerAppScheme } from './hardening';
import { isTrustedSender, registerHandlers } from './ipc';
import { renderPdf, type PdfWindowLike } from './pdf';
import { openSettingsStore, type StoreFactory } from './settingsStore';
import { createQuickLogShortcut, languageFromLocales, menuTemplate, userDataDirFromArgv } from './shell';
import { createMainWindow, pdfWindowOptions } from './window';

// Before `ready`: a fresh profile folder for e2e tests, and the app:// scheme's privileges.
const userDataDir = userDataDirFromArgv(process.argv);
if (userDataDir) app.setPath('userData', path.resolve(userDataDir));
registerAppScheme(protocol);
app.setAppUserModelId('app.rapport');

const PDF_PARTITION = 'rapport-pdf';

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  void start();
}

async function start(): Promise<void> {
  let isQuitting = false;
  const isPackaged = app.isPackaged;
  // The window and notification icon (build/ is in the package, see electron-builder.yml).
  const iconPath = path.join(app.getAppPath(), 'build', 'icon.png');

  await app.whenReady();

  const userData = app.getPath('userData');
  const createStore: StoreFactory = (options) => new ElectronStore(options);
  const settings = openSettingsStore(userData, createStore);
  const osLanguage = languageFromLocales([app.getLocale(), ...app.getPreferredSystemLanguages()]);
  const menuLanguage = () => settings.getSettings().language ?? osLanguage;

  const mainWindow = createMainWindow({
    newWindow: (options) => new BrowserWindow(options),
    displays: () => ({
      primary: screen.getPrimaryDisplay().workArea,
      all: screen.getAllDisplays().map((d) => d.workArea),
    }),
    settings,
    ipcMain,
    isTrustedSender,
    isQuitting: () => isQuitting,
    quit: () => app.quit(),
    startUrl: APP_START_URL,
    preloadPath: path.join(__dirname, 'preload.cjs'),
    iconPath,
    isPackaged,
    darkBackground: () => nativeTheme.shouldUseDarkColors,
  });
  // A second launch brings the running window to the front.
  app.on('second-instance', mainWindow.show);

  const logConversation = () => {
    mainWindow.show();
    mainWindow.send('ui:logConversation', null);
  };

  // Content: only our own files, from app://rapport/, with the CSP as a header too.
  protocol.handle(APP_SCHEME, createAppProtocolHandler(path.join(app.getAppPath(), 'dist', 'renderer')));
  // No permissions except notifications (the nudges).
  limitPermissions(session.defaultSession, ['notifications']);
  // Every web contents: no navigation away, no new windows, no <webview>, no DevTools when packaged.
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, { allowDevTools: !isPackaged }));

  // The PDF printer's own session: it may read the temporary HTML file it prints, nothing else.
  const pdfSession = guardPdfSession(session.fromPartition(PDF_PARTITION));
  const createPdfWindow = (): PdfWindowLike => new BrowserWindow(pdfWindowOptions(isPackaged, PDF_PARTITION));

  const backups = createBackupFolder({
    chosenFolder: () => settings.getSettings().backupFolder,
    defaultFolder: path.join(userData, 'backups'),
    lastBackupAt: () => settings.getSettings().lastBackupAt,
    setLastBackupAt: (at) => void settings.setSettings({ lastBackupAt: at }),
  });

  const quickLog = createQuickLogShortcut(globalShortcut, logConversation);

  const rebuildMenu = () => {
    const template = menuTemplate(menuLanguage(), process.platform, logConversation, { devTools: !isPackaged });
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  };

  const parentWindow = () => mainWindow.window;
  const handlers = createHandlers({
    appInfo: { version: app.getVersion(), platform: process.platform, userDataPath: userData, osLanguage },
    settings,
    backups,
    showSaveDialog: (options) => {
      const parent = parentWindow();
      return parent ? dialog.showSaveDialog(parent, options) : dialog.showSaveDialog(options);
    },
    showOpenDialog: (options) => {
      const parent = parentWindow();
      return parent ? dialog.showOpenDialog(parent, options) : dialog.showOpenDialog(options);
    },
    defaultExportFolder: () => app.getPath('documents'),
    renderPdf: (html, footer) => renderPdf(html, footer, createPdfWindow, pdfSession.allow),
    openPath: (folder) => shell.openPath(folder),
    notify: (title, body) => {
      if (!Notification.isSupported()) return false;
      const notification = new Notification({ title, body, icon: iconPath });
      notification.on('click', mainWindow.show);
      notification.show();
      return true;
    },
    setQuickLogShortcut: (accelerator) => quickLog.set(accelerator),
    onSettingsChanged: rebuildMenu,
  });
  registerHandlers(ipcMain, handlers, isTrustedSender);

  rebuildMenu();
  mainWindow.open();
  quickLog.set(settings.getSettings().quickLogShortcut);

  app.on('before-quit', () => {
    isQuitting = true;
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) mainWindow.open();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => globalShortcut.unregisterAll());
}
