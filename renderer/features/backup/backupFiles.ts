/**
 * Where backup files go. Manual backups: the save dialog (desktop) or a download (browser).
 * Safety backups before a restore: the backups folder (desktop) or, where there is none
 * (browser), a download — so the previous journal always leaves the app as a file the user
 * can restore, before anything is replaced.
 */
import type { ExportedJournal } from '../../db/backup';
import { call, capabilities } from '../../platform/bridge';
import { saveFile, type SaveOutcome } from '../../platform/files';

export const BACKUP_FILTERS = [{ name: 'Rapport backup', extensions: ['json'] }];

/** Where the file went, or null when the user cancelled the dialog. */
export function saveBackupFile(exported: ExportedJournal): Promise<SaveOutcome | null> {
  return saveFile({
    suggestedName: exported.fileName,
    content: exported.json,
    encoding: 'utf8',
    filters: BACKUP_FILTERS,
    ...(exported.blob ? { blob: exported.blob } : {}),
  });
}

export async function keepSafetyBackup(exported: ExportedJournal): Promise<string> {
  if (capabilities.hasBackupsFolder) {
    const { path } = await call('backup:writeAuto', {
      json: exported.json,
      fileName: exported.fileName,
      kind: 'safety',
    });
    return path;
  }
  const saved = await saveBackupFile(exported);
  // A cancelled save dialog means there is no safety copy: do not replace the journal.
  if (saved === null) throw new Error('The safety backup was not saved.');
  return saved.kind === 'saved' ? saved.path : saved.name;
}

/** Writes an automatic backup into the backups folder; null where there is none (browser). */
export async function writeAutoBackup(exported: ExportedJournal): Promise<string | null> {
  if (!capabilities.hasBackupsFolder) return null;
  const { path } = await call('backup:writeAuto', { json: exported.json, fileName: exported.fileName, kind: 'auto' });
  return path;
}
