/**
 * A loaded graph as snapshot bytes and back: `encodeGraphBytes` (in the folder worker) writes the
 * graph as a snapshot with the server's indexes as extension sections; `adoptGraphBytes` (on the
 * main thread) builds the served state from those bytes, taking views on them, in a few ms.
 */
import type { ZoneGraph } from "@zonegraph/graph-data";
import { graphToParts } from "@zonegraph/graph-data/snapshot/graph-parts";
import { decodeSnapshot } from "@zonegraph/graph-data/snapshot/read-snapshot";
import { encodeSnapshot } from "@zonegraph/graph-data/snapshot/write-snapshot";
import { buildServerIndex, encodeServerIndex } from "../graph/server-index.ts";
import { GraphStore } from "../graph/store.ts";
import { buildGraphState, type GraphState } from "../state/graph-state.ts";

/** One ArrayBuffer holding `chunks` end to end (its own, so it can be transferred). */
function joined(chunks: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.byteLength, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

/** The snapshot bytes of `graph` with the server's indexes built over the store the main thread will make. */
export function encodeGraphBytes(graph: ZoneGraph, label: string): ArrayBuffer {
  const parts = graphToParts(graph);
  // The indexes must be built on the store made from the snapshot (its entity order), as index-snapshot does.
  const store = GraphStore.fromSnapshot(decodeSnapshot(joined(encodeSnapshot(parts, label)), label));
  const index = encodeServerIndex(buildServerIndex(store), {
    entities: store.entityCount,
    relations: store.relationCount,
  });
  return joined(encodeSnapshot(parts, label, index)).buffer as ArrayBuffer;
}

/** The served state of snapshot `bytes` at `graphVersion` (the stored indexes are used, nothing is rebuilt). */
export function adoptGraphBytes(bytes: ArrayBuffer, graphVersion: number, label: string): GraphState {
  // The bytes come from our own worker, which made them from a graph the strict loader accepted:
  // the checks a file needs would only add main-thread time to the swap.
  return buildGraphState(
    decodeSnapshot(new Uint8Array(bytes), label, { verify: false }),
    (notice) => console.warn(notice),
    graphVersion,
  );
}
