/**
 * Window size and position, remembered between launches. A saved position is used only when
 * enough of the window would be on a display that exists now (a laptop undocked from its
 * external monitor must not open its window off-screen).
 */
export interface WindowState {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const DEFAULT_SIZE = { width: 1280, height: 800 };
export const MIN_SIZE = { width: 1024, height: 700 };

/** Enough of the title bar to grab and drag the window back. */
const MIN_VISIBLE = { width: 120, height: 40 };

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)),
    height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)),
  };
}

/** Whether the top strip of `bounds` (where the title bar is) lies on one of the work areas. */
export function isVisibleOnSomeDisplay(bounds: Rect, workAreas: readonly Rect[]): boolean {
  const titleBar = {
    x: bounds.x,
    y: bounds.y,
    width: bounds.width,
    height: Math.min(bounds.height, MIN_VISIBLE.height),
  };
  return workAreas.some((area) => {
    const o = overlap(titleBar, area);
    return (
      o.width >= Math.min(MIN_VISIBLE.width, bounds.width) && o.height >= Math.min(MIN_VISIBLE.height, bounds.height)
    );
  });
}

/**
 * The options to open the window with: the saved bounds when visible; otherwise the saved
 * size (fitted to the primary display) and no position, so the OS centres it.
 */
export function initialBounds(
  saved: WindowState | null,
  workAreas: readonly Rect[],
  primary: Rect,
): { x?: number; y?: number; width: number; height: number; maximized: boolean } {
  const width = Math.min(Math.max(saved?.width ?? DEFAULT_SIZE.width, MIN_SIZE.width), primary.width);
  const height = Math.min(Math.max(saved?.height ?? DEFAULT_SIZE.height, MIN_SIZE.height), primary.height);
  const maximized = saved?.maximized ?? false;
  if (saved && saved.x !== undefined && saved.y !== undefined) {
    const bounds = { x: saved.x, y: saved.y, width: saved.width, height: saved.height };
    if (isVisibleOnSomeDisplay(bounds, workAreas)) return { ...bounds, maximized };
  }
  return { width, height, maximized };
}
