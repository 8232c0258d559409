/**
 * Where backup files go. Manual backups: the save dialog (desktop) or a download (browser).
 * Safety backups before a restore: the backups folder (desktop) or, where there is none
 * (browser), a download — so the previous journal always leaves the app as a file the user
 * can restore, before anything is replaced.
 */
import type { ExportedJournal } from '../../db/backup';
import { call } from '../../platform/bridge';

export const BACKUP_FILTERS = [{ name: 'Rapport backup', extensions: ['json'] }];

function isUnsupported(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 'unsupported';
}

/** Returns the saved path, or null when the user cancelled the dialog. */
export async function saveBackupFile(exported: ExportedJournal): Promise<string | null> {
  const saved = await call('file:save', {
    suggestedName: exported.fileName,
    content: exported.json,
    encoding: 'utf8',
    filters: BACKUP_FILTERS,
    ...(exported.blob ? { blob: exported.blob } : {}),
  });
  return saved?.path ?? null;
}

export async function keepSafetyBackup(exported: ExportedJournal): Promise<string> {
  try {
    const { path } = await call('backup:writeAuto', {
      json: exported.json,
      fileName: exported.fileName,
      kind: 'safety',
    });
    return path;
  } catch (error) {
    if (!isUnsupported(error)) throw error;
  }
  const path = await saveBackupFile(exported);
  // A cancelled save dialog means there is no safety copy: do not replace the journal.
  if (path === null) throw new Error('The safety backup was not saved.');
  return path;
}

/** Writes an automatic backup into the backups folder; null where unsupported (browser). */
export async function writeAutoBackup(exported: ExportedJournal): Promise<string | null> {
  try {
    const { path } = await call('backup:writeAuto', { json: exported.json, fileName: exported.fileName, kind: 'auto' });
    return path;
  } catch (error) {
    if (isUnsupported(error)) return null;
    throw error;
  }
}
