/**
 * On quit, the renderer (which owns the journal in IndexedDB) writes a last automatic backup
 * when the previous one is older than a day. Main asks with `backup:beforeQuit` and waits for
 * `readyToQuit()`, but never longer than the timeout: a hung renderer must not block quitting.
 */
export const BACKUP_MAX_AGE_MS = 24 * 60 * 60 * 1000;
export const QUIT_WAIT_MS = 15_000;

export function needsBackupBeforeQuit(lastBackupAt: string | null, now: Date): boolean {
  if (!lastBackupAt) return true;
  const last = Date.parse(lastBackupAt);
  if (Number.isNaN(last)) return true;
  return now.getTime() - last >= BACKUP_MAX_AGE_MS;
}

export interface QuitGuardDeps {
  lastBackupAt(): string | null;
  now?: () => Date;
  /** Sends `backup:beforeQuit` to the renderer; false when there is no window to ask. */
  askRenderer(): boolean;
  /** Continues quitting (or closing) once the renderer is done or time is up. */
  proceed(): void;
  timeoutMs?: number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
}

export function createQuitGuard(deps: QuitGuardDeps) {
  const now = deps.now ?? (() => new Date());
  const setTimer = deps.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
  const clearTimer = deps.clearTimer ?? ((timer) => clearTimeout(timer as ReturnType<typeof setTimeout>));
  let state: 'idle' | 'waiting' | 'done' = 'idle';
  let timer: unknown;

  const finish = () => {
    if (state !== 'waiting') return;
    state = 'done';
    clearTimer(timer);
    deps.proceed();
  };

  return {
    /**
     * Call from the window's `close` event. Returns true when the close must be prevented
     * (the guard will call `proceed()` later); false to let it happen now.
     */
    shouldHoldClose(): boolean {
      if (state === 'done') return false;
      if (state === 'waiting') return true;
      if (!needsBackupBeforeQuit(deps.lastBackupAt(), now())) {
        state = 'done';
        return false;
      }
      if (!deps.askRenderer()) {
        state = 'done';
        return false;
      }
      state = 'waiting';
      timer = setTimer(finish, deps.timeoutMs ?? QUIT_WAIT_MS);
      return true;
    },
    /** The renderer called `readyToQuit()`. */
    rendererReady(): void {
      finish();
    },
    get isWaiting(): boolean {
      return state === 'waiting';
    },
  };
}
