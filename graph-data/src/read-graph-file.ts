/**
 * Reads a graph saved as Graphology JSON (`graph.export()`, e.g. by the export CLI or the synthetic
 * generator) back into a ZoneGraph, after checking every attribute of the graph, its entities and
 * its relations against the types and the ontology (graph-schemas.ts) and every evidence item
 * against its source's text: a bad file gets an error naming it and the first offending keys.
 */
import { readFileSync } from "node:fs";
import { MultiDirectedGraph } from "graphology";
import type { SerializedGraph } from "graphology-types";
import { z } from "zod";
import { evidenceProblem } from "./evidence-problem.ts";
import { EntityAttributesSchema, GraphAttributesSchema, RelationAttributesSchema } from "./graph-schemas.ts";
import type { EntityAttributes, GraphAttributes, RelationAttributes, ZoneGraph } from "./types.ts";

const SerializedSchema = z.looseObject({
  attributes: GraphAttributesSchema,
  nodes: z.array(z.looseObject({ key: z.string(), attributes: EntityAttributesSchema })),
  edges: z.array(
    z.looseObject({
      key: z.string(),
      source: z.string(),
      target: z.string(),
      attributes: RelationAttributesSchema,
      undirected: z.literal(false).optional(),
    }),
  ),
});
type Serialized = z.infer<typeof SerializedSchema>;

/** How many problems an error lists before "… and N more". */
const SHOWN = 5;

/** Reads a Graphology JSON export of a ZoneGraph; throws an Error naming `path` if it is not one. */
export function readGraphFile(path: string): ZoneGraph {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, "utf8"));
  } catch (cause) {
    throw new Error(
      `readGraphFile: ${path}: cannot read it as JSON: ${cause instanceof Error ? cause.message : String(cause)}`,
      { cause },
    );
  }
  const parsed = SerializedSchema.safeParse(data);
  const problems = parsed.success
    ? invariantProblems(parsed.data)
    : parsed.error.issues.map((i) => `${keyOf(data, i.path)}${i.path.map(String).join(".")}: ${i.message}`);
  if (problems.length > 0) {
    const more = problems.length > SHOWN ? `\n  … and ${problems.length - SHOWN} more` : "";
    throw new Error(
      `readGraphFile: ${path} is not a ZoneGraph JSON export (graph.export() of entities and relations):\n${problems
        .slice(0, SHOWN)
        .map((p) => `  ${p}`)
        .join("\n")}${more}`,
    );
  }
  const graph: ZoneGraph = new MultiDirectedGraph<EntityAttributes, RelationAttributes, GraphAttributes>();
  try {
    // Every attribute was checked above against the types graph-schemas.ts mirrors.
    graph.import(data as SerializedGraph<EntityAttributes, RelationAttributes, GraphAttributes>);
  } catch (cause) {
    throw new Error(`readGraphFile: ${path}: ${cause instanceof Error ? cause.message : String(cause)}`, {
      cause,
    });
  }
  return graph;
}

/** "node <key>: " or "relation <key>: " for an issue under nodes.i or edges.j ("" otherwise). */
function keyOf(data: unknown, path: readonly PropertyKey[]): string {
  const [list, i] = path;
  if ((list !== "nodes" && list !== "edges") || typeof i !== "number") return "";
  const items = (data as Record<string, unknown>)[list];
  const item: unknown = Array.isArray(items) ? items[i] : undefined;
  const key =
    typeof item === "object" && item !== null ? (item as Record<string, unknown>)["key"] : undefined;
  return `${list === "nodes" ? "node" : "relation"} ${typeof key === "string" ? key : `#${i}`}: `;
}

/** Keys that are not their record's id, and evidence that is not its source's text. */
function invariantProblems(data: Serialized): string[] {
  const sources = new Map(data.attributes.sources.map((s) => [s.id, s]));
  const problems: string[] = [];
  const check = (
    owner: string,
    at: string,
    evidence: readonly Serialized["nodes"][number]["attributes"]["evidence"][number][],
  ): void => {
    evidence.forEach((e, k) => {
      const problem = evidenceProblem(e, sources);
      if (problem !== undefined) problems.push(`${owner}: ${at}.${k}: ${problem}`);
    });
  };
  data.nodes.forEach(({ key, attributes }, i) => {
    const owner = `node ${key}`;
    if (attributes.id !== key)
      problems.push(`${owner}: nodes.${i}.attributes.id: is "${attributes.id}", not the key`);
    check(owner, `nodes.${i}.attributes.evidence`, attributes.evidence);
    attributes.metrics.forEach((m, n) =>
      check(owner, `nodes.${i}.attributes.metrics.${n}.evidence`, m.evidence),
    );
    attributes.designations?.forEach((d, n) =>
      check(owner, `nodes.${i}.attributes.designations.${n}.evidence`, d.evidence),
    );
  });
  data.edges.forEach(({ key, attributes }, j) => {
    const owner = `relation ${key}`;
    if (attributes.id !== key)
      problems.push(`${owner}: edges.${j}.attributes.id: is "${attributes.id}", not the key`);
    check(owner, `edges.${j}.attributes.evidence`, attributes.evidence);
  });
  return problems;
}
