/**
 * Backup work off the main thread, so a 50 000-conversation journal never freezes the UI:
 * - `export`: reads the journal (its own IndexedDB connection, one read transaction), builds
 *   the backup text and its checksum, and posts the finished file back;
 * - `check`: decodes, parses, checksums and validates a backup file, then posts the
 *   validated records back in small batches (a single 25 MB message would take the main
 *   thread as long to unpack as the parse it saves).
 */
import { BackupError, type ParsedBackup } from '../../../shared/backup/parse';
import { BACKUP_TABLES, noPause } from '../../../shared/backup/format';
import { base64ToBytes, decodeText } from '../../../shared/import/decode';
import { checkBackup, exportJournal } from '../../db/backup';
import { db } from '../../db/db';
import type { WorkerReply, WorkerRequest } from './backupWorkerProtocol';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage: (message: WorkerReply) => void;
};

/** Records per message when handing validated data back. */
const BATCH = 500;

async function runExport(request: Extract<WorkerRequest, { type: 'export' }>): Promise<void> {
  const exported = await exportJournal({
    appVersion: request.appVersion,
    settings: request.settings,
    now: new Date(request.now),
    fileNamePrefix: request.fileNamePrefix,
    database: db,
    pause: noPause,
    onProgress: (phase, done) => scope.postMessage({ type: 'progress', phase, done }),
  });
  if (request.asBlob) {
    const blob = new Blob([exported.json], { type: 'application/json' });
    scope.postMessage({ type: 'exported', exported: { ...exported, json: '', blob } });
  } else {
    scope.postMessage({ type: 'exported', exported });
  }
}

async function runCheck(request: Extract<WorkerRequest, { type: 'check' }>): Promise<void> {
  const text = decodeText(base64ToBytes(request.base64)).text;
  const parsed: ParsedBackup = await checkBackup(text, (phase, done) =>
    scope.postMessage({ type: 'progress', phase, done }),
  );
  const { data, ...meta } = parsed;
  scope.postMessage({ type: 'checked', meta });
  for (const table of BACKUP_TABLES) {
    const records = data[table];
    for (let i = 0; i < records.length; i += BATCH) {
      scope.postMessage({ type: 'records', table, records: records.slice(i, i + BATCH) });
    }
  }
  scope.postMessage({ type: 'done' });
}

scope.onmessage = (event) => {
  const request = event.data;
  const work = request.type === 'export' ? runExport(request) : runCheck(request);
  work.catch((error: unknown) => {
    if (error instanceof BackupError) scope.postMessage({ type: 'invalid', problem: error.problem });
    else scope.postMessage({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  });
};
