import { describe, expect, it } from 'vitest';
import { isUndo, MAX_TOASTS, withToast, type Toast } from '../../../renderer/ui/Toasts';

const info = (id: number): Toast => ({ id, message: `m${id}` });
const undo = (id: number): Toast => ({ id, message: `u${id}`, action: { label: 'Undo', run: () => undefined } });

describe('the toast stack', () => {
  it('holds at most three toasts, dropping the oldest', () => {
    let all: Toast[] = [];
    for (let id = 1; id <= 5; id++) all = withToast(all, info(id));
    expect(MAX_TOASTS).toBe(3);
    expect(all.map((t) => t.id)).toEqual([3, 4, 5]);
  });

  it('keeps one Undo: a new one replaces the previous, the others stay', () => {
    const all = withToast(withToast(withToast([], undo(1)), info(2)), undo(3));
    expect(all.map((t) => t.id)).toEqual([2, 3]);
  });

  it('counts only Undo as Undo: another action (Log conversation) stays beside it', () => {
    const other: Toast = {
      id: 4,
      message: 'saved',
      action: { label: 'Log conversation', run: () => undefined, kind: 'other' },
    };
    expect(isUndo(other)).toBe(false);
    expect(withToast(withToast([], undo(1)), other).map((t) => t.id)).toEqual([1, 4]);
  });
});
