/**
 * The rings behind a zone's view: one dashed circle per ring of the zone layout, members in grey,
 * counterparties in amber with a longer dash, each captioned ("成员 · 1 跳", "往来方 · 2 跳") at the top.
 */
import type Sigma from "sigma";
import type { Lang } from "../state/i18n.ts";
import { t } from "../state/i18n.ts";
import type { ViewEdge, ViewNode } from "./graph-model.ts";
import type { Ring } from "./zone-layout.ts";

/** Colours of the member and counterparty rings. */
export const RING_COLORS = { MEMBER: "#9aa5b1", COUNTERPARTY: "#d98e04" } as const;

/** The caption of a ring in a language. */
export function ringCaption(ring: Ring, lang: Lang): string {
  const role = t(lang, ring.role === "MEMBER" ? "members" : "counterparties");
  return `${role} · ${ring.hops} ${t(lang, ring.hops === 1 ? "hop" : "hops")}`;
}

/** Draws the rings around the zone at `center` (graph coordinates) on `ctx`. */
export function drawRings(
  sigma: Sigma<ViewNode, ViewEdge>,
  ctx: CanvasRenderingContext2D,
  center: { x: number; y: number },
  rings: readonly Ring[],
  lang: Lang,
): void {
  const c = sigma.graphToViewport(center);
  ctx.save();
  ctx.font = `12px sans-serif`;
  ctx.textAlign = "center";
  ctx.textBaseline = "bottom";
  for (const ring of rings) {
    const edge = sigma.graphToViewport({ x: center.x + ring.radius, y: center.y });
    const r = Math.hypot(edge.x - c.x, edge.y - c.y);
    if (r < 4) continue;
    ctx.strokeStyle = RING_COLORS[ring.role];
    ctx.globalAlpha = 0.55;
    ctx.lineWidth = 1;
    ctx.setLineDash(ring.role === "MEMBER" ? [3, 4] : [8, 5]);
    ctx.beginPath();
    ctx.arc(c.x, c.y, r, 0, 2 * Math.PI);
    ctx.stroke();
    ctx.globalAlpha = 1;
    ctx.setLineDash([]);
    ctx.lineWidth = 4;
    ctx.strokeStyle = "rgba(255, 255, 255, 0.9)";
    ctx.fillStyle = ring.role === "MEMBER" ? "#52606d" : "#8a5a00";
    ctx.strokeText(ringCaption(ring, lang), c.x, c.y - r - 3);
    ctx.fillText(ringCaption(ring, lang), c.x, c.y - r - 3);
  }
  ctx.restore();
}
