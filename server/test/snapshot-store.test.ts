// A store served from a snapshot's columns — with the indexes stored in the snapshot, or built at
// load — answers exactly as the store built from the graphology graph: records, ids, names,
// adjacency, search and tied-to-zone, and the GraphQL answers on top of them.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readSnapshot } from "@zonegraph/graph-data/snapshot/read-snapshot";
import { writeSnapshot } from "@zonegraph/graph-data/snapshot/write-snapshot";
import { describe, expect, it } from "vitest";
import { indexSnapshotFile } from "../src/graph/index-snapshot-file.ts";
import { createPinyinForms } from "../src/graph/pinyin-forms.ts";
import { SearchIndex } from "../src/graph/search-index.ts";
import { decodeServerIndex } from "../src/graph/server-index.ts";
import { GraphStore } from "../src/graph/store.ts";
import { tiedToZone } from "../src/graph/tied-to-zone.ts";
import { createApp } from "../src/app/create-app.ts";
import { buildGraphState } from "../src/state/graph-state.ts";
import { gql } from "./helpers.ts";
import { twoZoneGraph } from "./fixtures/two-zones.ts";

const dir = mkdtempSync(join(tmpdir(), "zonegraph-snapshot-store-"));
const graph = twoZoneGraph();
const plainFile = join(dir, "plain.zgs");
writeSnapshot(graph, plainFile);
const indexedFile = join(dir, "indexed.zgs");
writeSnapshot(graph, indexedFile);
indexSnapshotFile(indexedFile);

const reference = GraphStore.fromGraph(graph);
const referenceSearch = new SearchIndex(reference);
const variants = [
  ["indexes stored in the snapshot", buildGraphState(readSnapshot(indexedFile))],
  ["indexes built at load", buildGraphState(readSnapshot(plainFile))],
] as const;
const QUERIES = [
  "甲高新区",
  "甲科技",
  "甲",
  "技术",
  "jiagaoxinqu",
  "jgxq",
  "jia gao",
  "alpha hi-tech",
  "TECHNOLOGY",
  "zone",
  "乙",
  "不存在",
];
const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe("a store over a snapshot", () => {
  it("stores the indexes in the snapshot when it is indexed", () => {
    expect(typeof decodeServerIndex(readSnapshot(indexedFile))).toBe("object");
    expect(decodeServerIndex(readSnapshot(plainFile))).toMatch(/no prebuilt server index/u);
  });

  it.each(variants)("has the graph's records, ids, names and adjacency (%s)", (_how, { store }) => {
    expect(store.entityCount).toBe(reference.entityCount);
    for (let i = 0; i < store.entityCount; i++) {
      expect(plain(store.entity(i))).toEqual(plain(reference.entity(i)));
      expect(store.indexOf(reference.entityId(i))).toBe(i);
      expect(store.indexOfEntity(store.entity(i))).toBe(i);
      expect(store.indexOfName(reference.entityName(i))).toBe(reference.indexOfName(reference.entityName(i)));
      for (const alias of reference.entityAliases(i))
        expect(store.indexOfName(alias)).toBe(reference.indexOfName(alias));
    }
    for (let e = 0; e < store.relationCount; e++) {
      expect(plain(store.relation(e))).toEqual(plain(reference.relation(e)));
      expect(store.edgeIndexOf(reference.relationId(e))).toBe(e);
      expect(store.edgeIndexOfRelation(store.relation(e))).toBe(e);
    }
    expect(store.indexOf("nope")).toBe(-1);
    expect(store.edgeIndexOf("nope")).toBe(-1);
    expect(store.indexOfName("nope")).toBe(-1);
    expect(store.out).toEqual(reference.out);
    expect(store.in).toEqual(reference.in);
    expect(store.nameOrder).toEqual(reference.nameOrder);
    expect(store.metricCount()).toBe(reference.metricCount());
  });

  it.each(variants)(
    "searches and ties entities as the graph's store does (%s)",
    (_how, { store, search }) => {
      for (const q of QUERIES) expect(search.search(q, 10)).toEqual(referenceSearch.search(q, 10));
      for (let i = 0; i < store.entityCount; i++)
        if (store.entity(i).type === "ZONE")
          expect(tiedToZone(store, i, 4)).toEqual(tiedToZone(reference, i, 4));
    },
  );

  it("answers GraphQL exactly as the graph does", async () => {
    const query = `query($z: ID!) { tiedToZone(zoneId: $z, first: 5) { totalCount edges { cursor node { role hops entity { id type name } path { id type from { id } to { id } } } } pageInfo { hasNextPage endCursor } }
      search(query: "甲科技") { matched matchedField entity { id name aliases } } }`;
    const fromGraph = await gql(createApp(graph, { webDist: "/nonexistent" }), query, { z: "甲高新区" });
    const fromSnapshot = await gql(createApp(variants[0][1], { webDist: "/nonexistent" }), query, {
      z: "甲高新区",
    });
    expect(fromSnapshot).toEqual(fromGraph);
  });
});

describe("pinyin forms", () => {
  it("reads polyphones as pinyin-pro does inside two-character words", () => {
    const forms = createPinyinForms();
    expect(forms("银行")).toEqual({ full: "yinhang", initials: "yh" });
    expect(forms("重庆高新区")).toEqual({ full: "chongqinggaoxinqu", initials: "cqgxq" });
    expect(forms("5G产业园")).toEqual({ full: "5gchanyeyuan", initials: "5cyy" });
    expect(forms("Alpha")).toBeNull();
  });
});
