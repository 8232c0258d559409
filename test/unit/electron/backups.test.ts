import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  backupsToDelete,
  createBackupFolder,
  KEEP_DAILY,
  KEEP_SAFETY,
  KEEP_WEEKLY,
  SAFETY_SUBFOLDER,
} from '../../../electron/backups';
import { useTempDirs } from './tempDir';

const name = (day: string, time = '1200') => `rapport-backup-${day}-${time}.json`;

/** Every day from `start` (yyyy-MM-dd) for `days` days, one backup each at noon. */
function dailyNames(start: string, days: number): string[] {
  const [y, m, d] = start.split('-').map(Number) as [number, number, number];
  return Array.from({ length: days }, (_, i) => {
    const date = new Date(y, m - 1, d + i);
    const iso = `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
    return name(iso);
  });
}

describe('backupsToDelete (rotation)', () => {
  it('keeps everything while there are few backups', () => {
    expect(backupsToDelete(dailyNames('2026-11-17', 7))).toEqual([]);
  });

  it('after 120 days keeps the newest 7 days and the newest of each of the last 8 ISO weeks', () => {
    const names = dailyNames('2026-08-01', 120); // up to 2026-11-28 (a Saturday)
    const doomed = new Set(backupsToDelete(names));
    const kept = names.filter((n) => !doomed.has(n)).sort();
    // Days 11-22..11-28 (7 days) plus the Sundays that end the 7 earlier weeks, W41..W47.
    expect(kept).toEqual(
      [
        '2026-10-11',
        '2026-10-18',
        '2026-10-25',
        '2026-11-01',
        '2026-11-08',
        '2026-11-15',
        '2026-11-22',
        '2026-11-23',
        '2026-11-24',
        '2026-11-25',
        '2026-11-26',
        '2026-11-27',
        '2026-11-28',
      ].map((d) => name(d)),
    );
    expect(kept.length).toBeLessThanOrEqual(KEEP_DAILY + KEEP_WEEKLY);
  });

  it('keeps only the newest backup of a day', () => {
    const names = [name('2026-11-23', '0900'), name('2026-11-23', '1730'), name('2026-11-23', '1200')];
    expect(backupsToDelete(names).sort()).toEqual([name('2026-11-23', '0900'), name('2026-11-23', '1200')]);
  });

  it('puts Sunday and Monday in different ISO weeks', () => {
    // One day only (daily = 1) and two weeks: Sunday 22nd (W47) survives as its week's newest.
    const names = [name('2026-11-22'), name('2026-11-23'), name('2026-11-21')];
    expect(backupsToDelete(names, 1, 2)).toEqual([name('2026-11-21')]);
  });

  it('never touches files that are not automatic backups', () => {
    const names = [
      ...dailyNames('2026-01-01', 200),
      'notes.txt',
      'rapport-backup-latest.json',
      'rapport-backup-2026-02-30-1200.json',
    ];
    const doomed = backupsToDelete(names);
    expect(doomed).not.toContain('notes.txt');
    expect(doomed).not.toContain('rapport-backup-latest.json');
    expect(doomed).not.toContain('rapport-backup-2026-02-30-1200.json');
  });
});

describe('backups folder', () => {
  const tempDir = useTempDirs();

  function folder(now = new Date('2026-11-23T12:00:00Z')) {
    const dir = path.join(tempDir(), 'backups');
    let lastBackupAt: string | null = null;
    const backups = createBackupFolder({
      chosenFolder: () => null,
      defaultFolder: dir,
      lastBackupAt: () => lastBackupAt,
      setLastBackupAt: (at) => {
        lastBackupAt = at;
      },
      now: () => now,
    });
    return { dir, backups, lastBackupAt: () => lastBackupAt };
  }

  it('creates the folder, writes the backup atomically and records the time', async () => {
    const { dir, backups, lastBackupAt } = folder();
    const result = await backups.write({
      json: '{"format":"rapport-backup"}',
      fileName: name('2026-11-23'),
      kind: 'auto',
    });
    expect(result.path).toBe(path.join(dir, name('2026-11-23')));
    expect(readFileSync(result.path, 'utf8')).toBe('{"format":"rapport-backup"}');
    expect(readdirSync(dir)).toEqual([name('2026-11-23')]);
    expect(lastBackupAt()).toBe('2026-11-23T12:00:00.000Z');
  });

  it('rotates old automatic backups after a write but never the safety ones', async () => {
    const { dir, backups } = folder();
    mkdirSync(path.join(dir, SAFETY_SUBFOLDER), { recursive: true });
    const old = dailyNames('2026-06-01', 150);
    for (const n of old) writeFileSync(path.join(dir, n), '{}');
    writeFileSync(path.join(dir, SAFETY_SUBFOLDER, name('2026-06-01')), '{}');
    writeFileSync(path.join(dir, 'README.txt'), 'mine');

    await backups.write({ json: '{}', fileName: name('2026-11-23', '0800'), kind: 'safety' });
    expect(readdirSync(dir).length).toBe(150 + 2); // a safety write does not rotate the automatic ones

    await backups.write({ json: '{}', fileName: name('2026-11-23', '0900'), kind: 'auto' });
    const left = readdirSync(dir).filter((n) => n.startsWith('rapport-backup-'));
    expect(left.length).toBeLessThanOrEqual(KEEP_DAILY + KEEP_WEEKLY);
    expect(left).toContain(name('2026-11-23', '0900'));
    expect(readdirSync(dir)).toContain('README.txt');
    expect(readdirSync(path.join(dir, SAFETY_SUBFOLDER)).sort()).toEqual([
      name('2026-06-01'),
      name('2026-11-23', '0800'),
    ]);
  });

  it('keeps the newest 10 safety backups, never another file, and never touches the automatic ones', async () => {
    const { dir, backups, lastBackupAt } = folder();
    const safety = path.join(dir, SAFETY_SUBFOLDER);
    mkdirSync(safety, { recursive: true });
    const older = dailyNames('2026-10-01', 12);
    for (const n of older) writeFileSync(path.join(safety, n), '{}');
    writeFileSync(path.join(safety, 'notes.txt'), 'mine');
    writeFileSync(path.join(dir, name('2026-01-01')), '{}');

    await backups.write({ json: '{"s":1}', fileName: name('2026-11-23', '0800'), kind: 'safety' });
    const left = readdirSync(safety).filter((n) => n.startsWith('rapport-backup-'));
    expect(left.length).toBe(KEEP_SAFETY);
    expect(left.sort()).toEqual([...older.slice(-(KEEP_SAFETY - 1)), name('2026-11-23', '0800')].sort());
    expect(readdirSync(safety)).toContain('notes.txt');
    expect(readdirSync(dir)).toContain(name('2026-01-01'));
    expect(lastBackupAt()).toBeNull(); // a safety backup is not the daily backup
  });

  it('reports the folder, last backup and files newest first', async () => {
    const { dir, backups } = folder();
    expect(await backups.status()).toEqual({ folder: dir, lastBackupAt: null, files: [] });
    await backups.write({ json: '{"a":1}', fileName: name('2026-11-22'), kind: 'auto' });
    await backups.write({ json: '{}', fileName: name('2026-11-23'), kind: 'auto' });
    const status = await backups.status();
    expect(status.lastBackupAt).toBe('2026-11-23T12:00:00.000Z');
    expect(status.files.map((f) => [f.name, f.size])).toEqual([
      [name('2026-11-23'), 2],
      [name('2026-11-22'), 7],
    ]);
  });

  it('uses the chosen folder once there is one', async () => {
    const chosen = tempDir();
    const fallback = path.join(tempDir(), 'backups');
    let current: string | null = null;
    const backups = createBackupFolder({
      chosenFolder: () => current,
      defaultFolder: fallback,
      lastBackupAt: () => null,
      setLastBackupAt: () => undefined,
    });
    expect(backups.folder()).toBe(fallback);
    current = chosen;
    const { path: written } = await backups.write({ json: '{}', fileName: name('2026-11-23'), kind: 'auto' });
    expect(written).toBe(path.join(chosen, name('2026-11-23')));
  });

  it('fails with not-writable when the backups folder cannot be created', async () => {
    const blocker = path.join(tempDir(), 'file');
    writeFileSync(blocker, 'x');
    const backups = createBackupFolder({
      chosenFolder: () => path.join(blocker, 'backups'),
      defaultFolder: path.join(blocker, 'default'),
      lastBackupAt: () => null,
      setLastBackupAt: () => undefined,
    });
    await expect(backups.write({ json: '{}', fileName: name('2026-11-23'), kind: 'auto' })).rejects.toMatchObject({
      code: 'not-writable',
    });
  });
});
