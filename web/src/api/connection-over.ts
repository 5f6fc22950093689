/**
 * A test fixture shared by the unit tests that page through the API (load-graph, view-loader): a
 * Relay connection over an in-memory list, its cursors being positions in the list.
 */
import type { Connection } from "./load-graph.ts";

/** The page of `items` after cursor `after` (none, or not a string: from the start), `first` long. */
export function connectionOver<T>(items: readonly T[], first: number, after: unknown): Connection<T> {
  const start = typeof after === "string" ? Number(after) + 1 : 0;
  const page = items.slice(start, start + first);
  return {
    totalCount: items.length,
    pageInfo: {
      hasNextPage: start + first < items.length,
      endCursor: page.length > 0 ? String(start + page.length - 1) : null,
    },
    edges: page.map((node) => ({ node })),
  };
}
