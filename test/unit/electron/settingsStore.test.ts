import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Conf from 'conf';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../shared/domain/settings';
import { openSettingsStore, type StoreFactory, type StoredShape } from '../../../electron/settingsStore';
import { useTempDirs } from './tempDir';

// electron-store is conf plus Electron's paths; conf is the same store, importable in Node.
const confStore: StoreFactory = ({ name, ...options }) => new Conf<StoredShape>({ ...options, configName: name });
const NOW = new Date('2026-11-23T15:04:05.123Z');

describe('settings store', () => {
  const tempDir = useTempDirs();

  it('starts from the defaults and persists changes across restarts', () => {
    const dir = tempDir();
    const first = openSettingsStore(dir, confStore);
    expect(first.getSettings()).toEqual(DEFAULT_SETTINGS);
    expect(first.recoveredFrom).toBeNull();
    first.setSettings({ language: 'ru', targetRatio: 12 });
    first.setLastExportFolder('/home/anna/Exports');
    first.setWindowState({ x: 10, y: 20, width: 1300, height: 820, maximized: false });

    const second = openSettingsStore(dir, confStore);
    expect(second.getSettings()).toEqual({ ...DEFAULT_SETTINGS, language: 'ru', targetRatio: 12 });
    expect(second.getLastExportFolder()).toBe('/home/anna/Exports');
    expect(second.getWindowState()).toEqual({ x: 10, y: 20, width: 1300, height: 820, maximized: false });
    expect(second.path).toBe(path.join(dir, 'settings.json'));
  });

  it('refuses a change that breaks the schema and keeps the old value', () => {
    const store = openSettingsStore(tempDir(), confStore);
    expect(() => store.setSettings({ targetRatio: 500 })).toThrow();
    expect(store.getSettings().targetRatio).toBe(10);
  });

  it('moves a file that is not JSON aside and uses the defaults', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'settings.json'), '{"settings": {"language": "ru", ');
    const store = openSettingsStore(dir, confStore, () => NOW);
    const moved = path.join(dir, 'settings.corrupt-2026-11-23T15-04-05-123Z.json');
    expect(store.recoveredFrom).toBe(moved);
    expect(readFileSync(moved, 'utf8')).toBe('{"settings": {"language": "ru", ');
    expect(store.getSettings()).toEqual(DEFAULT_SETTINGS);
    store.setSettings({ theme: 'dark' });
    expect(JSON.parse(readFileSync(path.join(dir, 'settings.json'), 'utf8')).settings.theme).toBe('dark');
  });

  it('moves a file that breaks the schema aside', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'settings.json'), JSON.stringify({ settings: { targetRatio: 'ten', theme: 'neon' } }));
    const store = openSettingsStore(dir, confStore, () => NOW);
    expect(store.recoveredFrom).not.toBeNull();
    expect(readdirSync(dir).sort()).toEqual(['settings.corrupt-2026-11-23T15-04-05-123Z.json', 'settings.json']);
    expect(store.getSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('reads a file from an older version (missing keys) without declaring it corrupt', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'settings.json'), JSON.stringify({ settings: { language: 'en', targetRatio: 8 } }));
    const store = openSettingsStore(dir, confStore);
    expect(store.recoveredFrom).toBeNull();
    expect(store.getSettings()).toEqual({ ...DEFAULT_SETTINGS, language: 'en', targetRatio: 8 });
    expect(store.getWindowState()).toBeNull();
  });

  it('does not swallow errors that are not corruption', () => {
    const dir = tempDir();
    const failing: StoreFactory = () => {
      throw new Error('EACCES: permission denied');
    };
    writeFileSync(path.join(dir, 'settings.json'), '{}');
    expect(() => openSettingsStore(dir, failing)).toThrow('EACCES');
    expect(existsSync(path.join(dir, 'settings.json'))).toBe(true);
  });
});
