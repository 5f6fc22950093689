/**
 * Checks the attribute values a snapshot stores beyond its typed columns against the types and the
 * ontology (graph-schemas.ts): the graph's sources, every entity's nodeExtra JSON (its details,
 * metrics and designations, their evidence inside its source) and every relation's edgeExtra. Type codes, string
 * columns and the evidence pool are checked by the reader as columns.
 */
import type { z } from "zod";
import { GraphAttributesSchema, PackedEntityExtraSchema, RelationExtraSchema } from "../graph-schemas.ts";
import type { SnapshotColumns } from "./snapshot.ts";

/** Check `columns` (but the graph section); `textLength(s)` is the length of source s's text; `fail` names the problem. */
export function validateColumns(
  columns: SnapshotColumns,
  textLength: (source: number) => number,
  fail: (problem: string) => never,
): void {
  const sourceCount = columns.graph.sources.length;
  const { nodeExtra, nodeId, edgeId } = columns;
  for (let i = 0; i < nodeExtra.length; i++) {
    const text = nodeExtra.get(i);
    if (text === "") continue;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      fail(`entity ${nodeId.get(i)}: its attributes are not JSON`);
    }
    const parsed = PackedEntityExtraSchema.safeParse(value);
    if (!parsed.success) return fail(`entity ${nodeId.get(i)}: ${issue(parsed.error)}`);
    const inline = [
      ["metrics", parsed.data.metrics ?? []],
      ["designations", parsed.data.designations ?? []],
    ] as const;
    for (const [field, records] of inline) {
      for (const [n, record] of records.entries()) {
        for (const [k, [s, start, end]] of record.evidence.entries()) {
          if (!(s < sourceCount && start <= end && end <= textLength(s)))
            fail(`entity ${nodeId.get(i)}: ${field}.${n}.evidence.${k}: points outside its source`);
        }
      }
    }
  }
  const seen = new Set<number>();
  for (const item of columns.edgeExtra as unknown[]) {
    const [j, extra] = Array.isArray(item) ? (item as unknown[]) : [];
    if (typeof j !== "number" || !Number.isInteger(j) || j < 0 || j >= edgeId.length || seen.has(j))
      return fail(`section edgeExtra: ${JSON.stringify(j)} is not a relation index, or repeats one`);
    seen.add(j);
    const parsed = RelationExtraSchema.safeParse(extra);
    if (!parsed.success) fail(`relation ${edgeId.get(j)}: ${issue(parsed.error)}`);
  }
}

/** Check the graph section (name and sources, texts not yet read in: ""), before texts load lazily. */
export function validateGraphSection(graph: unknown, fail: (problem: string) => never): void {
  const parsed = GraphAttributesSchema.safeParse(graph);
  if (!parsed.success) fail(`graph attributes: ${issue(parsed.error)}`);
}

/** "path: message" of a zod failure's first issue. */
function issue(error: z.ZodError): string {
  const first = error.issues[0];
  if (first === undefined) return "invalid";
  const path = first.path.map(String).join(".");
  return path === "" ? first.message : `${path}: ${first.message}`;
}
