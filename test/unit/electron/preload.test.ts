import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Bridge } from '../../../shared/ipc/contract';

// The preload's only dependency is Electron's renderer API, which cannot exist in Node:
// a small stand-in records what the preload exposes and lets the test push events.
const electronFake = vi.hoisted(() => {
  const exposed = new Map<string, unknown>();
  const ipcListeners = new Map<string, (event: unknown, payload: unknown) => void>();
  const invoked: { channel: string; args: unknown }[] = [];
  const sent: string[] = [];
  return {
    exposed,
    ipcListeners,
    invoked,
    sent,
    module: {
      contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
      ipcRenderer: {
        on: (channel: string, listener: (event: unknown, payload: unknown) => void) =>
          ipcListeners.set(channel, listener),
        invoke: async (channel: string, args: unknown) => {
          invoked.push({ channel, args });
          return { ok: true, data: channel };
        },
        send: (channel: string) => sent.push(channel),
      },
    },
  };
});
vi.mock('electron', () => electronFake.module);

let bridge: Bridge;
beforeAll(async () => {
  await import('../../../electron/preload');
  bridge = electronFake.exposed.get('rapport') as Bridge;
});

describe('preload bridge', () => {
  it('exposes exactly one object, rapport, with invoke/on/readyToQuit', () => {
    expect([...electronFake.exposed.keys()]).toEqual(['rapport']);
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'on', 'readyToQuit']);
  });

  it('forwards contract commands and refuses others without touching IPC', async () => {
    expect(await bridge.invoke('settings:get', null)).toEqual({ ok: true, data: 'settings:get' });
    const sneaky = bridge.invoke as (name: string, args: unknown) => Promise<unknown>;
    expect(await sneaky('electron-store-get-data', null)).toMatchObject({
      ok: false,
      error: { code: 'invalid-payload' },
    });
    expect(electronFake.invoked.map((c) => c.channel)).toEqual(['settings:get']);
  });

  it('listens only to contract events, and keeps an early event for the first listener', () => {
    expect([...electronFake.ipcListeners.keys()].sort()).toEqual([
      'backup:beforeQuit',
      'settings:recovered',
      'ui:logConversation',
    ]);
    electronFake.ipcListeners.get('settings:recovered')?.({}, { movedTo: '/u/settings.corrupt-x.json' });
    const received: unknown[] = [];
    const off = bridge.on('settings:recovered', (payload) => received.push(payload));
    expect(received).toEqual([{ movedTo: '/u/settings.corrupt-x.json' }]);
    electronFake.ipcListeners.get('settings:recovered')?.({}, { movedTo: '/second' });
    off();
    electronFake.ipcListeners.get('settings:recovered')?.({}, { movedTo: '/after-off' });
    expect(received).toEqual([{ movedTo: '/u/settings.corrupt-x.json' }, { movedTo: '/second' }]);
  });

  it('readyToQuit sends the one non-command channel', () => {
    bridge.readyToQuit();
    expect(electronFake.sent).toEqual(['app:readyToQuit']);
  });
});
