/**
 * The benchmark's hand-written endpoint: what a developer would write for this one question
 * without GraphQL. It reads the request body, takes `zoneId` and `first` from its variables,
 * reads the zone's ties from the same data layer the server uses (GraphStore, TiedCache, tieAt:
 * the walk is not what is compared), builds the response object a tiedToZone page of that shape
 * gives — cursors and global ids from the server's own memoised helpers, role, hops, entity,
 * path — and `JSON.stringify`s it, on every request. No GraphQL parsing, validation, limits or
 * executor: the HTTP measurement compares ZoneGraph's uncached path against this, so the ratio is
 * what the GraphQL layer costs.
 */
import type { GraphState } from "@zonegraph/server/state/graph-state";
import { tieAt } from "@zonegraph/server/graph/tied-to-zone";
import { ENTITY_TYPENAMES } from "@zonegraph/server/ids";
import { encodeCursor } from "@zonegraph/server/schema/cursor";
import { globalIdOf } from "@zonegraph/server/schema/global-id";

/** The JSON text of the tiedToZone page for `body` (the bench's request), or null for another zone. */
export function handwrittenTiedPage(context: GraphState, body: string): string | null {
  const { variables } = JSON.parse(body) as { variables: { zoneId: string; first?: number } };
  const { store, tied } = context;
  const zone = store.indexOf(variables.zoneId);
  if (zone < 0) return null;
  const result = tied.result(zone, 4);
  const total = result.entities.length;
  const end = Math.min(total, variables.first ?? 100);
  const entityId = (i: number) => {
    const e = store.entity(i);
    return globalIdOf(ENTITY_TYPENAMES[e.type], e);
  };
  const edges = [];
  for (let s = 0; s < end; s++) {
    const tie = tieAt(result, s);
    const entity = store.entity(tie.entity);
    edges.push({
      cursor: encodeCursor(s),
      node: {
        role: tie.role,
        hops: tie.hops,
        entity: { id: entityId(tie.entity), type: entity.type, name: entity.name },
        path: tie.path.map((e) => {
          const relation = store.relation(e);
          return {
            id: globalIdOf("Relation", relation),
            type: relation.type,
            from: { id: entityId(store.edgeSrc[e]!) },
            to: { id: entityId(store.edgeDst[e]!) },
          };
        }),
      },
    });
  }
  return JSON.stringify({
    data: {
      tiedToZone: {
        totalCount: total,
        edges,
        pageInfo: { hasNextPage: end < total, endCursor: end > 0 ? encodeCursor(end - 1) : null },
      },
    },
  });
}
