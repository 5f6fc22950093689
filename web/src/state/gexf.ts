/**
 * A small GEXF 1.3 writer for the visible subgraph: nodes with label, type, names, aliases,
 * evidence quotes, colour, position and size; edges with their relation type, title, inferred and
 * its reason, and evidence quotes. Lists are joined with " | ". Pure: plain records in, XML out.
 */

/** A node to write. */
export interface GexfNode {
  id: string;
  label: string;
  type: string;
  name: string;
  nameEn: string;
  aliases?: readonly string[];
  /** Quotes of the evidence of the entity. */
  quotes?: readonly string[];
  color: string;
  x: number;
  y: number;
  size: number;
}

/** An edge to write. */
export interface GexfEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  title?: string | null;
  inferred?: boolean;
  inferenceReason?: string | null;
  quotes?: readonly string[];
}

/** Separator of the items of a list attribute. */
export const LIST_SEPARATOR = " | ";

function escapeXml(value: string): string {
  return value.replace(
    /[<>&"']/g,
    (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c] ?? c,
  );
}

function rgb(hex: string): { r: number; g: number; b: number } {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) return { r: 153, g: 153, b: 153 };
  return { r: parseInt(m[1] ?? "99", 16), g: parseInt(m[2] ?? "99", 16), b: parseInt(m[3] ?? "99", 16) };
}

/** The attvalue elements of the non-empty values. */
function attvalues(values: Record<string, string>): string {
  return Object.entries(values)
    .filter(([, v]) => v !== "")
    .map(([k, v]) => `<attvalue for="${k}" value="${escapeXml(v)}"/>`)
    .join("");
}

/** The GEXF document of these nodes and edges (edges whose ends are missing are left out). */
export function writeGexf(
  nodes: readonly GexfNode[],
  edges: readonly GexfEdge[],
  title = "ZoneGraph",
): string {
  const ids = new Set(nodes.map((n) => n.id));
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">',
    `  <meta><creator>ZoneGraph</creator><description>${escapeXml(title)}</description></meta>`,
    '  <graph defaultedgetype="directed" mode="static">',
    '    <attributes class="node">',
    '      <attribute id="type" title="type" type="string"/>',
    '      <attribute id="name" title="name" type="string"/>',
    '      <attribute id="nameEn" title="nameEn" type="string"/>',
    '      <attribute id="aliases" title="aliases" type="string"/>',
    '      <attribute id="evidence" title="evidence" type="string"/>',
    "    </attributes>",
    '    <attributes class="edge">',
    '      <attribute id="type" title="type" type="string"/>',
    '      <attribute id="title" title="title" type="string"/>',
    '      <attribute id="inferred" title="inferred" type="boolean"/>',
    '      <attribute id="inferenceReason" title="inferenceReason" type="string"/>',
    '      <attribute id="evidence" title="evidence" type="string"/>',
    "    </attributes>",
    "    <nodes>",
  ];
  for (const n of nodes) {
    const { r, g, b } = rgb(n.color);
    lines.push(
      `      <node id="${escapeXml(n.id)}" label="${escapeXml(n.label)}">`,
      `        <attvalues>${attvalues({
        type: n.type,
        name: n.name,
        nameEn: n.nameEn,
        aliases: (n.aliases ?? []).join(LIST_SEPARATOR),
        evidence: (n.quotes ?? []).join(LIST_SEPARATOR),
      })}</attvalues>`,
      `        <viz:color r="${r}" g="${g}" b="${b}"/><viz:position x="${n.x}" y="${n.y}" z="0"/><viz:size value="${n.size}"/>`,
      "      </node>",
    );
  }
  lines.push("    </nodes>", "    <edges>");
  for (const e of edges) {
    if (!ids.has(e.source) || !ids.has(e.target)) continue;
    lines.push(
      `      <edge id="${escapeXml(e.id)}" source="${escapeXml(e.source)}" target="${escapeXml(e.target)}" label="${escapeXml(e.type)}">`,
      `        <attvalues>${attvalues({
        type: e.type,
        title: e.title ?? "",
        inferred: e.inferred === undefined ? "" : String(e.inferred),
        inferenceReason: e.inferenceReason ?? "",
        evidence: (e.quotes ?? []).join(LIST_SEPARATOR),
      })}</attvalues>`,
      "      </edge>",
    );
  }
  lines.push("    </edges>", "  </graph>", "</gexf>", "");
  return lines.join("\n");
}
