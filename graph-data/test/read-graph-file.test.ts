// readGraphFile reads a graph's JSON export back, and names the file when it is not one.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { toJson } from "../src/export/json.ts";
import { loadGraph } from "../src/load/load-corpus.ts";
import { readGraphFile } from "../src/read-graph-file.ts";
import { partsToGraph } from "../src/snapshot/graph-parts.ts";
import { generateGraph } from "../src/synth/generate-graph.ts";
import { writeGraphJson } from "../src/synth/write-graph-json.ts";
import { FIXTURES } from "./load-helpers.ts";
import { tinyGraph } from "./tiny-graph.ts";

const dir = mkdtempSync(join(tmpdir(), "zonegraph-"));
const write = (name: string, text: string): string => {
  writeFileSync(join(dir, name), text);
  return join(dir, name);
};

describe("readGraphFile", () => {
  it("reads a JSON export back into an equal graph", () => {
    const graph = loadGraph({
      sourcesFile: join(FIXTURES, "sources.yaml"),
      factsDir: join(FIXTURES, "happy/facts"),
    });
    const back = readGraphFile(write("graph.json", toJson(graph)));
    expect(back.export()).toEqual(graph.export());
    expect(back.type).toBe("directed");
    expect(back.multi).toBe(true);
  });

  it("names the file when it is not JSON", () => {
    const path = write("broken.json", "{ nodes: ");
    expect(() => readGraphFile(path)).toThrow(`readGraphFile: ${path}: cannot read it as JSON`);
  });

  it("names the file and the offending node when the shape is wrong", () => {
    const path = write(
      "wrong.json",
      JSON.stringify({
        attributes: { name: "x", sources: [] },
        nodes: [
          {
            key: "a",
            attributes: {
              id: "a",
              type: "FACTORY",
              name: "甲",
              nameEn: "A",
              aliases: [],
              evidence: [],
              metrics: [],
            },
          },
        ],
        edges: [],
      }),
    );
    expect(() => readGraphFile(path)).toThrow(
      new RegExp(
        `${path} is not a ZoneGraph JSON export[^]*nodes\\.0\\.attributes\\.type: not an entity type`,
      ),
    );
  });

  it("reads back a generated graph, every attribute of which fits the schema", () => {
    const parts = generateGraph({ preset: "small", seed: 4 });
    const path = join(dir, "small.json");
    writeGraphJson(parts, path);
    expect(readGraphFile(path).order).toBe(parts.nodes.length);
  });

  it.each([
    [
      "a string where a Float is",
      (g: Serialized) => ((node(g, 2).attributes["investmentYuan"] = "lots"), g),
      "node storage-project: nodes.2.attributes.investmentYuan: Invalid input: expected number, received string",
    ],
    [
      "an unknown enum value",
      (g: Serialized) => ((node(g, 2).attributes["status"] = "BUILDING"), g),
      "node storage-project: nodes.2.attributes.status: not a project status of the ontology",
    ],
    [
      "a name that is not a string",
      (g: Serialized) => ((node(g, 1).attributes["name"] = 42), g),
      "node jiayi-tech: nodes.1.attributes.name: Invalid input: expected string, received number",
    ],
    [
      "a relation type not in the ontology",
      (g: Serialized) => ((g.edges[0]!.attributes["type"] = "NEAR"), g),
      "relation LOCATED_IN:jiayi-tech->jia-zone: edges.0.attributes.type: not a relation type of the ontology",
    ],
    [
      "a metric key not in the ontology",
      (g: Serialized) => (((node(g, 0).attributes["metrics"] as { key: string }[])[0]!.key = "gdp"), g),
      "node jia-zone: nodes.0.attributes.metrics.0.key: not a metric key of the ontology",
    ],
    [
      "a designation level not in the ontology",
      (g: Serialized) => (
        ((node(g, 0).attributes["designations"] as { level: string }[])[0]!.level = "COUNTY"),
        g
      ),
      "node jia-zone: nodes.0.attributes.designations.0.level: not a level of the ontology",
    ],
    [
      "a designation quote that is not its source's text",
      (g: Serialized) => (
        ((
          node(g, 0).attributes["designations"] as { evidence: { quote: string }[] }[]
        )[0]!.evidence[0]!.quote = "乙丙"),
        g
      ),
      'node jia-zone: nodes.0.attributes.designations.0.evidence.0: quote "乙丙" is not the text of article-a at [',
    ],
    [
      "an attribute the types do not have",
      (g: Serialized) => ((node(g, 1).attributes["colour"] = "red"), g),
      'node jiayi-tech: nodes.1.attributes: Unrecognized key: "colour"',
    ],
    [
      "a quote that is not its source's text",
      (g: Serialized) => (((node(g, 1).attributes["evidence"] as { quote: string }[])[0]!.quote = "乙丙"), g),
      'node jiayi-tech: nodes.1.attributes.evidence.0: quote "乙丙" is not the text of article-a at [',
    ],
  ])("refuses %s, naming the key and the attribute", (_what, damage, problem) => {
    const path = write("bad-value.json", JSON.stringify(damage(serialized())));
    expect(() => readGraphFile(path)).toThrow(problem);
  });
});

interface SerializedItem {
  key: string;
  attributes: Record<string, unknown>;
}
interface Serialized {
  nodes: SerializedItem[];
  edges: SerializedItem[];
}

/** The tiny graph's JSON export, as plain data to damage. */
function serialized(): Serialized {
  return JSON.parse(toJson(partsToGraph(tinyGraph()))) as Serialized;
}

function node(g: Serialized, i: number): SerializedItem {
  const item = g.nodes[i];
  if (item === undefined) throw new Error(`no node ${i}`);
  return item;
}
