// readGraphFile reads a graph's JSON export back, and names the file when it is not one.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { toJson } from "../src/export/json.ts";
import { loadGraph } from "../src/load/load-corpus.ts";
import { readGraphFile } from "../src/read-graph-file.ts";
import { FIXTURES } from "./load-helpers.ts";

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
});
