/**
 * The snapshot format: a small synthetic graph survives write → read with the same entities,
 * relations, attributes and evidence; damaged files fail with an error naming file and problem.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readSnapshot } from "../src/snapshot/read-snapshot.ts";
import { graphToParts, partsToGraph } from "../src/snapshot/graph-parts.ts";
import { writeSnapshot } from "../src/snapshot/write-snapshot.ts";
import { SnapshotError } from "../src/snapshot/snapshot-error.ts";
import { generateGraph } from "../src/synth/generate-graph.ts";
import { loadCorpusGraph } from "../src/load/load-corpus.ts";

const dir = mkdtempSync(join(tmpdir(), "zonegraph-snapshot-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const parts = generateGraph({ preset: "small", seed: 3 });
const file = join(dir, "small.zgs");
writeSnapshot(parts, file);

/** Write a damaged copy of the snapshot and return its path. */
function damaged(name: string, change: (bytes: Buffer) => Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, change(Buffer.from(readFileSync(file))));
  return path;
}

describe("snapshot", () => {
  it("reads back the same entities, relations, attributes, metrics and evidence", () => {
    const snapshot = readSnapshot(file);
    expect(snapshot.nodeCount).toBe(parts.nodes.length);
    expect(snapshot.edgeCount).toBe(parts.edges.length);
    const back = snapshot.toParts();
    expect(back.nodes).toEqual(parts.nodes);
    expect(back.edges).toEqual(parts.edges);
    expect(back.attributes.name).toBe(parts.attributes.name);
    expect(JSON.parse(JSON.stringify(back.attributes.sources))).toEqual(parts.attributes.sources);
  });

  it("answers single entities and ids without building the rest", () => {
    const snapshot = readSnapshot(file);
    const project = parts.nodes.findIndex((n) => n.type === "PROJECT");
    expect(snapshot.indexOf(parts.nodes[project]?.id ?? "")).toBe(project);
    expect(snapshot.entity(project)).toEqual(parts.nodes[project]);
    expect(snapshot.entityType(project)).toBe("PROJECT");
    expect(snapshot.indexOf("no-such-entity")).toBe(-1);
    const role = parts.edges.findIndex((e) => e.attributes.title !== undefined);
    expect(snapshot.relation(role)).toEqual(parts.edges[role]?.attributes);
  });

  it("keeps the zones' designations of the corpus, level, year and evidence included", () => {
    const corpus = loadCorpusGraph();
    const path = join(dir, "corpus.zgs");
    writeSnapshot(corpus, path);
    const snapshot = readSnapshot(path);
    for (const zone of ["luzhou-hi-tech-zone", "shihezi-development-zone"]) {
      const back = snapshot.entity(snapshot.indexOf(zone));
      expect(back.designations?.length, zone).toBeGreaterThan(0);
      expect(back).toEqual(corpus.getNodeAttributes(zone));
    }
    const luzhou = snapshot.entity(snapshot.indexOf("luzhou-hi-tech-zone")).designations?.[0];
    expect(luzhou).toMatchObject({ name: "省级科技成果转化示范区", level: "PROVINCIAL", year: 2022 });
    const ev = luzhou?.evidence[0];
    expect(ev && snapshot.sources.find((s) => s.id === ev.sourceId)?.text.slice(ev.start, ev.end)).toBe(
      "泸州高新区自2022年成功创建省级科技成果转化示范区以来",
    );
  });

  it("writes from a graphology graph and materialises one again", () => {
    const graph = partsToGraph(parts);
    const fromGraph = join(dir, "from-graph.zgs");
    writeSnapshot(graph, fromGraph);
    const again = readSnapshot(fromGraph).toGraph();
    expect(again.order).toBe(graph.order);
    expect(again.size).toBe(graph.size);
    expect(graphToParts(again).nodes).toEqual(parts.nodes);
  });

  it("refuses to write evidence whose quote is not in its source", () => {
    const bad = structuredClone(parts);
    const node = bad.nodes[0];
    if (node?.evidence[0] !== undefined) node.evidence[0].quote = "不在原文中";
    expect(() => writeSnapshot(bad, join(dir, "bad.zgs"))).toThrow(
      /entity zone-0: quote "不在原文中" is not the text of/,
    );
  });

  it.each([
    ["not-a-snapshot.zgs", () => Buffer.from('{"nodes": []}'), /bad magic/],
    ["truncated.zgs", (b: Buffer) => b.subarray(0, b.length - 100), /truncated/],
    ["cut-in-header.zgs", (b: Buffer) => b.subarray(0, 40), /truncated|header/],
    ["empty.zgs", () => Buffer.alloc(0), /truncated/],
    ["trailing.zgs", (b: Buffer) => Buffer.concat([b, Buffer.from("xx")]), /trailing bytes/],
    ["future.zgs", (b: Buffer) => (b.writeUInt32LE(99, 8), b), /version mismatch: file is version 99/],
  ])("fails clearly on %s", (name, change, problem) => {
    const path = damaged(name, change);
    expect(() => readSnapshot(path)).toThrow(SnapshotError);
    expect(() => readSnapshot(path)).toThrow(problem);
    expect(() => readSnapshot(path)).toThrow(path);
  });

  it("names a missing file", () => {
    expect(() => readSnapshot(join(dir, "missing.zgs"))).toThrow(/missing\.zgs: cannot read/);
  });
});
