import type { ErrorCode } from '../shared/ipc/contract';

/** An error a handler throws on purpose; `registerHandlers` turns it into `{ ok: false, error }`. */
export class AppError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'AppError';
    this.code = code;
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
