/**
 * The renderer's only door to the platform. In Electron the preload exposes `window.rapport`;
 * in a plain browser the web implementation stands in.
 */
import type { Bridge, CommandArgs, CommandName, CommandResult } from '../../shared/ipc/contract';
import { createWebBridge } from './bridge.web';

declare global {
  interface Window {
    rapport?: Bridge;
  }
}

export const bridge: Bridge = window.rapport ?? createWebBridge();
export const isElectron = window.rapport !== undefined;

/** Invokes a command and throws its error message on failure. */
export async function call<K extends CommandName>(name: K, args: CommandArgs<K>): Promise<CommandResult<K>> {
  const result = await bridge.invoke(name, args);
  if (!result.ok) throw Object.assign(new Error(result.error.message), { code: result.error.code });
  return result.data;
}
