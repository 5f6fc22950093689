/**
 * Conditional GETs of the front: ETags tied to the served graph state (a swap gives every GraphQL
 * answer a new one, so a client's copy is stale exactly when the graph changed) and the
 * If-None-Match check that answers 304 without executing anything.
 */
import { createHash, randomBytes } from "node:crypto";
import type { GraphState } from "../state/graph-state.ts";

/** Cache-Control of GraphQL GET answers: any cache may keep them, but must revalidate (ETag). */
export const GRAPHQL_CACHE_CONTROL = "no-cache";

const tags = new WeakMap<GraphState, string>();

/**
 * A tag for a graph state: from its graph version and sizes when it came from a curated folder (so
 * every process serving that version agrees), else random per state (a swap always changes it).
 */
export function stateTag(state: GraphState): string {
  let tag = tags.get(state);
  if (tag === undefined) {
    const version = (state as { graphVersion?: unknown }).graphVersion;
    tag =
      typeof version === "number" && version > 0
        ? `v${version}.${state.store.entityCount}.${state.store.relationCount}`
        : randomBytes(6).toString("hex");
    tags.set(state, tag);
  }
  return tag;
}

/** The weak ETag of the answer to request `key` on `state` (the same for every content coding). */
export function graphqlEtag(state: GraphState, key: string): string {
  const digest = createHash("sha256").update(key, "latin1").digest("base64url").slice(0, 22);
  return `W/"${stateTag(state)}-${digest}"`;
}

/** Whether If-None-Match (a list of ETags, or `*`) matches `etag`, compared weakly as RFC 9110 asks. */
export function etagMatches(ifNoneMatch: string | string[] | undefined, etag: string): boolean {
  if (ifNoneMatch === undefined) return false;
  const opaque = (t: string): string => t.trim().replace(/^W\//u, "");
  const want = opaque(etag);
  const list = Array.isArray(ifNoneMatch) ? ifNoneMatch.join(",") : ifNoneMatch;
  return list.split(",").some((t) => t.trim() === "*" || opaque(t) === want);
}
