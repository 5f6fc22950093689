// GraphStore: a compact index equal to the graph it was built from, rebuildable from its plain parts.
import { describe, expect, it } from "vitest";
import { GraphStore } from "../src/graph/store.ts";
import { twoZoneGraph } from "./fixtures/two-zones.ts";

describe("GraphStore", () => {
  const graph = twoZoneGraph();
  const store = GraphStore.fromGraph(graph);

  it("indexes every entity and relation with its type", () => {
    expect(store.entityCount).toBe(graph.order);
    expect(store.relationCount).toBe(graph.size);
    graph.forEachEdge((key, attrs, source, target) => {
      const e = store.edgeIndexOf(key);
      expect(store.entity(store.edgeSrc[e]!).id).toBe(source);
      expect(store.entity(store.edgeDst[e]!).id).toBe(target);
      expect(store.relation(e)).toBe(attrs);
    });
  });

  it("holds CSR adjacency equal to the graph's, edges ascending per entity", () => {
    graph.forEachNode((key) => {
      const i = store.indexOf(key);
      const outs = Array.from(
        store.out.edges.subarray(store.out.offsets[i]!, store.out.offsets[i + 1]!),
        (e) => store.relation(e).id,
      );
      const ins = Array.from(
        store.in.edges.subarray(store.in.offsets[i]!, store.in.offsets[i + 1]!),
        (e) => store.relation(e).id,
      );
      expect(outs.sort()).toEqual(graph.outEdges(key).sort());
      expect(ins.sort()).toEqual(graph.inEdges(key).sort());
      expect(
        store.out.edges
          .subarray(store.out.offsets[i]!, store.out.offsets[i + 1]!)
          .every((e, k, a) => k === 0 || a[k - 1]! < e),
      ).toBe(true);
    });
  });

  it("can be rebuilt from its plain parts without graphology", () => {
    const copy = new GraphStore({
      name: store.name,
      sources: [...store.sources],
      entities: [...store.entities],
      entityType: store.entityType.slice(),
      relations: [...store.relations],
      edgeSrc: store.edgeSrc.slice(),
      edgeDst: store.edgeDst.slice(),
      edgeType: store.edgeType.slice(),
    });
    expect(copy.out).toEqual(store.out);
    expect(copy.in).toEqual(store.in);
    expect(copy.indexOf("zone-a")).toBe(store.indexOf("zone-a"));
    expect(copy.indexOfName("甲科技")).toBe(store.indexOf("company-a"));
  });
});
