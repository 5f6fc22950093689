/**
 * Node labels drawn by the explorer instead of sigma: the emphasised first (hover, selection,
 * path), then zones, then groups, then by drawn size; each with a white halo, never over another
 * label nor under a panel laid over the canvas; long names shortened (the hover shows them whole).
 */
import type Sigma from "sigma";
import type { ViewEdge, ViewNode } from "./graph-model.ts";

/** A rectangle in the canvas's CSS pixels. */
export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** A label to place: its anchor (node centre and drawn radius), text and rank (lower first). */
export interface LabelCandidate {
  x: number;
  y: number;
  radius: number;
  text: string;
  rank: number;
  bold: boolean;
}

/** Most characters of a label before it is shortened (wide Latin text gets more). */
export const MAX_LABEL_CHARS = { cjk: 18, latin: 30 } as const;

/** A label shortened to fit: whole words kept in Latin text where possible, "…" at the end. */
export function shorten(text: string): string {
  const latin = !/[\u3400-\u9fff]/.test(text);
  const max = latin ? MAX_LABEL_CHARS.latin : MAX_LABEL_CHARS.cjk;
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = latin ? cut.lastIndexOf(" ") : -1;
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}

const overlaps = (a: Rect, b: Rect) =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/**
 * Chooses where labels go: candidates in rank order, each placed right of its node, or left when
 * the right side is taken, or dropped. `measure` gives a text's width; returns the placed boxes.
 */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  measure: (text: string, bold: boolean) => number,
  fontSize: number,
  bounds: { width: number; height: number },
  blocked: readonly Rect[],
): { candidate: LabelCandidate; box: Rect }[] {
  const cell = 64;
  const grid = new Map<number, Rect[]>();
  const cellsOf = (r: Rect): number[] => {
    const keys: number[] = [];
    for (let cx = Math.floor(r.x / cell); cx <= Math.floor((r.x + r.w) / cell); cx++)
      for (let cy = Math.floor(r.y / cell); cy <= Math.floor((r.y + r.h) / cell); cy++)
        keys.push(cx * 100_003 + cy);
    return keys;
  };
  const free = (r: Rect) =>
    r.x >= 0 &&
    r.y >= 0 &&
    r.x + r.w <= bounds.width &&
    r.y + r.h <= bounds.height &&
    !blocked.some((b) => overlaps(r, b)) &&
    !cellsOf(r).some((k) => grid.get(k)?.some((o) => overlaps(r, o)));
  const placed: { candidate: LabelCandidate; box: Rect }[] = [];
  const sorted = [...candidates].sort((a, b) => a.rank - b.rank || b.radius - a.radius);
  for (const c of sorted) {
    const w = measure(c.text, c.bold) + 4;
    const h = fontSize + 4;
    const right = { x: c.x + c.radius + 2, y: c.y - h / 2, w, h };
    const left = { x: c.x - c.radius - 2 - w, y: c.y - h / 2, w, h };
    const box = free(right) ? right : free(left) ? left : null;
    if (!box) continue;
    for (const k of cellsOf(box)) {
      const list = grid.get(k);
      if (list) list.push(box);
      else grid.set(k, [box]);
    }
    placed.push({ candidate: c, box });
  }
  return placed;
}

/** How labels look. */
export interface LabelStyle {
  font: string;
  size: number;
  weight: string;
  color: string;
  /** Smallest drawn node radius (px) labelled without being emphasised. */
  threshold: number;
}

/** A label drawn: its text and box (CSS pixels in the canvas). */
export interface DrawnLabel {
  text: string;
  box: Rect;
}

/** Text widths measured so far, by font and text (measuring is the costly part of a frame's labels). */
const WIDTHS = new Map<string, number>();
const MAX_WIDTHS = 20_000;

/** Collects candidates from sigma's display data, draws the labels placed on `ctx` and returns them. */
export function drawLabels(
  sigma: Sigma<ViewNode, ViewEdge>,
  ctx: CanvasRenderingContext2D,
  style: LabelStyle,
  blocked: readonly Rect[],
): DrawnLabel[] {
  const { width, height } = sigma.getDimensions();
  const candidates: LabelCandidate[] = [];
  const graph = sigma.getGraph();
  graph.forEachNode((id, a) => {
    const d = sigma.getNodeDisplayData(id);
    if (!d || d.hidden || !d.label) return;
    const radius = sigma.scaleSize(d.size);
    const forced = d.forceLabel === true;
    if (!forced && radius < style.threshold) return;
    const p = sigma.framedGraphToViewport(d);
    if (p.x < -200 || p.x > width + 200 || p.y < -20 || p.y > height + 20) return;
    const rank = forced ? 0 : a.entityType === "ZONE" ? 1 : a.groupCount > 0 ? 2 : 3;
    candidates.push({ x: p.x, y: p.y, radius, text: shorten(d.label), rank, bold: rank < 2 });
  });
  const fontOf = (bold: boolean) => `${bold ? "600" : style.weight} ${style.size}px ${style.font}`;
  const measure = (text: string, bold: boolean) => {
    const font = fontOf(bold);
    const key = `${font}|${text}`;
    let w = WIDTHS.get(key);
    if (w === undefined) {
      ctx.font = font;
      w = ctx.measureText(text).width;
      if (WIDTHS.size >= MAX_WIDTHS) WIDTHS.clear();
      WIDTHS.set(key, w);
    }
    return w;
  };
  const placed = placeLabels(candidates, measure, style.size, { width, height }, blocked);
  ctx.save();
  ctx.textBaseline = "middle";
  ctx.lineJoin = "round";
  ctx.lineWidth = 4;
  ctx.strokeStyle = "rgba(255, 255, 255, 0.92)";
  ctx.fillStyle = style.color;
  for (const { candidate, box } of placed) {
    ctx.font = fontOf(candidate.bold);
    const x = box.x + 2;
    const y = box.y + box.h / 2;
    ctx.strokeText(candidate.text, x, y);
    ctx.fillText(candidate.text, x, y);
  }
  ctx.restore();
  return placed.map(({ candidate, box }) => ({ text: candidate.text, box }));
}
