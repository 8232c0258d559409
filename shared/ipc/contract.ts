/**
 * The one IPC contract. `Commands` drives the preload bridge, the main-process handlers
 * and the browser implementation of the bridge. Each handler returns a `Result`, because
 * only an error's message survives crossing IPC.
 */
import type { Language, Settings } from '../domain/settings';

export type ErrorCode =
  'invalid-payload' | 'forbidden-sender' | 'not-writable' | 'not-found' | 'cancelled' | 'unsupported' | 'internal';

export type Result<T> = { ok: true; data: T } | { ok: false; error: { code: ErrorCode; message: string } };

/**
 * Settings only the main process writes: the backups folder (set through the native folder
 * dialog of `backup:chooseFolder`) and the time of the last automatic backup (set when
 * `backup:writeAuto` has written one). `settings:set` refuses them.
 */
export const MAIN_OWNED_SETTINGS = ['backupFolder', 'lastBackupAt'] as const satisfies readonly (keyof Settings)[];
export type MainOwnedSetting = (typeof MAIN_OWNED_SETTINGS)[number];

/** What the renderer may change with `settings:set`. */
export type SettingsPatch = Partial<Omit<Settings, MainOwnedSetting>>;

export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface SaveFileArgs {
  /** Suggested file name, e.g. `rapport-summary-2026-W48.md`. */
  suggestedName: string;
  /** Text (utf8) or base64-encoded bytes. */
  content: string;
  encoding: 'utf8' | 'base64';
  filters: FileFilter[];
  /**
   * Browser build only (never sent over Electron IPC): the file's bytes as a Blob built off
   * the main thread, used instead of `content` so a 25 MB backup is never copied into the page.
   */
  blob?: Blob;
}

/** `null` when the user cancelled the dialog. */
export type SavedFile = { path: string; name: string } | null;

export interface OpenFileArgs {
  filters: FileFilter[];
}

/** File bytes as base64 so any encoding (UTF-8, Windows-1251) can be decoded by the renderer. */
export type OpenedFile = { name: string; base64: string } | null;

export interface SavePdfArgs {
  suggestedName: string;
  html: string;
  /** Text printed in the page footer next to the page number, e.g. the ISO week. */
  footer: string;
}

export interface AutoBackupArgs {
  /** The whole backup file, already serialised. */
  json: string;
  /** File name `rapport-backup-YYYY-MM-DD-HHmm.json`. */
  fileName: string;
  /** `auto` files are rotated (7 daily, 8 weekly); `safety` ones are taken before a restore. */
  kind: 'auto' | 'safety';
}

export interface BackupStatus {
  folder: string;
  lastBackupAt: string | null;
  files: { name: string; size: number; modifiedAt: string }[];
}

export interface AppInfo {
  version: string;
  platform: string;
  userDataPath: string;
  isElectron: boolean;
  /** OS locale language, used on first run. */
  osLanguage: Language;
}

export interface Commands {
  'app:info': { args: null; result: AppInfo };
  'settings:get': { args: null; result: Settings };
  'settings:set': { args: SettingsPatch; result: Settings };
  'file:save': { args: SaveFileArgs; result: SavedFile };
  'file:open': { args: OpenFileArgs; result: OpenedFile };
  'pdf:save': { args: SavePdfArgs; result: SavedFile };
  'backup:writeAuto': { args: AutoBackupArgs; result: { path: string } };
  'backup:status': { args: null; result: BackupStatus };
  'backup:chooseFolder': { args: null; result: BackupStatus | null };
  'backup:openFolder': { args: null; result: null };
  'notify:show': { args: { title: string; body: string }; result: { shown: boolean } };
  'shortcut:set': { args: { accelerator: string }; result: { registered: boolean } };
}

export type CommandName = keyof Commands;
export type CommandArgs<K extends CommandName> = Commands[K]['args'];
export type CommandResult<K extends CommandName> = Commands[K]['result'];

/** Events pushed from main to the renderer. */
export interface Events {
  /** Menu item or global shortcut: open the "Log conversation" dialog. */
  'ui:logConversation': null;
  /** The settings file was unreadable and was moved aside; defaults are in use. */
  'settings:recovered': { movedTo: string };
  /** The app is quitting and the last automatic backup is older than a day. */
  'backup:beforeQuit': null;
}
export type EventName = keyof Events;

/** The one object the preload exposes as `window.rapport`. */
export interface Bridge {
  invoke<K extends CommandName>(name: K, args: CommandArgs<K>): Promise<Result<CommandResult<K>>>;
  on<E extends EventName>(event: E, listener: (payload: Events[E]) => void): () => void;
  /** Tell main the renderer has finished its on-quit work (see `backup:beforeQuit`). */
  readyToQuit(): void;
}

export const COMMAND_NAMES = [
  'app:info',
  'settings:get',
  'settings:set',
  'file:save',
  'file:open',
  'pdf:save',
  'backup:writeAuto',
  'backup:status',
  'backup:chooseFolder',
  'backup:openFolder',
  'notify:show',
  'shortcut:set',
] as const satisfies readonly CommandName[];

export const EVENT_NAMES = [
  'ui:logConversation',
  'settings:recovered',
  'backup:beforeQuit',
] as const satisfies readonly EventName[];

/**
 * The one main-bound message that is not a command: the renderer's answer to
 * `backup:beforeQuit` (`Bridge.readyToQuit()`), sent without waiting for a reply.
 */
export const READY_TO_QUIT_CHANNEL = 'app:readyToQuit';
