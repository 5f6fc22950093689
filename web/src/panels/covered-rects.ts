/**
 * The parts of the canvas that panels laid over it cover (legend, notes, zoom buttons, banner,
 * tooltip, and on a phone the bottom sheet), in the canvas's CSS pixels: labels avoid them.
 */
import type { Rect } from "../render/label-layer.ts";

/** The rectangles of the visible `elements` that overlap `canvas`, relative to its top left. */
export function coveredRects(canvas: HTMLElement, elements: readonly (Element | null)[]): Rect[] {
  const c = canvas.getBoundingClientRect();
  const rects: Rect[] = [];
  for (const el of elements) {
    if (!el || (el instanceof HTMLElement && el.hidden)) continue;
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    if (r.right <= c.left || r.left >= c.right || r.bottom <= c.top || r.top >= c.bottom) continue;
    rects.push({ x: r.left - c.left, y: r.top - c.top, w: r.width, h: r.height });
  }
  return rects;
}
