/**
 * Runs the heavy backup steps in a Web Worker (backupWorker.ts) and falls back to the page
 * itself where workers are unavailable. Same results either way: the worker uses the very
 * same export and validation code.
 */
import type { BackupData, BackupSettings } from '../../../shared/backup/format';
import { BackupError, type ParsedBackup } from '../../../shared/backup/parse';
import { base64ToBytes, decodeText } from '../../../shared/import/decode';
import { checkBackup, exportJournal, type ExportedJournal, type ProgressListener } from '../../db/backup';
import { capabilities } from '../../platform/bridge';
import { runWorkerJob } from '../../db/workerJob';
import type { WorkerReply, WorkerRequest } from './backupWorkerProtocol';

/**
 * One backup job in backupWorker.ts: `onReply` sees every progress and data reply and returns
 * the final value; the worker's own failures reject. `fallback` runs the same code here.
 */
function runInWorker<T>(
  request: WorkerRequest,
  onReply: (reply: WorkerReply) => { value: T } | undefined,
  fallback: () => Promise<T>,
): Promise<T> {
  return runWorkerJob<WorkerRequest, WorkerReply, T>({
    start: () => new Worker(new URL('./backupWorker.ts', import.meta.url), { type: 'module' }),
    request,
    onReply: (reply) => {
      if (reply.type === 'invalid') throw new BackupError(reply.problem);
      if (reply.type === 'failed') throw new Error(reply.message);
      return onReply(reply);
    },
    fallback,
  });
}

export interface WorkerExportOptions {
  appVersion: string;
  settings: BackupSettings;
  now?: Date;
  fileNamePrefix?: string;
  onProgress?: ProgressListener;
}

/** `exportJournal` off the main thread. */
export function exportJournalInWorker(options: WorkerExportOptions): Promise<ExportedJournal> {
  const now = options.now ?? new Date();
  return runInWorker<ExportedJournal>(
    {
      type: 'export',
      appVersion: options.appVersion,
      settings: options.settings,
      now: now.toISOString(),
      fileNamePrefix: options.fileNamePrefix,
      // IPC takes strings, not Blobs: build a Blob only where the bridge takes one.
      asBlob: capabilities.savesBlobs,
    },
    (reply) => {
      if (reply.type === 'progress') options.onProgress?.(reply.phase, reply.done);
      return reply.type === 'exported' ? { value: reply.exported } : undefined;
    },
    () => exportJournal({ ...options, now }),
  );
}

/** Decodes and validates a backup file (base64 bytes) off the main thread; throws `BackupError`. */
export function checkBackupFileInWorker(base64: string, onProgress?: ProgressListener): Promise<ParsedBackup> {
  let meta: Omit<ParsedBackup, 'data'> | null = null;
  const data: BackupData = { clients: [], conversations: [], disputes: [], decisions: [] };
  return runInWorker<ParsedBackup>(
    { type: 'check', base64 },
    (reply) => {
      switch (reply.type) {
        case 'progress':
          onProgress?.(reply.phase, reply.done);
          return undefined;
        case 'checked':
          meta = reply.meta;
          return undefined;
        case 'records': {
          const target = data[reply.table] as unknown[];
          for (const record of reply.records) target.push(record);
          return undefined;
        }
        case 'done':
          if (!meta) throw new Error('The backup worker sent no header.');
          return { value: { ...meta, data } };
        default:
          return undefined;
      }
    },
    () => checkBackup(decodeText(base64ToBytes(base64)).text, onProgress),
  );
}
