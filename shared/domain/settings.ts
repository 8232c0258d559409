/** App settings. Stored by electron-store in the app, localStorage in the web build. */
export const LANGUAGES = ['en', 'ru'] as const;
export type Language = (typeof LANGUAGES)[number];

export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export interface Settings {
  /** null until chosen: follow the OS language. */
  language: Language | null;
  theme: Theme;
  /** The ten-to-one target T (1..50). */
  targetRatio: number;
  /** 1 = Monday (ISO), 0 = Sunday: only how charts label weeks. */
  weekStartsOn: 0 | 1;
  nudgesEnabled: boolean;
  /** Days without a satisfied conversation before a nudge. */
  nudgeAfterDays: number;
  /** Quiet hours, "HH:mm"; no nudge between start and end. */
  quietHoursStart: string;
  quietHoursEnd: string;
  lastNudgeOn: string | null;
  /** Global quick-log shortcut (Electron accelerator). */
  quickLogShortcut: string;
  /** Folder for automatic backups; null = default in the user data directory. */
  backupFolder: string | null;
  lastBackupAt: string | null;
  /** Summary export language; null = follow the app language. */
  summaryLanguage: Language | null;
}

export const DEFAULT_SETTINGS: Settings = {
  language: null,
  theme: 'system',
  targetRatio: 10,
  weekStartsOn: 1,
  nudgesEnabled: true,
  nudgeAfterDays: 3,
  quietHoursStart: '20:00',
  quietHoursEnd: '08:00',
  lastNudgeOn: null,
  quickLogShortcut: 'CommandOrControl+Shift+L',
  backupFolder: null,
  lastBackupAt: null,
  summaryLanguage: null,
};
