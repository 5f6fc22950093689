/**
 * Exports of the current view: the canvas as PNG (@sigma/export-image, labels included) and the
 * visible subgraph as GEXF.
 */
import { downloadAsPNG } from "@sigma/export-image";
import type Sigma from "sigma";
import { writeGexf, type GexfEdge, type GexfNode } from "../state/gexf.ts";
import type { ViewEdge, ViewGraph, ViewNode } from "./graph-model.ts";

/** Downloads the current view as a PNG image. */
export function exportPng(sigma: Sigma<ViewNode, ViewEdge>, fileName = "zonegraph"): Promise<void> {
  return downloadAsPNG(sigma as unknown as Sigma, { fileName, backgroundColor: "#ffffff" });
}

/** The GEXF text of the nodes not hidden and the edges between them. */
export function visibleGexf(graph: ViewGraph): string {
  const nodes: GexfNode[] = [];
  graph.forEachNode((id, a) => {
    if (a.hidden) return;
    nodes.push({
      id,
      label: a.label,
      type: a.entityType,
      name: a.name,
      nameEn: a.nameEn,
      color: a.color,
      x: a.x,
      y: a.y,
      size: a.size,
    });
  });
  const edges: GexfEdge[] = [];
  graph.forEachEdge((id, a, source, target) =>
    edges.push({ id, source, target, type: a.relationType ?? "SHARED_COUNTERPARTIES" }),
  );
  return writeGexf(nodes, edges);
}

/** Downloads text as a file. */
export function downloadText(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
