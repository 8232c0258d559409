/**
 * The renderer's only door to the platform. In Electron the preload exposes `window.rapport`;
 * in a plain browser the web implementation stands in.
 */
import type { Bridge, CommandArgs, CommandName, CommandResult } from '../../shared/ipc/contract';
import { createWebBridge, WEB_CAPABILITIES } from './bridge.web';
import { DESKTOP_CAPABILITIES, type Capabilities } from './capabilities';

declare global {
  interface Window {
    rapport?: Bridge;
  }
}

export const bridge: Bridge = window.rapport ?? createWebBridge();
/** What this platform can do: features ask these, never which platform runs. */
export const capabilities: Capabilities = window.rapport ? DESKTOP_CAPABILITIES : WEB_CAPABILITIES;

/** Invokes a command and throws its error message on failure. */
export async function call<K extends CommandName>(name: K, args: CommandArgs<K>): Promise<CommandResult<K>> {
  const result = await bridge.invoke(name, args);
  if (!result.ok) throw Object.assign(new Error(result.error.message), { code: result.error.code });
  return result.data;
}
