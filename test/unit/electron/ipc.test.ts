import { describe, expect, it } from 'vitest';
import { COMMAND_NAMES } from '../../../shared/ipc/contract';
import { DEFAULT_SETTINGS } from '../../../shared/domain/settings';
import { AppError } from '../../../electron/errors';
import {
  dispatch,
  isTrustedSender,
  registerHandlers,
  type Handlers,
  type InvokeEventLike,
} from '../../../electron/ipc';

const trusted: InvokeEventLike = { sender: {}, senderFrame: { url: 'app://rapport/index.html#/journal' } };

/** Handlers that record what reached them; each returns something recognisable. */
function recordingHandlers() {
  const calls: { name: string; args: unknown }[] = [];
  const record =
    <T>(name: string, data: T) =>
    async (args: unknown) => {
      calls.push({ name, args });
      return data;
    };
  const handlers = {
    'app:info': record('app:info', {
      version: '1',
      platform: 'linux',
      userDataPath: '/u',
      isElectron: true,
      osLanguage: 'en',
    }),
    'settings:get': record('settings:get', DEFAULT_SETTINGS),
    'settings:set': record('settings:set', DEFAULT_SETTINGS),
    'file:save': async () => {
      throw new AppError('not-writable', 'Cannot write to the folder "/ro".');
    },
    'file:open': record('file:open', null),
    'pdf:save': async () => {
      throw new Error('printer exploded');
    },
    'backup:writeAuto': record('backup:writeAuto', { path: '/b' }),
    'backup:status': record('backup:status', { folder: '/b', lastBackupAt: null, files: [] }),
    'backup:chooseFolder': record('backup:chooseFolder', null),
    'backup:openFolder': record('backup:openFolder', null),
    'notify:show': record('notify:show', { shown: true }),
    'shortcut:set': record('shortcut:set', { registered: true }),
  } satisfies Handlers;
  return { handlers, calls };
}

describe('isTrustedSender', () => {
  it('trusts only frames of the app://rapport origin', () => {
    expect(isTrustedSender({ senderFrame: { url: 'app://rapport/index.html' } })).toBe(true);
    expect(isTrustedSender({ senderFrame: { url: 'app://rapport/' } })).toBe(true);
    for (const url of [
      'https://rapport/index.html',
      'app://evil/index.html',
      'app://rapport.evil.com/',
      'file:///home/u/dist/renderer/index.html',
      'http://127.0.0.1:5173/',
      'about:blank',
      '',
      'garbage',
    ]) {
      expect(isTrustedSender({ senderFrame: { url } }), url).toBe(false);
    }
    expect(isTrustedSender({ senderFrame: null })).toBe(false);
  });
});

describe('dispatch', () => {
  it('refuses an untrusted sender before the handler runs', async () => {
    const { handlers, calls } = recordingHandlers();
    const result = await dispatch(
      'settings:get',
      handlers,
      { sender: {}, senderFrame: { url: 'https://evil.example/' } },
      null,
    );
    expect(result).toEqual({
      ok: false,
      error: { code: 'forbidden-sender', message: expect.stringContaining('untrusted') },
    });
    expect(calls).toEqual([]);
  });

  it.each([
    ['settings:set', { targetRatio: 0 }],
    ['settings:set', { theme: 'neon' }],
    ['settings:set', { unknownKey: true }],
    ['settings:get', { sneaky: 1 }],
    ['file:save', { suggestedName: '../../.bashrc', content: 'x', encoding: 'utf8', filters: [] }],
    ['file:save', { suggestedName: 'a/b.md', content: 'x', encoding: 'utf8', filters: [] }],
    ['file:save', { suggestedName: 'a.md', content: 42, encoding: 'utf8', filters: [] }],
    ['backup:writeAuto', { json: '{}', fileName: '../rapport-backup-2026-11-23-1200.json', kind: 'auto' }],
    ['backup:writeAuto', { json: '{}', fileName: 'evil.json', kind: 'auto' }],
    ['backup:writeAuto', { json: '{}', fileName: 'rapport-backup-2026-11-23-1200.json', kind: 'other' }],
    ['notify:show', { title: '', body: 'x' }],
    ['shortcut:set', { accelerator: '' }],
    ['shortcut:set', null],
  ] as const)('rejects %s with %j', async (name, payload) => {
    const { handlers, calls } = recordingHandlers();
    const result = await dispatch(name, handlers, trusted, payload);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('invalid-payload');
    expect(calls).toEqual([]);
  });

  it('passes a valid payload to the handler and wraps its data', async () => {
    const { handlers, calls } = recordingHandlers();
    const result = await dispatch('settings:set', handlers, trusted, { targetRatio: 12, language: 'ru' });
    expect(result).toEqual({ ok: true, data: DEFAULT_SETTINGS });
    expect(calls).toEqual([{ name: 'settings:set', args: { targetRatio: 12, language: 'ru' } }]);
  });

  it('turns an AppError into its code and message, anything else into internal', async () => {
    const { handlers } = recordingHandlers();
    const save = await dispatch('file:save', handlers, trusted, {
      suggestedName: 'rapport-summary-2026-W48.md',
      content: '# hi',
      encoding: 'utf8',
      filters: [{ name: 'Markdown', extensions: ['md'] }],
    });
    expect(save).toEqual({ ok: false, error: { code: 'not-writable', message: 'Cannot write to the folder "/ro".' } });
    const pdf = await dispatch('pdf:save', handlers, trusted, {
      suggestedName: 'a.pdf',
      html: '<p>',
      footer: '2026-W48',
    });
    expect(pdf).toEqual({ ok: false, error: { code: 'internal', message: 'printer exploded' } });
  });
});

describe('registerHandlers', () => {
  it('registers every command of the contract, each guarded', async () => {
    const registered = new Map<string, (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>>();
    const { handlers, calls } = recordingHandlers();
    registerHandlers({ handle: (channel, listener) => void registered.set(channel, listener) }, handlers);
    expect([...registered.keys()].sort()).toEqual([...COMMAND_NAMES].sort());
    const status = registered.get('backup:status');
    expect(await status?.(trusted, null)).toEqual({ ok: true, data: { folder: '/b', lastBackupAt: null, files: [] } });
    expect(await status?.({ sender: {}, senderFrame: { url: 'file:///x' } }, null)).toMatchObject({
      ok: false,
      error: { code: 'forbidden-sender' },
    });
    expect(calls.map((c) => c.name)).toEqual(['backup:status']);
  });
});
