/**
 * The main-process implementation of every command in the contract. Everything Electron
 * provides arrives as a parameter, so this module runs (and is tested) in plain Node.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { MAIN_OWNED_SETTINGS, type AppInfo, type FileFilter, type SavedFile } from '../shared/ipc/contract';
import type { Settings } from '../shared/domain/settings';
import { extensionOf, isAllowedExtension, type FileCommand } from '../shared/ipc/schemas';
import { writeFileAtomic, assertWritableFolder } from './atomicWrite';
import type { createBackupFolder } from './backups';
import { AppError } from './errors';
import type { Handlers } from './ipc';
import type { SettingsStore } from './settingsStore';

export interface SaveDialogOptions {
  defaultPath: string;
  filters: FileFilter[];
}
export interface OpenDialogOptions {
  filters?: FileFilter[];
  defaultPath?: string;
  properties: ('openFile' | 'openDirectory' | 'createDirectory')[];
}

export interface HandlerDeps {
  appInfo: Omit<AppInfo, 'isElectron'>;
  settings: SettingsStore;
  backups: ReturnType<typeof createBackupFolder>;
  /** Electron's dialog, already bound to the main window. */
  showSaveDialog(options: SaveDialogOptions): Promise<{ canceled: boolean; filePath?: string }>;
  showOpenDialog(options: OpenDialogOptions): Promise<{ canceled: boolean; filePaths: string[] }>;
  /** Where the first export dialog opens (the Documents folder). */
  defaultExportFolder(): string;
  renderPdf(html: string, footer: string): Promise<Uint8Array>;
  /** shell.openPath: resolves to an error message, '' on success. */
  openPath(folder: string): Promise<string>;
  /** Shows a notification; false when the OS does not support them. */
  notify(title: string, body: string): boolean;
  setQuickLogShortcut(accelerator: string): boolean;
  onSettingsChanged?(settings: Settings): void;
}

const MAX_OPEN_BYTES = 200 * 1024 * 1024;

export function createHandlers(deps: HandlerDeps): Handlers {
  /** Asks where to save (starting in the last export folder), then writes atomically. */
  async function saveWithDialog(
    command: FileCommand,
    suggestedName: string,
    filters: FileFilter[],
    bytes: () => Promise<Uint8Array | string>,
  ): Promise<SavedFile> {
    // The schema checked the name and filters; this also holds for a caller that skipped it.
    if (
      !isAllowedExtension(command, extensionOf(suggestedName)) ||
      filters.some((f) => f.extensions.some((e) => !isAllowedExtension(command, e)))
    )
      throw new AppError('invalid-payload', `"${command}" cannot save "${suggestedName}".`);
    const folder = deps.settings.getLastExportFolder() ?? deps.defaultExportFolder();
    const choice = await deps.showSaveDialog({ defaultPath: path.join(folder, suggestedName), filters });
    if (choice.canceled || !choice.filePath) return null;
    // A name typed without an allowed extension (Linux dialogs do not add one) gets the suggested one.
    const target = isAllowedExtension(command, extensionOf(path.basename(choice.filePath)))
      ? choice.filePath
      : `${choice.filePath}.${extensionOf(suggestedName)}`;
    await writeFileAtomic(target, await bytes());
    deps.settings.setLastExportFolder(path.dirname(target));
    return { path: target, name: path.basename(target) };
  }

  return {
    'app:info': async () => ({ ...deps.appInfo, isElectron: true }),
    'settings:get': async () => deps.settings.getSettings(),
    'settings:set': async (patch) => {
      // The schema already refuses these keys; a handler called another way still drops them.
      const allowed: Partial<Settings> = { ...patch };
      for (const key of MAIN_OWNED_SETTINGS) delete allowed[key];
      const next = deps.settings.setSettings(allowed);
      deps.onSettingsChanged?.(next);
      return next;
    },
    'file:save': ({ suggestedName, content, encoding, filters }) =>
      saveWithDialog('file:save', suggestedName, filters, async () =>
        encoding === 'base64' ? Buffer.from(content, 'base64') : content,
      ),
    'file:open': async ({ filters }) => {
      const choice = await deps.showOpenDialog({ filters, properties: ['openFile'] });
      const file = choice.filePaths[0];
      if (choice.canceled || !file) return null;
      const stat = await fs.stat(file);
      if (stat.size > MAX_OPEN_BYTES)
        throw new AppError('invalid-payload', `"${path.basename(file)}" is too large to open.`);
      const bytes = await fs.readFile(file);
      return { name: path.basename(file), base64: bytes.toString('base64') };
    },
    'pdf:save': ({ suggestedName, html, footer }) =>
      saveWithDialog('pdf:save', suggestedName, [{ name: 'PDF', extensions: ['pdf'] }], () =>
        deps.renderPdf(html, footer),
      ),
    'backup:writeAuto': (args) => deps.backups.write(args),
    'backup:status': () => deps.backups.status(),
    'backup:chooseFolder': async () => {
      const current = deps.backups.folder();
      const choice = await deps.showOpenDialog({
        defaultPath: current,
        properties: ['openDirectory', 'createDirectory'],
      });
      const folder = choice.filePaths[0];
      if (choice.canceled || !folder) return null;
      await assertWritableFolder(folder);
      const next = deps.settings.setSettings({ backupFolder: folder });
      deps.onSettingsChanged?.(next);
      return deps.backups.status();
    },
    'backup:openFolder': async () => {
      const folder = deps.backups.folder();
      // Only the default folder (inside the user data folder) is created on demand; a chosen
      // one must exist. Whatever it is, shell.openPath only ever gets an existing directory,
      // never a file it would launch.
      if (folder === deps.backups.defaultFolder) await fs.mkdir(folder, { recursive: true }).catch(() => undefined);
      const real = await fs.realpath(folder).catch(() => null);
      const stat = real ? await fs.stat(real).catch(() => null) : null;
      if (!real || !stat?.isDirectory())
        throw new AppError('not-found', `The backups folder "${folder}" does not exist or is not a folder.`);
      const error = await deps.openPath(real);
      if (error) throw new AppError('not-found', `Could not open the folder "${folder}": ${error}`);
      return null;
    },
    'notify:show': async ({ title, body }) => ({ shown: deps.notify(title, body) }),
    'shortcut:set': async ({ accelerator }) => ({ registered: deps.setQuickLogShortcut(accelerator) }),
  };
}
