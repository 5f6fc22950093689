/**
 * Writes a ZoneGraph as GEXF 1.3 for Gephi: declared node and edge attributes (type, nameEn,
 * aliases, level, metrics …), the entity's name as label and its ontology colour as viz:color.
 * Hand-written rather than graphology-gexf's writer so that lists, evidence and colours are flat.
 */
import { ENTITY_TYPES } from "../ontology.ts";
import type { ZoneGraph } from "../types.ts";
import { edgeColumns, nodeColumns, type Column } from "./table-columns.ts";
import { xmlEscape } from "./xml-escape.ts";

/** GEXF 1.3 text of `graph`. */
export function toGexf(graph: ZoneGraph): string {
  const nodes = nodeColumns(graph);
  const edges = edgeColumns();
  const lines = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">`,
    `  <meta><creator>ZoneGraph</creator><description>${xmlEscape(graph.getAttribute("name"))}</description></meta>`,
    `  <graph defaultedgetype="directed" mode="static">`,
    ...declarations("node", nodes),
    ...declarations("edge", edges),
    `    <nodes>`,
  ];
  graph.forEachNode((key, a) => {
    const { r, g, b } = rgb(ENTITY_TYPES.find((t) => t.id === a.type)?.color ?? "#999999");
    lines.push(
      `      <node id="${xmlEscape(key)}" label="${xmlEscape(a.name)}">`,
      ...values(nodes, a),
      `        <viz:color r="${r}" g="${g}" b="${b}"/>`,
      `      </node>`,
    );
  });
  lines.push(`    </nodes>`, `    <edges>`);
  graph.forEachEdge((key, a, source, target) => {
    lines.push(
      `      <edge id="${xmlEscape(key)}" source="${xmlEscape(source)}" target="${xmlEscape(target)}" label="${xmlEscape(a.type)}">`,
      ...values(edges, a),
      `      </edge>`,
    );
  });
  lines.push(`    </edges>`, `  </graph>`, `</gexf>`, ``);
  return lines.join("\n");
}

function declarations<A>(kind: "node" | "edge", columns: readonly Column<A>[]): string[] {
  return [
    `    <attributes class="${kind}" mode="static">`,
    ...columns.map(
      (c) => `      <attribute id="${xmlEscape(c.id)}" title="${xmlEscape(c.id)}" type="${c.type}"/>`,
    ),
    `    </attributes>`,
  ];
}

function values<A>(columns: readonly Column<A>[], attributes: A): string[] {
  const present = columns.flatMap((c) => {
    const v = c.get(attributes);
    return v === undefined
      ? []
      : [`          <attvalue for="${xmlEscape(c.id)}" value="${xmlEscape(String(v))}"/>`];
  });
  return present.length > 0 ? [`        <attvalues>`, ...present, `        </attvalues>`] : [];
}

function rgb(hex: string): { r: number; g: number; b: number } {
  const n = Number.parseInt(hex.replace("#", ""), 16);
  return { r: (n >> 16) & 255, g: (n >> 8) & 255, b: n & 255 };
}
