/**
 * Adjacency look-ups on the store's CSR: an entity's relations by direction and type, and the
 * entities one relation type away (e.g. a company's platforms: sources of HOSTED_BY edges into it).
 */
import type { RelationType } from "@zonegraph/graph-data";
import { entityTypeCode, relationTypeCode, type GraphStore } from "./store.ts";

/** Direction of relations relative to an entity. */
export type Direction = "OUT" | "IN" | "BOTH";

/** Edge indices of entity `i`'s relations in ascending order, optionally only some relation type codes. */
export function edgesOf(
  store: GraphStore,
  i: number,
  direction: Direction,
  typeCodes?: ReadonlySet<number>,
): number[] {
  const result: number[] = [];
  const collect = (csr: GraphStore["out"]): void => {
    for (let s = csr.offsets[i]!; s < csr.offsets[i + 1]!; s++) {
      const e = csr.edges[s]!;
      if (!typeCodes || typeCodes.has(store.edgeType[e]!)) result.push(e);
    }
  };
  if (direction !== "IN") collect(store.out);
  if (direction !== "OUT") collect(store.in);
  if (direction !== "BOTH") return result;
  result.sort((a, b) => a - b);
  // A self-loop shows up in both directions; list it once.
  return result.filter((e, k) => k === 0 || result[k - 1] !== e);
}

/**
 * Entity indices at the other end of entity `i`'s `type` relations in `direction` ("OUT": targets,
 * "IN": sources), optionally only of one entity type; in edge order, without repeats.
 */
export function neighborsVia(
  store: GraphStore,
  i: number,
  direction: "OUT" | "IN",
  type: RelationType,
  entityType?: Parameters<typeof entityTypeCode>[0],
): number[] {
  const edges = edgesOf(store, i, direction, new Set([relationTypeCode(type)]));
  const code = entityType === undefined ? -1 : entityTypeCode(entityType);
  const seen = new Set<number>();
  for (const e of edges) {
    const other = direction === "OUT" ? store.edgeDst[e]! : store.edgeSrc[e]!;
    if (code === -1 || store.entityType[other] === code) seen.add(other);
  }
  return [...seen];
}
