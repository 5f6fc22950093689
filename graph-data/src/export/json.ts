/**
 * Writes a ZoneGraph as Graphology's own JSON (`graph.export()`), which `readGraphFile` and
 * `graph.import()` read back with every attribute, evidence and source intact.
 */
import type { ZoneGraph } from "../types.ts";

/** Graphology JSON text of `graph` (indented when `pretty`). */
export function toJson(graph: ZoneGraph, pretty = false): string {
  return `${JSON.stringify(graph.export(), null, pretty ? 2 : undefined)}\n`;
}
