import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Language, Settings } from '../../shared/domain/settings';
import type { AppInfo, SettingsPatch } from '../../shared/ipc/contract';
import { call } from '../platform/bridge';

export interface InitialState {
  settings: Settings;
  appInfo: AppInfo;
}

export async function loadInitialSettings(): Promise<InitialState> {
  const [settings, appInfo] = await Promise.all([call('settings:get', null), call('app:info', null)]);
  return { settings, appInfo };
}

interface SettingsContextValue {
  settings: Settings;
  appInfo: AppInfo;
  /** The language in effect (the setting, or the OS language on first run). */
  language: Language;
  /** Everything but the backups folder and the last backup time, which only main sets. */
  updateSettings: (patch: SettingsPatch) => Promise<void>;
  /** Reads the settings again (after main changed them, e.g. an automatic backup). */
  reloadSettings: () => Promise<void>;
}

const SettingsContext = createContext<SettingsContextValue | null>(null);

export function SettingsProvider({ initial, children }: { initial: InitialState; children: ReactNode }) {
  const [settings, setSettings] = useState(initial.settings);
  const updateSettings = useCallback(async (patch: SettingsPatch) => {
    setSettings(await call('settings:set', patch));
  }, []);
  const reloadSettings = useCallback(async () => {
    setSettings(await call('settings:get', null));
  }, []);
  const language = settings.language ?? initial.appInfo.osLanguage;
  const value = useMemo(
    () => ({ settings, appInfo: initial.appInfo, language, updateSettings, reloadSettings }),
    [settings, initial.appInfo, language, updateSettings, reloadSettings],
  );
  useTheme(settings.theme);
  return <SettingsContext.Provider value={value}>{children}</SettingsContext.Provider>;
}

function useTheme(theme: Settings['theme']): void {
  useEffect(() => {
    const media = window.matchMedia('(prefers-color-scheme: dark)');
    const apply = () => {
      const dark = theme === 'dark' || (theme === 'system' && media.matches);
      document.documentElement.dataset.theme = dark ? 'dark' : 'light';
    };
    apply();
    media.addEventListener('change', apply);
    return () => media.removeEventListener('change', apply);
  }, [theme]);
}

export function useSettings(): SettingsContextValue {
  const value = useContext(SettingsContext);
  if (!value) throw new Error('useSettings outside SettingsProvider');
  return value;
}
