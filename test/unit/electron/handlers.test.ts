import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Conf from 'conf';
import { describe, expect, it } from 'vitest';
import { createBackupFolder } from '../../../electron/backups';
import { createHandlers, type HandlerDeps, type SaveDialogOptions } from '../../../electron/handlers';
import { dispatch, type InvokeEventLike } from '../../../electron/ipc';
import { openSettingsStore, type StoreFactory, type StoredShape } from '../../../electron/settingsStore';
import type { CommandArgs, CommandName, SaveFileArgs } from '../../../shared/ipc/contract';
import { useTempDirs } from './tempDir';

const confStore: StoreFactory = ({ name, ...options }) => new Conf<StoredShape>({ ...options, configName: name });
const trusted: InvokeEventLike = { sender: {}, senderFrame: { url: 'app://rapport/index.html' } };

describe('command handlers', () => {
  const tempDir = useTempDirs();

  /** Real settings file and folders; only the OS dialogs, shell and printer are stand-ins. */
  function app(overrides: Partial<HandlerDeps> = {}) {
    const userData = tempDir();
    const documents = tempDir();
    const settings = openSettingsStore(userData, confStore);
    const saveDialogs: SaveDialogOptions[] = [];
    let answer: (options: SaveDialogOptions) => string | null = (o) => o.defaultPath;
    const opened: string[] = [];
    const deps: HandlerDeps = {
      appInfo: { version: '0.1.0', platform: 'linux', userDataPath: userData, osLanguage: 'ru' },
      settings,
      backups: createBackupFolder({
        chosenFolder: () => settings.getSettings().backupFolder,
        defaultFolder: path.join(userData, 'backups'),
        lastBackupAt: () => settings.getSettings().lastBackupAt,
        setLastBackupAt: (at) => void settings.setSettings({ lastBackupAt: at }),
      }),
      showSaveDialog: async (options) => {
        saveDialogs.push(options);
        const filePath = answer(options);
        return filePath ? { canceled: false, filePath } : { canceled: true };
      },
      showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
      defaultExportFolder: () => documents,
      renderPdf: async (html, footer) => new TextEncoder().encode(`%PDF-1.7 ${footer} ${html.length}`),
      openPath: async (folder) => {
        opened.push(folder);
        return '';
      },
      notify: () => true,
      setQuickLogShortcut: () => true,
      ...overrides,
    };
    const handlers = createHandlers(deps);
    const call = <K extends CommandName>(name: K, args: CommandArgs<K>) => dispatch(name, handlers, trusted, args);
    return {
      call,
      handlers,
      userData,
      documents,
      saveDialogs,
      opened,
      settings,
      answerWith: (fn: typeof answer) => (answer = fn),
    };
  }

  const markdown: SaveFileArgs = {
    suggestedName: 'rapport-summary-2026-W48.md',
    content: '# Неделя',
    encoding: 'utf8',
    filters: [],
  };

  it('app:info reports the desktop app', async () => {
    const { call, userData } = app();
    expect(await call('app:info', null)).toEqual({
      ok: true,
      data: { version: '0.1.0', platform: 'linux', userDataPath: userData, osLanguage: 'ru', isElectron: true },
    });
  });

  it('file:save opens in Documents first, then in the last folder used', async () => {
    const { call, documents, saveDialogs, answerWith } = app();
    const elsewhere = tempDir();
    answerWith((o) => path.join(elsewhere, path.basename(o.defaultPath)));
    const first = await call('file:save', markdown);
    expect(saveDialogs[0]?.defaultPath).toBe(path.join(documents, 'rapport-summary-2026-W48.md'));
    expect(first).toEqual({
      ok: true,
      data: { path: path.join(elsewhere, 'rapport-summary-2026-W48.md'), name: 'rapport-summary-2026-W48.md' },
    });
    expect(readFileSync(path.join(elsewhere, 'rapport-summary-2026-W48.md'), 'utf8')).toBe('# Неделя');

    await call('file:save', { ...markdown, suggestedName: 'rapport-summary-2026-W49.csv' });
    expect(saveDialogs[1]?.defaultPath).toBe(path.join(elsewhere, 'rapport-summary-2026-W49.csv'));
  });

  it('file:save decodes base64 and returns null when cancelled', async () => {
    const { call, documents, answerWith } = app();
    const bytes = Buffer.from([0xef, 0xbb, 0xbf, 0x61]);
    await call('file:save', {
      suggestedName: 'a.csv',
      content: bytes.toString('base64'),
      encoding: 'base64',
      filters: [],
    });
    expect(readFileSync(path.join(documents, 'a.csv'))).toEqual(bytes);
    answerWith(() => null);
    expect(await call('file:save', markdown)).toEqual({ ok: true, data: null });
  });

  it('file:save and pdf:save accept only the file types of their allow-lists', async () => {
    const { call, documents, saveDialogs } = app();
    for (const args of [
      { ...markdown, suggestedName: 'update.desktop' },
      { ...markdown, suggestedName: 'run.bat' },
      { ...markdown, suggestedName: 'no-extension' },
      { ...markdown, suggestedName: 'summary.pdf' }, // pdf:save's, not file:save's
      { ...markdown, filters: [{ name: 'All files', extensions: ['*'] }] },
      { ...markdown, filters: [{ name: 'Program', extensions: ['exe'] }] },
    ]) {
      expect(await call('file:save', args)).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    }
    expect(await call('pdf:save', { suggestedName: 'summary.html', html: '<p>x</p>', footer: 'W48' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-payload' },
    });
    expect(await call('file:open', { filters: [{ name: 'Scripts', extensions: ['sh'] }] })).toMatchObject({
      ok: false,
      error: { code: 'invalid-payload' },
    });
    expect(saveDialogs).toEqual([]);
    expect(readdirSync(documents)).toEqual([]);

    const allowed = await call('file:save', { ...markdown, filters: [{ name: 'Markdown', extensions: ['md'] }] });
    expect(allowed).toMatchObject({ ok: true, data: { name: 'rapport-summary-2026-W48.md' } });
  });

  it('file:save keeps the allowed extension when the name typed in the dialog has another', async () => {
    const { call, documents, answerWith } = app();
    answerWith(() => path.join(documents, 'weekly.sh'));
    expect(await call('file:save', markdown)).toMatchObject({ ok: true, data: { name: 'weekly.sh.md' } });
    expect(readdirSync(documents)).toEqual(['weekly.sh.md']);
  });

  it('file:save reports a folder that cannot be written to', async () => {
    const { call, answerWith } = app();
    const missing = path.join(tempDir(), 'unplugged-drive');
    answerWith(() => path.join(missing, 'a.md'));
    const result = await call('file:save', markdown);
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'not-writable', message: expect.stringContaining(missing) },
    });
  });

  it('pdf:save renders and saves the PDF like any export', async () => {
    const { call, documents } = app();
    const result = await call('pdf:save', {
      suggestedName: 'rapport-summary-2026-W48.pdf',
      html: '<p>x</p>',
      footer: '2026-W48',
    });
    expect(result.ok).toBe(true);
    expect(readFileSync(path.join(documents, 'rapport-summary-2026-W48.pdf'), 'utf8')).toBe('%PDF-1.7 2026-W48 8');
  });

  it('settings:set persists and reports the change', async () => {
    const changes: string[] = [];
    const { call, userData } = app({ onSettingsChanged: (s) => changes.push(s.language ?? 'os') });
    expect(await call('settings:set', { language: 'ru' })).toMatchObject({ ok: true, data: { language: 'ru' } });
    expect(changes).toEqual(['ru']);
    expect(JSON.parse(readFileSync(path.join(userData, 'settings.json'), 'utf8')).settings.language).toBe('ru');
    expect(await call('settings:get', null)).toMatchObject({ ok: true, data: { language: 'ru' } });
  });

  it('settings:set refuses the backups folder and the last backup time: only main sets them', async () => {
    const { call, settings, handlers } = app();
    const elsewhere = tempDir();
    for (const patch of [{ backupFolder: elsewhere }, { lastBackupAt: '2099-01-01T00:00:00.000Z' }]) {
      expect(await call('settings:set', patch as CommandArgs<'settings:set'>)).toMatchObject({
        ok: false,
        error: { code: 'invalid-payload' },
      });
    }
    // A handler reached without the schema (a bug elsewhere) still drops them.
    const forged = { language: 'ru', backupFolder: elsewhere, lastBackupAt: '2099-01-01T00:00:00.000Z' };
    await handlers['settings:set'](forged as CommandArgs<'settings:set'>, { sender: null });
    expect(settings.getSettings()).toMatchObject({ language: 'ru', backupFolder: null, lastBackupAt: null });
  });

  it('backup:writeAuto writes into <userData>/backups and updates lastBackupAt', async () => {
    const { call, userData } = app();
    const result = await call('backup:writeAuto', {
      json: '{"format":"rapport-backup"}',
      fileName: 'rapport-backup-2026-11-23-1800.json',
      kind: 'auto',
    });
    expect(result).toEqual({
      ok: true,
      data: { path: path.join(userData, 'backups', 'rapport-backup-2026-11-23-1800.json') },
    });
    const status = await call('backup:status', null);
    expect(status).toMatchObject({
      ok: true,
      data: { folder: path.join(userData, 'backups'), files: [{ name: 'rapport-backup-2026-11-23-1800.json' }] },
    });
    if (status.ok) expect(status.data.lastBackupAt).toMatch(/Z$/);
  });

  it('backup:chooseFolder switches the backups folder; backup:openFolder opens it', async () => {
    const chosen = tempDir();
    const { call, opened } = app({ showOpenDialog: async () => ({ canceled: false, filePaths: [chosen] }) });
    const status = await call('backup:chooseFolder', null);
    expect(status).toMatchObject({ ok: true, data: { folder: chosen } });
    await call('backup:writeAuto', { json: '{}', fileName: 'rapport-backup-2026-11-23-1800.json', kind: 'auto' });
    expect(readdirSync(chosen)).toEqual(['rapport-backup-2026-11-23-1800.json']);
    expect(await call('backup:openFolder', null)).toEqual({ ok: true, data: null });
    expect(opened).toEqual([chosen]);
  });

  it('backup:chooseFolder refuses a folder it cannot write to and keeps the old one', async () => {
    const file = path.join(tempDir(), 'a-file');
    writeFileSync(file, 'x');
    const { call, settings } = app({ showOpenDialog: async () => ({ canceled: false, filePaths: [file] }) });
    expect(await call('backup:chooseFolder', null)).toMatchObject({ ok: false, error: { code: 'not-writable' } });
    expect(settings.getSettings().backupFolder).toBeNull();
  });

  it('backup:openFolder opens only an existing directory, never a file', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'run-me.sh');
    writeFileSync(file, '#!/bin/sh');
    // A settings file edited by hand (or by malware) pointing the folder at a file or nowhere.
    for (const target of [file, path.join(dir, 'missing')]) {
      const { call, opened, settings } = app();
      settings.setSettings({ backupFolder: target });
      expect(await call('backup:openFolder', null)).toMatchObject({ ok: false, error: { code: 'not-found' } });
      expect(opened).toEqual([]);
      expect(existsSync(path.join(dir, 'missing'))).toBe(false);
    }
  });

  it('backup:openFolder reports what the OS says when it cannot open the folder', async () => {
    const { call, userData } = app({ openPath: async () => 'No application knows how to open this' });
    expect(await call('backup:openFolder', null)).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(existsSync(path.join(userData, 'backups'))).toBe(true);
  });

  it('file:open returns the bytes as base64 (any encoding survives)', async () => {
    const dir = tempDir();
    mkdirSync(dir, { recursive: true });
    const cp1251 = Buffer.from([0xc8, 0xe2, 0xe0, 0xed]); // "Иван" in Windows-1251
    writeFileSync(path.join(dir, 'clients.csv'), cp1251);
    const { call } = app({
      showOpenDialog: async () => ({ canceled: false, filePaths: [path.join(dir, 'clients.csv')] }),
    });
    expect(await call('file:open', { filters: [{ name: 'CSV', extensions: ['csv'] }] })).toEqual({
      ok: true,
      data: { name: 'clients.csv', base64: cp1251.toString('base64') },
    });
  });

  it('notify:show and shortcut:set report what the OS allowed', async () => {
    const { call } = app({ notify: () => false, setQuickLogShortcut: (a) => a !== 'Control+Alt+Delete' });
    expect(await call('notify:show', { title: 'Rapport', body: 'Call Anna' })).toEqual({
      ok: true,
      data: { shown: false },
    });
    expect(await call('shortcut:set', { accelerator: 'Control+Alt+Delete' })).toEqual({
      ok: true,
      data: { registered: false },
    });
    expect(await call('shortcut:set', { accelerator: 'Alt+Shift+L' })).toEqual({
      ok: true,
      data: { registered: true },
    });
  });
});
