/**
 * Registers every command of the contract with one wrapper: the sender must be our own page
 * (app://rapport), the payload must pass its zod schema, and whatever happens the renderer
 * gets a `Result` (only an error's message survives IPC, so errors are data here).
 */
import type { CommandArgs, CommandName, CommandResult, Result } from '../shared/ipc/contract';
import { COMMAND_NAMES } from '../shared/ipc/contract';
import { commandSchemas } from '../shared/ipc/schemas';
import { APP_HOST, APP_SCHEME } from './appProtocol';
import { isAppError } from './errors';

/** What a handler learns about the call besides its payload. */
export interface CallContext {
  /** The sending WebContents (opaque here; main.ts knows its type). */
  sender: unknown;
}

export type Handlers = {
  [K in CommandName]: (args: CommandArgs<K>, context: CallContext) => Promise<CommandResult<K>>;
};

/** The part of an `IpcMainInvokeEvent` the checks read. */
export interface InvokeEventLike {
  sender: unknown;
  senderFrame: { url: string } | null;
}

export interface IpcMainLike {
  handle(channel: string, listener: (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>): void;
}

/** True only for a frame showing a page of our own origin. */
export function isTrustedSender(event: Pick<InvokeEventLike, 'senderFrame'>): boolean {
  const url = event.senderFrame?.url;
  if (!url) return false;
  try {
    const parsed = new URL(url);
    // URL.origin is "null" for non-special schemes, so compare scheme and host directly.
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}

function failure(code: 'invalid-payload' | 'forbidden-sender' | 'internal', message: string): Result<never> {
  return { ok: false, error: { code, message } };
}

/** Runs one command through sender check, validation and error mapping. Exported for tests. */
export async function dispatch<K extends CommandName>(
  name: K,
  handlers: Handlers,
  event: InvokeEventLike,
  payload: unknown,
  isTrusted: (event: InvokeEventLike) => boolean = isTrustedSender,
): Promise<Result<CommandResult<K>>> {
  if (!isTrusted(event)) return failure('forbidden-sender', `"${name}" was called from an untrusted page.`);
  const parsed = commandSchemas[name].safeParse(payload);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` at "${issue.path.join('.')}"` : '';
    return failure('invalid-payload', `Invalid payload for "${name}"${where}: ${issue?.message ?? 'rejected'}.`);
  }
  try {
    const handler = handlers[name] as (args: CommandArgs<K>, context: CallContext) => Promise<CommandResult<K>>;
    const data = await handler(parsed.data as CommandArgs<K>, { sender: event.sender });
    return { ok: true, data };
  } catch (error) {
    if (isAppError(error)) return { ok: false, error: { code: error.code, message: error.message } };
    return failure('internal', error instanceof Error ? error.message : String(error));
  }
}

export function registerHandlers(
  ipcMain: IpcMainLike,
  handlers: Handlers,
  isTrusted: (event: InvokeEventLike) => boolean = isTrustedSender,
): void {
  for (const name of COMMAND_NAMES) {
    ipcMain.handle(name, (event, payload) => dispatch(name, handlers, event, payload, isTrusted));
  }
}
