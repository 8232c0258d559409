/**
 * Crash-safe file writes: the bytes go to a temporary file in the same folder, are fsynced,
 * and only then renamed over the target. A crash at any moment leaves either the old file or
 * the complete new one, never a torn file (rename within one folder is atomic).
 */
import { randomBytes } from 'node:crypto';
import { promises as fs, constants as fsConstants } from 'node:fs';
import path from 'node:path';
import { AppError } from './errors';

const NOT_WRITABLE_CODES = new Set(['EACCES', 'EPERM', 'EROFS', 'ENOENT', 'ENOTDIR', 'EISDIR']);

function errnoCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string'
    ? error.code
    : undefined;
}

/** Turns an fs error into the message a user can act on: which folder, and why. */
export function toWriteError(error: unknown, folder: string): AppError {
  const code = errnoCode(error);
  if (code === 'ENOSPC' || code === 'EDQUOT') {
    return new AppError(
      'not-writable',
      `The disk holding the folder "${folder}" is full. Free some space and try again.`,
    );
  }
  if (code && NOT_WRITABLE_CODES.has(code)) {
    const reason =
      code === 'ENOENT' || code === 'ENOTDIR' ? 'it does not exist' : 'you do not have permission to write there';
    return new AppError('not-writable', `Cannot write to the folder "${folder}": ${reason}. Choose another folder.`);
  }
  const message = error instanceof Error ? error.message : String(error);
  return new AppError('internal', `Could not write to the folder "${folder}": ${message}`);
}

/** Writes `data` to `target` atomically (temp file, fsync, rename, fsync of the folder). */
export async function writeFileAtomic(target: string, data: string | Uint8Array): Promise<void> {
  const folder = path.dirname(target);
  const temp = path.join(folder, `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(temp, 'wx', 0o600);
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await fs.rename(temp, target);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw toWriteError(error, folder);
  }
  await syncFolder(folder);
}

// Makes the rename itself durable. Windows cannot open a folder for fsync, and there the
// rename is already journaled by NTFS, so skipping it is safe.
async function syncFolder(folder: string): Promise<void> {
  if (process.platform === 'win32') return;
  const dir = await fs.open(folder, fsConstants.O_RDONLY).catch(() => undefined);
  if (!dir) return;
  await dir.sync().catch(() => undefined);
  await dir.close().catch(() => undefined);
}

/** Throws the same `not-writable` error a write would, without leaving anything behind. */
export async function assertWritableFolder(folder: string): Promise<void> {
  try {
    const stat = await fs.stat(folder);
    if (!stat.isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
    await fs.access(folder, fsConstants.W_OK);
  } catch (error) {
    throw toWriteError(error, folder);
  }
}
