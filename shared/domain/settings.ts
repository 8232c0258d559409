/** App settings. Stored by electron-store in the app, localStorage in the web build. */
export const LANGUAGES = ['en', 'ru'] as const;
export type Language = (typeof LANGUAGES)[number];

export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** The shortest and longest keep-in-touch cadence, in days. */
export const MIN_CADENCE_DAYS = 1;
export const MAX_CADENCE_DAYS = 365;

export interface TagCadence {
  tag: string;
  days: number;
}

/** Settings → Keep in touch (the rule is `shared/rules/cadence.ts`). */
export interface KeepInTouchDefaults {
  /** Cadence of every VIP without their own; null = none. */
  vipDays: number | null;
  /** Cadences by tag, for clients with neither their own nor a VIP one. */
  tagDays: TagCadence[];
}

export const DEFAULT_KEEP_IN_TOUCH: KeepInTouchDefaults = { vipDays: 30, tagDays: [] };

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
  /** Settings → Keep in touch: default cadences by VIP and by tag. */
  keepInTouch: KeepInTouchDefaults;
  /** Keys of dismissed "On this day" items (pruned to today's and this month's). */
  dismissedOnThisDay: string[];
  /**
   * Days a deleted entry keeps its text (Undo, a restore) before it is erased, leaving only its
   * id and deletion time (`shared/rules/erasure.ts`).
   */
  eraseDeletedAfterDays: number;
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
  keepInTouch: DEFAULT_KEEP_IN_TOUCH,
  dismissedOnThisDay: [],
  eraseDeletedAfterDays: 30,
};
