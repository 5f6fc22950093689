/**
 * Exports of the current view. PNG: the canvas at twice its resolution (labels and rings drawn as
 * on screen, inside the frame), with the view's title above, and the legend, the source and the
 * date below. GEXF: the visible subgraph with every attribute the API gives (names, aliases,
 * titles, inferred and why, evidence quotes).
 */
import { drawOnCanvas } from "@sigma/export-image";
import type Sigma from "sigma";
import type { ExportEntity, ExportRelation } from "../api/export-data.ts";
import { writeGexf, type GexfEdge, type GexfNode } from "../state/gexf.ts";
import type { ViewEdge, ViewGraph, ViewNode } from "./graph-model.ts";
import { drawOverlay, type Overlay } from "./sigma-view.ts";

/** What the image says besides the graph. */
export interface PngFrame {
  title: string;
  legend: readonly { label: string; color: string; count: number }[];
  /** "Source: …" line and the date line, in the interface language. */
  source: string;
  date: string;
}

/** How much sharper the image is than the screen. */
export const PNG_SCALE = 2;

/** Runs `draw` with the device pixel ratio set to `ratio` (sigma and the exporter read it), then puts it back. */
async function atPixelRatio<T>(ratio: number, draw: () => Promise<T>): Promise<T> {
  const own = Object.getOwnPropertyDescriptor(window, "devicePixelRatio");
  Object.defineProperty(window, "devicePixelRatio", { configurable: true, get: () => ratio });
  try {
    return await draw();
  } finally {
    if (own) Object.defineProperty(window, "devicePixelRatio", own);
    else delete (window as { devicePixelRatio?: number }).devicePixelRatio;
  }
}

/** The image of the view with its frame, as a canvas. */
export async function viewImage(
  sigma: Sigma<ViewNode, ViewEdge>,
  overlay: Overlay,
  frame: PngFrame,
): Promise<HTMLCanvasElement> {
  const graphCanvas = await atPixelRatio(PNG_SCALE, () =>
    drawOnCanvas(sigma as unknown as Sigma, {
      backgroundColor: "#ffffff",
      layers: ["rings", "edges", "nodes", "labels"],
      withTempRenderer: (tmp) => {
        const renderer = tmp as unknown as Sigma<ViewNode, ViewEdge>;
        renderer.createCanvasContext("rings");
        renderer.resize(true);
        renderer.on("afterRender", () => drawOverlay(renderer, overlay, []));
        renderer.refresh();
      },
    }),
  );
  const s = PNG_SCALE;
  const pad = 16 * s;
  const header = 40 * s;
  const footer = 56 * s;
  const out = document.createElement("canvas");
  out.width = graphCanvas.width;
  out.height = graphCanvas.height + header + footer;
  const ctx = out.getContext("2d");
  if (!ctx) return graphCanvas;
  ctx.fillStyle = "#ffffff";
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.drawImage(graphCanvas, 0, header);
  ctx.fillStyle = "#1f2933";
  ctx.textBaseline = "middle";
  ctx.font = `600 ${18 * s}px "Noto Sans CJK SC", sans-serif`;
  ctx.fillText(frame.title, pad, header / 2);
  // The legend on one line, then the source and the date.
  let x = pad;
  const legendY = header + graphCanvas.height + 18 * s;
  ctx.font = `${12 * s}px "Noto Sans CJK SC", sans-serif`;
  for (const item of frame.legend) {
    ctx.fillStyle = item.color;
    ctx.beginPath();
    ctx.arc(x + 5 * s, legendY, 5 * s, 0, 2 * Math.PI);
    ctx.fill();
    ctx.fillStyle = "#1f2933";
    const text = `${item.label} ${item.count}`;
    ctx.fillText(text, x + 14 * s, legendY);
    x += 14 * s + ctx.measureText(text).width + 14 * s;
  }
  ctx.fillStyle = "#52606d";
  ctx.fillText(`${frame.source} · ${frame.date}`, pad, legendY + 22 * s);
  ctx.strokeStyle = "#d9e2ec";
  ctx.strokeRect(0.5, header + 0.5, out.width - 1, graphCanvas.height - 1);
  return out;
}

/** Downloads the view as a PNG image. */
export async function exportPng(
  sigma: Sigma<ViewNode, ViewEdge>,
  overlay: Overlay,
  frame: PngFrame,
  fileName = "zonegraph.png",
): Promise<void> {
  const canvas = await viewImage(sigma, overlay, frame);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, "image/png"));
  if (blob) download(blob, fileName);
}

/** The GEXF text of the entities not hidden and the shown relations between them, with the API's attributes. */
export function visibleGexf(
  graph: ViewGraph,
  extra: { entities: ReadonlyMap<string, ExportEntity>; relations: ReadonlyMap<string, ExportRelation> } = {
    entities: new Map(),
    relations: new Map(),
  },
): string {
  const nodes: GexfNode[] = [];
  graph.forEachNode((id, a) => {
    if (a.hidden || a.groupCount > 0) return;
    const e = extra.entities.get(id);
    nodes.push({
      id,
      label: a.label,
      type: a.entityType,
      name: a.name,
      nameEn: a.nameEn,
      aliases: e?.aliases ?? [],
      quotes: e?.quotes ?? [],
      color: a.color,
      x: a.x,
      y: a.y,
      size: a.size,
    });
  });
  const edges: GexfEdge[] = [];
  graph.forEachEdge((id, a, source, target) => {
    if (a.hidden) return;
    const r = extra.relations.get(id);
    edges.push({
      id,
      source,
      target,
      type: a.relationType ?? "SHARED_COUNTERPARTIES",
      title: r?.title ?? a.title,
      inferred: r?.inferred ?? a.inferred,
      inferenceReason: r?.inferenceReason ?? null,
      quotes: r?.quotes ?? [],
    });
  });
  return writeGexf(nodes, edges);
}

/** Downloads a blob as a file. */
function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Downloads text as a file. */
export function downloadText(text: string, fileName: string, type: string): void {
  download(new Blob([text], { type }), fileName);
}
