import { describe, expect, it } from 'vitest';
import { initialBounds, isVisibleOnSomeDisplay } from '../../../electron/windowState';

const laptop = { x: 0, y: 0, width: 1440, height: 875 };
const externalRight = { x: 1440, y: 0, width: 2560, height: 1415 };

describe('window state', () => {
  it('restores a position that is on a display', () => {
    const saved = { x: 1600, y: 100, width: 1400, height: 900, maximized: false };
    expect(initialBounds(saved, [laptop, externalRight], laptop)).toEqual(saved);
  });

  it('drops the position when the external display is gone, keeping a size that fits', () => {
    const saved = { x: 1600, y: 100, width: 1800, height: 1000, maximized: true };
    expect(initialBounds(saved, [laptop], laptop)).toEqual({ width: 1440, height: 875, maximized: true });
  });

  it('treats a window whose title bar is off-screen as invisible', () => {
    expect(isVisibleOnSomeDisplay({ x: 100, y: -500, width: 1200, height: 800 }, [laptop])).toBe(false);
    expect(isVisibleOnSomeDisplay({ x: 1400, y: 100, width: 1200, height: 800 }, [laptop])).toBe(false);
    expect(isVisibleOnSomeDisplay({ x: 1300, y: 100, width: 1200, height: 800 }, [laptop])).toBe(true);
  });

  it('opens at the default size, centred, on first launch', () => {
    expect(initialBounds(null, [laptop], laptop)).toEqual({ width: 1280, height: 800, maximized: false });
  });
});
