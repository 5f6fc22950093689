/**
 * Up to k shortest loopless paths between two entities, ignoring edge direction (Yen's algorithm
 * over both CSR directions, every relation counting 1). Paths differ by the entities they pass
 * through: between two entities joined by several relations, a path takes the one of lowest edge
 * index, as `shortestPath` does. Shorter paths come first; equal lengths in a deterministic order.
 */
import { shortestPath, type PathResult } from "./shortest-path.ts";
import type { GraphStore } from "./store.ts";

/** The most paths one call may ask for. */
export const MAX_K = 5;

/** What a spur search must avoid: entities of the root, and steps (v → w) already taken by a found path. */
interface Blocked {
  nodes: ReadonlySet<number>;
  steps: ReadonlySet<string>;
}

const stepKey = (v: number, w: number) => `${v}>${w}`;

/** A shortest path from `from` to `to` avoiding `blocked` (BFS in edge-index order); null if none. */
function bfs(store: GraphStore, from: number, to: number, blocked: Blocked): PathResult | null {
  return shortestPath(store, from, to, (v, w) => blocked.nodes.has(w) || blocked.steps.has(stepKey(v, w)));
}

/** Orders candidates: fewer relations first, then by their relation indices. */
function compare(a: PathResult, b: PathResult): number {
  if (a.relations.length !== b.relations.length) return a.relations.length - b.relations.length;
  for (let i = 0; i < a.relations.length; i++) {
    const d = a.relations[i]! - b.relations[i]!;
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * Finds up to `k` shortest loopless paths from `from` to `to` (entity indices), shortest first;
 * empty when they are not connected, one path of one entity when from = to.
 */
export function kShortestPaths(store: GraphStore, from: number, to: number, k: number): PathResult[] {
  if (!Number.isInteger(k) || k < 1 || k > MAX_K)
    throw new RangeError(`server/src/graph/k-shortest-paths: k must be an integer in 1..${MAX_K}, got ${k}`);
  const first = bfs(store, from, to, { nodes: new Set(), steps: new Set() });
  if (first === null) return [];
  const found: PathResult[] = [first];
  if (from === to) return found;
  const seen = new Set<string>([first.entities.join(",")]);
  const candidates: PathResult[] = [];
  while (found.length < k) {
    const last = found[found.length - 1]!;
    for (let i = 0; i < last.entities.length - 1; i++) {
      const spur = last.entities[i]!;
      const root = last.entities.slice(0, i + 1);
      const rootKey = root.join(",");
      // Steps out of the spur already taken by a found path with this root.
      const steps = new Set<string>();
      for (const p of found)
        if (p.entities.length > i + 1 && p.entities.slice(0, i + 1).join(",") === rootKey)
          steps.add(stepKey(spur, p.entities[i + 1]!));
      const nodes = new Set(root.slice(0, i));
      const tail = bfs(store, spur, to, { nodes, steps });
      if (tail === null) continue;
      const path: PathResult = {
        entities: [...root, ...tail.entities.slice(1)],
        relations: [...last.relations.slice(0, i), ...tail.relations],
      };
      const key = path.entities.join(",");
      if (seen.has(key)) continue;
      seen.add(key);
      candidates.push(path);
    }
    if (candidates.length === 0) break;
    candidates.sort(compare);
    found.push(candidates.shift()!);
  }
  return found;
}
