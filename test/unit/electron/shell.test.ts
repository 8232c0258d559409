import { describe, expect, it } from 'vitest';
import {
  createQuickLogShortcut,
  languageFromLocales,
  menuTemplate,
  userDataDirFromArgv,
  type MenuItemTemplate,
} from '../../../electron/shell';

describe('command line', () => {
  it('reads --user-data-dir in both forms', () => {
    expect(userDataDirFromArgv(['/opt/Rapport/rapport', '.', '--user-data-dir=/tmp/p1'])).toBe('/tmp/p1');
    expect(userDataDirFromArgv(['electron', '.', '--user-data-dir', '/tmp/p2', '--lang=ru'])).toBe('/tmp/p2');
    expect(userDataDirFromArgv(['electron', '.'])).toBeNull();
    expect(userDataDirFromArgv(['electron', '--user-data-dir='])).toBeNull();
  });
});

describe('OS language', () => {
  it('takes the first locale we translate', () => {
    expect(languageFromLocales(['ru-RU', 'en-US'])).toBe('ru');
    expect(languageFromLocales(['de-DE', 'ru'])).toBe('ru');
    expect(languageFromLocales(['en-GB', 'ru-RU'])).toBe('en');
    expect(languageFromLocales(['fr-FR'])).toBe('en');
    expect(languageFromLocales([])).toBe('en');
  });
});

describe('quick-log shortcut', () => {
  function fakeGlobalShortcut(taken: string[] = []) {
    const registered = new Map<string, () => void>();
    return {
      registered,
      register(accelerator: string, callback: () => void) {
        if (accelerator === 'Nonsense+') throw new Error('conversion failure');
        if (taken.includes(accelerator)) return false;
        registered.set(accelerator, callback);
        return true;
      },
      unregister(accelerator: string) {
        registered.delete(accelerator);
      },
    };
  }

  it('registers one accelerator at a time and fires the trigger', () => {
    const os = fakeGlobalShortcut();
    let triggered = 0;
    const shortcut = createQuickLogShortcut(os, () => triggered++);
    expect(shortcut.set('CommandOrControl+Shift+L')).toBe(true);
    expect(shortcut.set('Alt+Shift+K')).toBe(true);
    expect([...os.registered.keys()]).toEqual(['Alt+Shift+K']);
    os.registered.get('Alt+Shift+K')?.();
    expect(triggered).toBe(1);
  });

  it('keeps the previous shortcut when the new one is taken or invalid', () => {
    const os = fakeGlobalShortcut(['Control+Alt+Delete']);
    const shortcut = createQuickLogShortcut(os, () => undefined);
    shortcut.set('CommandOrControl+Shift+L');
    expect(shortcut.set('Control+Alt+Delete')).toBe(false);
    expect(shortcut.set('Nonsense+')).toBe(false);
    expect([...os.registered.keys()]).toEqual(['CommandOrControl+Shift+L']);
    expect(shortcut.current).toBe('CommandOrControl+Shift+L');
    expect(shortcut.set('CommandOrControl+Shift+L')).toBe(true);
  });
});

function flatten(items: MenuItemTemplate[]): MenuItemTemplate[] {
  return items.flatMap((item) => [item, ...flatten(item.submenu ?? [])]);
}

describe('menu', () => {
  it('has "Log conversation" on CmdOrCtrl+N, and standard roles', () => {
    let clicked = 0;
    const items = flatten(menuTemplate('en', 'linux', () => clicked++));
    const log = items.find((i) => i.label === 'Log conversation');
    expect(log?.accelerator).toBe('CmdOrCtrl+N');
    log?.click?.();
    expect(clicked).toBe(1);
    const roles = items.map((i) => i.role).filter(Boolean);
    expect(roles).toEqual(expect.arrayContaining(['editMenu', 'windowMenu', 'quit', 'reload', 'togglefullscreen']));
    expect(roles).not.toContain('appMenu');
  });

  it('offers DevTools only outside a packaged app', () => {
    const roles = (devTools: boolean) =>
      flatten(menuTemplate('en', 'linux', () => undefined, { devTools })).map((i) => i.role);
    expect(roles(true)).toContain('toggleDevTools');
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(false)).toContain('reload');
  });

  it('speaks Russian and adds the app menu on macOS', () => {
    const template = menuTemplate('ru', 'darwin', () => undefined);
    expect(template[0]?.role).toBe('appMenu');
    expect(template.map((i) => i.label).filter(Boolean)).toEqual(['Файл', 'Правка', 'Вид', 'Окно', 'Справка']);
    expect(flatten(template).some((i) => i.label === 'Записать разговор')).toBe(true);
  });
});
