import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertWritableFolder, writeFileAtomic } from '../../../electron/atomicWrite';
import { AppError } from '../../../electron/errors';
import { useTempDirs } from './tempDir';

describe('writeFileAtomic', () => {
  const tempDir = useTempDirs();

  it('writes text and bytes, replacing an existing file, and leaves no temporary file', async () => {
    const dir = tempDir();
    const target = path.join(dir, 'rapport-summary-2026-W48.md');
    await writeFileAtomic(target, '# Неделя 48\n');
    expect(readFileSync(target, 'utf8')).toBe('# Неделя 48\n');
    await writeFileAtomic(target, new Uint8Array([0x25, 0x50, 0x44, 0x46]));
    expect(readFileSync(target, 'latin1')).toBe('%PDF');
    expect(readdirSync(dir)).toEqual(['rapport-summary-2026-W48.md']);
  });

  it('reports a missing folder as not-writable, naming the folder', async () => {
    const dir = path.join(tempDir(), 'gone');
    const error = await writeFileAtomic(path.join(dir, 'a.md'), 'x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'not-writable', message: expect.stringContaining(`"${dir}"`) });
  });

  it('reports a "folder" that is a file as not-writable', async () => {
    const file = path.join(tempDir(), 'plain.txt');
    writeFileSync(file, 'x');
    await expect(writeFileAtomic(path.join(file, 'a.md'), 'x')).rejects.toMatchObject({ code: 'not-writable' });
    await expect(assertWritableFolder(file)).rejects.toMatchObject({ code: 'not-writable' });
  });

  it('keeps the old file intact and cleans up when the final rename fails', async () => {
    const dir = tempDir();
    // A directory where the file should go: the temp file is written, the rename fails.
    const target = path.join(dir, 'taken');
    mkdirSync(path.join(target, 'child'), { recursive: true });
    await expect(writeFileAtomic(target, 'new')).rejects.toBeInstanceOf(AppError);
    expect(readdirSync(dir)).toEqual(['taken']);
    expect(existsSync(path.join(target, 'child'))).toBe(true);
  });

  it('accepts a writable folder', async () => {
    await expect(assertWritableFolder(tempDir())).resolves.toBeUndefined();
  });
});
