import { describe, expect, it } from 'vitest';
import { createQuitGuard, needsBackupBeforeQuit, QUIT_WAIT_MS } from '../../../electron/quitGuard';

const NOW = new Date('2026-11-23T18:00:00Z');

describe('needsBackupBeforeQuit', () => {
  it('asks for a backup when there was none or the last is a day old', () => {
    expect(needsBackupBeforeQuit(null, NOW)).toBe(true);
    expect(needsBackupBeforeQuit('2026-11-22T18:00:00Z', NOW)).toBe(true);
    expect(needsBackupBeforeQuit('2026-11-20T09:00:00Z', NOW)).toBe(true);
    expect(needsBackupBeforeQuit('not a date', NOW)).toBe(true);
  });

  it('does not when the last backup is less than a day old', () => {
    expect(needsBackupBeforeQuit('2026-11-22T18:00:01Z', NOW)).toBe(false);
    expect(needsBackupBeforeQuit('2026-11-23T09:00:00Z', NOW)).toBe(false);
  });
});

function harness(lastBackupAt: string | null, hasWindow = true) {
  const log: string[] = [];
  let fire: (() => void) | null = null;
  let waitedMs = 0;
  const guard = createQuitGuard({
    lastBackupAt: () => lastBackupAt,
    now: () => NOW,
    askRenderer: () => {
      log.push('ask');
      return hasWindow;
    },
    proceed: () => log.push('proceed'),
    setTimer: (fn, ms) => {
      fire = fn;
      waitedMs = ms;
      return 1;
    },
    clearTimer: () => {
      fire = null;
    },
  });
  return { guard, log, timeout: () => fire?.(), waitedMs: () => waitedMs };
}

describe('quit guard', () => {
  it('lets the window close at once when the last backup is recent', () => {
    const { guard, log } = harness('2026-11-23T10:00:00Z');
    expect(guard.shouldHoldClose()).toBe(false);
    expect(log).toEqual([]);
  });

  it('holds the close, asks the renderer, and proceeds when it is ready', () => {
    const { guard, log } = harness('2026-11-21T10:00:00Z');
    expect(guard.shouldHoldClose()).toBe(true);
    expect(guard.shouldHoldClose()).toBe(true); // a second close while waiting is held too
    expect(log).toEqual(['ask']);
    guard.rendererReady();
    expect(log).toEqual(['ask', 'proceed']);
    expect(guard.shouldHoldClose()).toBe(false); // the close that proceed() triggers goes through
    guard.rendererReady();
    expect(log).toEqual(['ask', 'proceed']);
  });

  it('gives up waiting after the timeout', () => {
    const { guard, log, timeout, waitedMs } = harness(null);
    expect(guard.shouldHoldClose()).toBe(true);
    expect(waitedMs()).toBe(QUIT_WAIT_MS);
    timeout();
    expect(log).toEqual(['ask', 'proceed']);
  });

  it('does not wait when there is no renderer to ask', () => {
    const { guard, log } = harness(null, false);
    expect(guard.shouldHoldClose()).toBe(false);
    expect(log).toEqual(['ask']);
  });
});
