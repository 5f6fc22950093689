// The benchmark's independent tied-to-zone baseline (bench/tied-baselines.ts, a plain CSR walk
// written apart from the server) must answer exactly what the server answers, so the two cannot
// drift apart silently: on a generated graph, every zone, every hop bound, every tie and path.
import { decodeSnapshot } from "@zonegraph/graph-data/snapshot/read-snapshot";
import { encodeSnapshot } from "@zonegraph/graph-data/snapshot/write-snapshot";
import { generateGraph } from "@zonegraph/graph-data/synth/generate-graph";
import { describe, expect, it } from "vitest";
import { CsrTied } from "../../bench/tied-baselines.ts";
import { createApp } from "../src/app/create-app.ts";
import { tieAt } from "../src/graph/tied-to-zone.ts";
import { buildGraphState } from "../src/state/graph-state.ts";
import { gql } from "./helpers.ts";

const snapshot = decodeSnapshot(
  Buffer.concat(encodeSnapshot(generateGraph({ preset: "small", seed: 5 }), "small.zgs")),
);
const state = buildGraphState(snapshot);
const csr = new CsrTied(snapshot);
const zones: number[] = [];
for (let i = 0; i < snapshot.nodeCount; i++) if (snapshot.entityType(i) === "ZONE") zones.push(i);

describe("the bench's CSR baseline", () => {
  it("finds the same ties, roles, hops and paths as the server for every zone and hop bound", () => {
    expect(zones.length).toBeGreaterThan(5);
    let compared = 0;
    for (const zone of zones) {
      for (let hops = 1; hops <= 8; hops++) {
        const result = state.tied.result(zone, hops);
        const server = Array.from(result.entities, (_, s) => {
          const tie = tieAt(result, s);
          return { entity: tie.entity, role: tie.role === "MEMBER" ? 1 : 2, hops: tie.hops, path: tie.path };
        });
        const baseline = csr.tied(zone, hops, Number.MAX_SAFE_INTEGER);
        expect(baseline.count, `zone ${zone}, ${hops} hops`).toBe(server.length);
        expect(baseline.page, `zone ${zone}, ${hops} hops`).toEqual(server);
        compared += server.length;
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });

  it("counts what tiedToZone answers over GraphQL", async () => {
    const app = createApp(state, { webDist: "/nonexistent" });
    for (const zone of zones.slice(0, 10)) {
      const { tiedToZone } = await gql<{ tiedToZone: { totalCount: number } }>(
        app,
        "query($z: ID!) { tiedToZone(zoneId: $z) { totalCount } }",
        { z: snapshot.columns.nodeId.get(zone) },
      );
      expect(tiedToZone.totalCount).toBe(csr.tied(zone, 4, 0).count);
    }
  });
});
