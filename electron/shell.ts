/**
 * Small pieces of OS integration kept apart from main.ts so they can be tested in Node:
 * command-line profile folder, OS language, the global quick-log shortcut, and the native
 * menu template.
 */
import type { Language } from '../shared/domain/settings';
import { createI18n } from '../shared/i18n/createI18n';

/** `--user-data-dir=<dir>` (or `--user-data-dir <dir>`): e2e tests start with a fresh profile. */
export function userDataDirFromArgv(argv: readonly string[]): string | null {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg.startsWith('--user-data-dir=')) return arg.slice('--user-data-dir='.length) || null;
    if (arg === '--user-data-dir') return argv[i + 1] ?? null;
  }
  return null;
}

/** The first of the OS locales we have a translation for decides; English otherwise. */
export function languageFromLocales(locales: readonly string[]): Language {
  for (const locale of locales) {
    const lower = locale.toLowerCase();
    if (lower.startsWith('ru')) return 'ru';
    if (lower.startsWith('en')) return 'en';
  }
  return 'en';
}

export interface GlobalShortcutLike {
  register(accelerator: string, callback: () => void): boolean;
  unregister(accelerator: string): void;
}

/**
 * Keeps exactly one global quick-log shortcut registered. A new accelerator that cannot be
 * registered (invalid, or owned by another app) leaves the previous one working.
 */
export function createQuickLogShortcut(globalShortcut: GlobalShortcutLike, onTrigger: () => void) {
  let current: string | null = null;
  const tryRegister = (accelerator: string): boolean => {
    try {
      return globalShortcut.register(accelerator, onTrigger);
    } catch {
      // Electron throws on an accelerator it cannot parse.
      return false;
    }
  };
  return {
    set(accelerator: string): boolean {
      if (accelerator === current) return true;
      const previous = current;
      if (previous) globalShortcut.unregister(previous);
      if (tryRegister(accelerator)) {
        current = accelerator;
        return true;
      }
      if (previous && tryRegister(previous)) current = previous;
      else current = null;
      return false;
    },
    get current(): string | null {
      return current;
    },
  };
}

type MenuRole =
  | 'appMenu'
  | 'close'
  | 'quit'
  | 'editMenu'
  | 'windowMenu'
  | 'help'
  | 'about'
  | 'reload'
  | 'toggleDevTools'
  | 'resetZoom'
  | 'zoomIn'
  | 'zoomOut'
  | 'togglefullscreen';

/** The part of Electron's MenuItemConstructorOptions the template uses. */
export interface MenuItemTemplate {
  label?: string;
  role?: MenuRole;
  type?: 'separator';
  accelerator?: string;
  click?: () => void;
  submenu?: MenuItemTemplate[];
}

/** Native menu: the standard roles plus "Log conversation" (CmdOrCtrl+N); DevTools only in development. */
export function menuTemplate(
  language: Language,
  platform: string,
  onLogConversation: () => void,
  options: { devTools: boolean } = { devTools: true },
): MenuItemTemplate[] {
  const t = createI18n(language).getFixedT(language, 'menu');
  const isMac = platform === 'darwin';
  const logConversation: MenuItemTemplate = {
    label: t('logConversation'),
    accelerator: 'CmdOrCtrl+N',
    click: onLogConversation,
  };
  const template: MenuItemTemplate[] = [];
  if (isMac) template.push({ role: 'appMenu' });
  template.push({
    label: t('file'),
    submenu: [logConversation, { type: 'separator' }, { role: isMac ? 'close' : 'quit' }],
  });
  template.push({ label: t('edit'), role: 'editMenu' });
  template.push({
    label: t('view'),
    submenu: [
      { role: 'reload' },
      // A packaged app has no DevTools (see hardening.ts), so no menu item or shortcut for them.
      ...(options.devTools ? [{ role: 'toggleDevTools' as const }] : []),
      { type: 'separator' },
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  });
  template.push({ label: t('window'), role: 'windowMenu' });
  template.push({ label: t('help'), role: 'help', submenu: [{ role: 'about' }] });
  return template;
}
