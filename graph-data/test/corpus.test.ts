// Invariants of the corpus graph (data/sources.yaml + data/facts/*.yaml) as loadCorpusGraph() builds it.
import { describe, expect, it } from "vitest";
import { loadCorpusGraph } from "../src/load/load-corpus.ts";
import type { Evidence, ZoneGraph } from "../src/types.ts";
import { tiedZones, zoneRegions } from "./tied-zones.ts";

let cached: ZoneGraph | undefined;
/** The corpus graph; a missing or invalid facts directory fails each test with the loader's message. */
function corpus(): ZoneGraph {
  cached ??= loadCorpusGraph();
  return cached;
}

describe("the corpus graph", () => {
  it("loads from data/facts without errors", () => {
    expect(corpus().order).toBeGreaterThan(0);
  });

  it("has evidence on every entity, relation and metric, each quote equal to its slice of its source", () => {
    const graph = corpus();
    const sources = new Map(graph.getAttribute("sources").map((s) => [s.id, s]));
    const problems: string[] = [];
    const check = (fact: string, evidence: readonly Evidence[]): void => {
      if (evidence.length === 0) problems.push(`${fact}: no evidence`);
      for (const e of evidence) {
        const text = sources.get(e.sourceId)?.text;
        if (text === undefined) problems.push(`${fact}: unknown source ${e.sourceId}`);
        else if (text.slice(e.start, e.end) !== e.quote)
          problems.push(`${fact}: "${e.quote}" is not at [${e.start}, ${e.end}) of ${e.sourceId}`);
      }
    };
    graph.forEachNode((id, a) => {
      check(`entity ${id}`, a.evidence);
      for (const m of a.metrics) check(`metric ${m.key} of ${id}`, m.evidence);
    });
    graph.forEachEdge((id, a) => check(`relation ${id}`, a.evidence));
    expect(problems).toEqual([]);
  });

  it("has no orphan entity", () => {
    const graph = corpus();
    expect(graph.filterNodes((id) => graph.degree(id) === 0)).toEqual([]);
  });

  it("keys every entity and relation by its own id, and no id names both", () => {
    const graph = corpus();
    graph.forEachNode((key, a) => expect(a.id).toBe(key));
    graph.forEachEdge((key, a) => expect(a.id).toBe(key));
    expect(graph.nodes().filter((id) => graph.hasEdge(id))).toEqual([]);
  });

  it("has the zone of every article", () => {
    const graph = corpus();
    for (const s of graph.getAttribute("sources"))
      expect(graph.hasNode(s.zoneId) && graph.getNodeAttribute(s.zoneId, "type")).toBe("ZONE");
  });

  it("ties every company to exactly the zone of the article that first evidences it", () => {
    const graph = corpus();
    const zoneOf = new Map(graph.getAttribute("sources").map((s) => [s.id, s.zoneId]));
    const problems: string[] = [];
    graph.forEachNode((id, a) => {
      if (a.type !== "COMPANY") return;
      const expected = zoneOf.get(a.evidence[0]?.sourceId ?? "");
      const tied = [...tiedZones(graph, id).keys()];
      if (expected === undefined) return problems.push(`${id}: first evidence names no article`);
      if (tied.length === 1 && tied[0] === expected) return;
      if (tied.length === 0) {
        // A company outside any zone may lie in a region, if it is the article zone's region.
        const located = graph.filterOutNeighbors(
          id,
          (n) =>
            graph.getNodeAttribute(n, "type") === "REGION" &&
            graph.someEdge(id, n, (_, e) => e.type === "LOCATED_IN"),
        );
        const allowed = zoneRegions(graph, expected);
        if (located.length > 0 && located.every((r) => allowed.has(r))) return;
        return problems.push(
          `${id}: tied to no zone${located.length > 0 ? ` and located in ${located.join(", ")}, not a region of ${expected}` : ""} (expected ${expected})`,
        );
      }
      problems.push(`${id}: tied to ${tied.join(", ")} (expected exactly ${expected})`);
    });
    expect(problems).toEqual([]);
  });
});
