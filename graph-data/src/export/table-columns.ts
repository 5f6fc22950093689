/**
 * The flat columns that GEXF and GraphML exports carry for nodes and edges: scalar attributes of
 * entities and relations (lists joined with " | ", a zone's designations as "name (LEVEL, year)"),
 * evidence quotes, and one column per metric key present in the graph, so Gephi can colour, size
 * and filter by them. The JSON export keeps designations whole, evidence included.
 */
import type { Designation, EntityAttributes, RelationAttributes, ZoneGraph } from "../types.ts";

/** A column of an exported table: id, XML type and how to read it (undefined = no value). */
export interface Column<A> {
  id: string;
  type: "string" | "double" | "integer";
  get(attributes: A): string | number | undefined;
}

const joined = (items: readonly string[]): string | undefined =>
  items.length > 0 ? items.join(" | ") : undefined;
const quotes = (a: { evidence: readonly { quote: string }[] }): string | undefined =>
  joined(a.evidence.map((e) => e.quote));

/** "省级科技成果转化示范区 (PROVINCIAL, 2022)": a designation's name with its level and year when known. */
function designationLabel(d: Designation): string {
  const about = [d.level, d.year].filter((x) => x !== undefined).join(", ");
  return about === "" ? d.name : `${d.name} (${about})`;
}

/** The node columns of `graph` (fixed ones, then one per metric key in first-seen order). */
export function nodeColumns(graph: ZoneGraph): Column<EntityAttributes>[] {
  const fixed: Column<EntityAttributes>[] = [
    { id: "type", type: "string", get: (a) => a.type },
    { id: "name", type: "string", get: (a) => a.name },
    { id: "nameEn", type: "string", get: (a) => a.nameEn },
    { id: "aliases", type: "string", get: (a) => joined(a.aliases) },
    { id: "description", type: "string", get: (a) => a.description },
    { id: "level", type: "string", get: (a) => a.level },
    { id: "kind", type: "string", get: (a) => a.kind },
    { id: "status", type: "string", get: (a) => a.status },
    { id: "orgKind", type: "string", get: (a) => a.orgKind },
    { id: "regionKind", type: "string", get: (a) => a.regionKind },
    { id: "established", type: "string", get: (a) => a.established },
    {
      id: "designations",
      type: "string",
      get: (a) => joined((a.designations ?? []).map(designationLabel)),
    },
    { id: "investmentYuan", type: "double", get: (a) => a.investmentYuan },
    { id: "fundSizeYuan", type: "double", get: (a) => a.fundSizeYuan },
    {
      id: "capacity",
      type: "string",
      get: (a) => joined((a.capacity ?? []).map((c) => `${c.value} ${c.unit}`)),
    },
    { id: "inferred", type: "string", get: (a) => a.inferred?.reason },
    { id: "evidence", type: "string", get: quotes },
  ];
  const keys = new Set<string>();
  graph.forEachNode((_, a) => a.metrics.forEach((m) => keys.add(m.key)));
  const metrics = [...keys].map((key): Column<EntityAttributes> => ({
    id: `metric:${key}`,
    type: "double",
    get: (a) => a.metrics.find((m) => m.key === key)?.value,
  }));
  return [...fixed, ...metrics];
}

/** The edge columns. */
export function edgeColumns(): Column<RelationAttributes>[] {
  return [
    { id: "type", type: "string", get: (a) => a.type },
    { id: "title", type: "string", get: (a) => a.title },
    { id: "inferred", type: "string", get: (a) => a.inferred?.reason },
    { id: "evidence", type: "string", get: quotes },
  ];
}
