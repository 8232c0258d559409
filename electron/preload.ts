/**
 * The preload: exposes exactly one object, `window.rapport`, typed as the contract's Bridge.
 * It forwards only the channels the contract names; the renderer never sees ipcRenderer.
 * Sandboxed preloads cannot require local files, so this is bundled into one CommonJS file.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  COMMAND_NAMES,
  EVENT_NAMES,
  READY_TO_QUIT_CHANNEL,
  type Bridge,
  type CommandName,
  type EventName,
  type Events,
  type Result,
} from '../shared/ipc/contract';

const commands = new Set<string>(COMMAND_NAMES);
const events = new Set<string>(EVENT_NAMES);

type Listener = (payload: unknown) => void;
const listeners = new Map<EventName, Set<Listener>>();
// Events that arrive before the renderer subscribes (e.g. `settings:recovered` right after
// load, before React has mounted) are kept and delivered to the first listener.
const pending = new Map<EventName, unknown[]>();

for (const event of EVENT_NAMES) {
  ipcRenderer.on(event, (_e: IpcRendererEvent, payload: unknown) => {
    const set = listeners.get(event);
    if (set && set.size > 0) for (const listener of set) listener(payload);
    else pending.set(event, [...(pending.get(event) ?? []), payload].slice(-5));
  });
}

const bridge = {
  invoke(name, args) {
    if (!commands.has(name)) {
      return Promise.resolve({
        ok: false,
        error: { code: 'invalid-payload', message: `Unknown command "${String(name)}".` },
      });
    }
    return ipcRenderer.invoke(name satisfies CommandName, args) as Promise<Result<never>>;
  },
  on(event, listener) {
    if (!events.has(event)) return () => undefined;
    const set = listeners.get(event) ?? new Set<Listener>();
    listeners.set(event, set);
    const wrapped: Listener = (payload) => listener(payload as Events[typeof event]);
    set.add(wrapped);
    const queued = pending.get(event);
    if (queued) {
      pending.delete(event);
      for (const payload of queued) wrapped(payload);
    }
    return () => {
      set.delete(wrapped);
    };
  },
  readyToQuit() {
    ipcRenderer.send(READY_TO_QUIT_CHANNEL);
  },
} satisfies Bridge;

contextBridge.exposeInMainWorld('rapport', bridge);
