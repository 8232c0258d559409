/** Messages between the backup worker and the page (see backupWorker.ts). */
import type { BackupData, BackupSettings, BackupTable } from '../../../shared/backup/format';
import type { BackupProblem, ParsedBackup } from '../../../shared/backup/parse';
import type { BackupPhase, ExportedJournal } from '../../db/backup';

export type WorkerRequest =
  | {
      type: 'export';
      appVersion: string;
      settings: BackupSettings;
      /** ISO instant: the file name and `createdAt` use the page's clock. */
      now: string;
      fileNamePrefix?: string;
      /** Hand the text back as a Blob (browser: straight to a download, never copied into the page). */
      asBlob: boolean;
    }
  | { type: 'check'; base64: string };

export type WorkerReply =
  | { type: 'progress'; phase: BackupPhase; done: number }
  | { type: 'exported'; exported: ExportedJournal }
  | { type: 'checked'; meta: Omit<ParsedBackup, 'data'> }
  | { type: 'records'; table: BackupTable; records: BackupData[BackupTable] }
  | { type: 'done' }
  | { type: 'invalid'; problem: BackupProblem }
  | { type: 'failed'; message: string };
