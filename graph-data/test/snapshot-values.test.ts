/**
 * A snapshot whose checksums are right but whose values do not fit the schema (written from a bad
 * graph) is refused at load, naming the entity or relation and the attribute: what a server reads
 * from a snapshot always fits the types and the ontology.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readSnapshot } from "../src/snapshot/read-snapshot.ts";
import type { GraphParts } from "../src/snapshot/graph-parts.ts";
import { writeSnapshot } from "../src/snapshot/write-snapshot.ts";
import { tinyGraph } from "./tiny-graph.ts";

const dir = mkdtempSync(join(tmpdir(), "zonegraph-values-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Set `key` of `target` to a value its type does not allow (the point of these tests). */
function set(target: object, key: string, value: unknown): void {
  (target as Record<string, unknown>)[key] = value;
}

describe("a snapshot with values that do not fit the schema", () => {
  it.each<[string, (g: GraphParts) => void, string]>([
    [
      "a string where a Float is",
      (g) => set(g.nodes[2]!, "investmentYuan", "lots"),
      "entity storage-project: investmentYuan: Invalid input: expected number, received string",
    ],
    [
      "an unknown enum value",
      (g) => set(g.nodes[2]!, "status", "BUILDING"),
      "entity storage-project: status: not a project status of the ontology",
    ],
    [
      "an unknown metric unit",
      (g) => set(g.nodes[0]!.metrics[0]!, "unit", "家"),
      "entity jia-zone: metrics.0.unit: not a unit of the ontology",
    ],
    [
      "an unknown designation level",
      (g) => set(g.nodes[0]!.designations![0]!, "level", "COUNTY"),
      "entity jia-zone: designations.0.level: not a level of the ontology",
    ],
    [
      "a designation without a name",
      (g) => set(g.nodes[0]!.designations![0]!, "name", undefined),
      "entity jia-zone: designations.0.name: Invalid input: expected string, received undefined",
    ],
    [
      "an attribute the types do not have",
      (g) => set(g.nodes[1]!, "colour", "red"),
      'entity jiayi-tech: Unrecognized key: "colour"',
    ],
    [
      "an entity type not in the ontology",
      (g) => set(g.nodes[1]!, "type", "FACTORY"),
      "entity jiayi-tech: type: code 255 is not an entity type of the ontology",
    ],
    [
      "a relation type not in the ontology",
      (g) => set(g.edges[0]!.attributes, "type", "NEAR"),
      "relation LOCATED_IN:jiayi-tech->jia-zone: type: code 255 is not a relation type of the ontology",
    ],
    [
      "a relation title that is not a string",
      (g) => set(g.edges[1]!.attributes, "title", 7),
      "relation LOCATED_IN:storage-project->jia-zone: title: Invalid input: expected string, received number",
    ],
    [
      "a source title that is not a string",
      (g) => set(g.attributes.sources[0]!, "title", ["甲"]),
      "graph attributes: sources.0.title: Invalid input: expected string, received array",
    ],
  ])("refuses %s, naming the record and the attribute", (_what, damage, problem) => {
    const graph = tinyGraph();
    damage(graph);
    const file = join(dir, "bad.zgs");
    writeSnapshot(graph, file);
    expect(() => readSnapshot(file)).toThrow(`${file}: ${problem}`);
  });
});
