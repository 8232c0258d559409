/**
 * The automatic backups folder: atomic writes, rotation (7 daily + 8 weekly) and status.
 * `safety` backups, taken before a restore, live in a subfolder with its own rotation: the
 * newest 10 are kept. Only the main process sets the last backup time, when it has written one.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { getISOWeek, getISOWeekYear } from 'date-fns';
import type { AutoBackupArgs, BackupStatus } from '../shared/ipc/contract';
import { AUTO_BACKUP_NAME } from '../shared/ipc/schemas';
import { toWriteError, writeFileAtomic } from './atomicWrite';

export const KEEP_DAILY = 7;
export const KEEP_WEEKLY = 8;
export const SAFETY_SUBFOLDER = 'safety';
/** Safety backups kept (the newest ones). */
export const KEEP_SAFETY = 10;

interface Stamped {
  name: string;
  /** `YYYY-MM-DD-HHmm`: sorts as time. */
  stamp: string;
  day: string;
  week: string;
}

function parseName(name: string): Stamped | null {
  const match = AUTO_BACKUP_NAME.exec(name);
  if (!match) return null;
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number];
  // The name carries the local wall-clock date; ISO weeks are computed on that calendar date.
  const date = new Date(y, mo - 1, d, h, mi);
  if (date.getFullYear() !== y || date.getMonth() !== mo - 1 || date.getDate() !== d) return null;
  const day = name.slice('rapport-backup-'.length, 'rapport-backup-'.length + 10);
  const week = `${getISOWeekYear(date)}-W${String(getISOWeek(date)).padStart(2, '0')}`;
  return { name, stamp: `${day}-${String(h).padStart(2, '0')}${String(mi).padStart(2, '0')}`, day, week };
}

/**
 * Which automatic backups to delete. Keeps the newest file of each of the newest `daily` days
 * and the newest file of each of the newest `weekly` ISO weeks; everything else that is named
 * like an automatic backup goes. Files with other names are never touched.
 */
export function backupsToDelete(names: readonly string[], daily = KEEP_DAILY, weekly = KEEP_WEEKLY): string[] {
  const backups = names
    .map(parseName)
    .filter((b): b is Stamped => b !== null)
    .sort((a, b) => (a.stamp < b.stamp ? 1 : a.stamp > b.stamp ? -1 : 0));
  const keep = new Set<string>();
  const keepNewestPer = (key: (b: Stamped) => string, count: number) => {
    const seen = new Set<string>();
    for (const backup of backups) {
      const k = key(backup);
      if (seen.has(k)) continue;
      if (seen.size >= count) break;
      seen.add(k);
      keep.add(backup.name);
    }
  };
  keepNewestPer((b) => b.day, daily);
  keepNewestPer((b) => b.week, weekly);
  return backups.filter((b) => !keep.has(b.name)).map((b) => b.name);
}

/**
 * Which safety backups (taken before each restore) to delete: all but the newest `keep`, by the
 * time in their names. Files with other names are never touched.
 */
export function safetyBackupsToDelete(names: readonly string[], keep = KEEP_SAFETY): string[] {
  return names
    .map(parseName)
    .filter((b): b is Stamped => b !== null)
    .sort((a, b) => (a.stamp < b.stamp ? 1 : a.stamp > b.stamp ? -1 : 0))
    .slice(keep)
    .map((b) => b.name);
}

export interface BackupFolderDeps {
  /** The folder the user chose with `backup:chooseFolder` (settings.backupFolder), or null. */
  chosenFolder: () => string | null;
  /** `<userData>/backups`, used until the user chooses another folder. */
  defaultFolder: string;
  lastBackupAt: () => string | null;
  setLastBackupAt: (at: string) => void;
  now?: () => Date;
}

export function createBackupFolder(deps: BackupFolderDeps) {
  const now = deps.now ?? (() => new Date());
  /** The folder in use. */
  const currentFolder = (): string => deps.chosenFolder() ?? deps.defaultFolder;

  async function write(args: AutoBackupArgs): Promise<{ path: string }> {
    const root = currentFolder();
    const folder = args.kind === 'safety' ? path.join(root, SAFETY_SUBFOLDER) : root;
    try {
      await fs.mkdir(folder, { recursive: true });
    } catch (error) {
      throw toWriteError(error, folder);
    }
    const target = path.join(folder, args.fileName);
    await writeFileAtomic(target, args.json);
    if (args.kind === 'auto') {
      deps.setLastBackupAt(now().toISOString());
      await rotate(root);
    } else {
      await rotate(folder, safetyBackupsToDelete);
    }
    return { path: target };
  }

  async function rotate(
    folder: string,
    choose: (names: readonly string[]) => string[] = backupsToDelete,
  ): Promise<string[]> {
    const names = await fs.readdir(folder);
    const doomed = choose(names);
    // A file that cannot be deleted is retried on the next backup; it must not fail this one.
    await Promise.all(doomed.map((name) => fs.rm(path.join(folder, name), { force: true }).catch(() => undefined)));
    return doomed;
  }

  async function status(): Promise<BackupStatus> {
    const current = currentFolder();
    const names = await fs.readdir(current).catch(() => [] as string[]);
    const files: BackupStatus['files'] = [];
    for (const name of names.filter((n) => AUTO_BACKUP_NAME.test(n))) {
      const stat = await fs.stat(path.join(current, name)).catch(() => null);
      if (stat?.isFile()) files.push({ name, size: stat.size, modifiedAt: stat.mtime.toISOString() });
    }
    files.sort((a, b) => (a.name < b.name ? 1 : -1));
    return { folder: current, lastBackupAt: deps.lastBackupAt(), files };
  }

  return { folder: currentFolder, defaultFolder: deps.defaultFolder, write, rotate, status };
}
