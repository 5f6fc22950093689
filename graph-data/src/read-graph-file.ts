/**
 * Reads a graph saved as Graphology JSON (`graph.export()`, e.g. by the export CLI or the synthetic
 * generator) back into a ZoneGraph, after checking with zod that it has ZoneGraph's shape; a bad
 * file gets an error that names it and the first offending nodes or edges.
 */
import { readFileSync } from "node:fs";
import { MultiDirectedGraph } from "graphology";
import type { SerializedGraph } from "graphology-types";
import { z } from "zod";
import { ENTITY_TYPE_IDS, RELATION_TYPE_IDS } from "./ontology.ts";
import type { EntityAttributes, GraphAttributes, RelationAttributes, ZoneGraph } from "./types.ts";

const entityTypes = new Set<string>(ENTITY_TYPE_IDS);
const relationTypes = new Set<string>(RELATION_TYPE_IDS);

const NodeAttributesSchema = z.looseObject({
  id: z.string(),
  type: z.string().refine((t) => entityTypes.has(t), "not an entity type of the ontology"),
  name: z.string(),
  nameEn: z.string(),
  aliases: z.array(z.string()),
  evidence: z.array(z.unknown()),
  metrics: z.array(z.unknown()),
});
const EdgeAttributesSchema = z.looseObject({
  id: z.string(),
  type: z.string().refine((t) => relationTypes.has(t), "not a relation type of the ontology"),
  evidence: z.array(z.unknown()),
});
const SerializedSchema = z.looseObject({
  attributes: z.looseObject({
    name: z.string(),
    sources: z.array(z.looseObject({ id: z.string(), text: z.string() })),
  }),
  nodes: z.array(z.looseObject({ key: z.string(), attributes: NodeAttributesSchema })),
  edges: z.array(
    z.looseObject({
      key: z.string(),
      source: z.string(),
      target: z.string(),
      attributes: EdgeAttributesSchema,
      undirected: z.literal(false).optional(),
    }),
  ),
});

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
  if (!parsed.success) {
    const issues = parsed.error.issues
      .slice(0, 5)
      .map((i) => `  ${i.path.map(String).join(".")}: ${i.message}`);
    const more = parsed.error.issues.length > 5 ? `\n  … and ${parsed.error.issues.length - 5} more` : "";
    throw new Error(
      `readGraphFile: ${path} is not a ZoneGraph JSON export (graph.export() of entities and relations):\n${issues.join("\n")}${more}`,
    );
  }
  const graph: ZoneGraph = new MultiDirectedGraph<EntityAttributes, RelationAttributes, GraphAttributes>();
  try {
    // The shape was checked above; the deeper attribute types are trusted as the writer's.
    graph.import(
      parsed.data as unknown as SerializedGraph<EntityAttributes, RelationAttributes, GraphAttributes>,
    );
  } catch (cause) {
    throw new Error(`readGraphFile: ${path}: ${cause instanceof Error ? cause.message : String(cause)}`, {
      cause,
    });
  }
  return graph;
}
