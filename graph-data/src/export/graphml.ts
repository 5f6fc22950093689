/**
 * Writes a ZoneGraph as GraphML (yEd, Gephi, NetworkX, Cytoscape): a <key> declaration per node and
 * edge column, then nodes and directed edges with their <data>; plus the ontology colour per node
 * and the relation id as edge data (GraphML edge ids must be NMTOKENs).
 */
import { ENTITY_TYPES } from "../ontology.ts";
import type { ZoneGraph } from "../types.ts";
import { edgeColumns, nodeColumns, type Column } from "./table-columns.ts";
import { xmlEscape } from "./xml-escape.ts";

/** GraphML text of `graph`. */
export function toGraphml(graph: ZoneGraph): string {
  const nodes = nodeColumns(graph);
  const edges = edgeColumns();
  const lines = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">`,
    ...keys("node", nodes),
    `  <key id="n_color" for="node" attr.name="color" attr.type="string"/>`,
    ...keys("edge", edges),
    `  <key id="e_id" for="edge" attr.name="id" attr.type="string"/>`,
    `  <graph id="G" edgedefault="directed">`,
  ];
  graph.forEachNode((key, a) => {
    const color = ENTITY_TYPES.find((t) => t.id === a.type)?.color ?? "#999999";
    lines.push(
      `    <node id="${xmlEscape(key)}">`,
      ...data("n", nodes, a),
      `      <data key="n_color">${color}</data>`,
      `    </node>`,
    );
  });
  // Edge ids must be NMTOKENs ("LOCATED_IN:a->b" is not): number them and keep the relation id as data.
  let index = 0;
  graph.forEachEdge((key, a, source, target) => {
    const id = `    <edge id="e${index++}" source="${xmlEscape(source)}" target="${xmlEscape(target)}">`;
    lines.push(id, `      <data key="e_id">${xmlEscape(key)}</data>`, ...data("e", edges, a), `    </edge>`);
  });
  lines.push(`  </graph>`, `</graphml>`, ``);
  return lines.join("\n");
}

function keys<A>(kind: "node" | "edge", columns: readonly Column<A>[]): string[] {
  const prefix = kind === "node" ? "n" : "e";
  return columns.map(
    (c) =>
      `  <key id="${keyId(prefix, c.id)}" for="${kind}" attr.name="${xmlEscape(c.id)}" attr.type="${c.type === "integer" ? "int" : c.type}"/>`,
  );
}

function data<A>(prefix: string, columns: readonly Column<A>[], attributes: A): string[] {
  return columns.flatMap((c) => {
    const v = c.get(attributes);
    return v === undefined ? [] : [`      <data key="${keyId(prefix, c.id)}">${xmlEscape(String(v))}</data>`];
  });
}

/** Key ids are NMTOKENs: "metric:rd_staff" becomes "n_metric_rd_staff". */
function keyId(prefix: string, column: string): string {
  return `${prefix}_${column.replace(/[^A-Za-z0-9_.-]/g, "_")}`;
}
