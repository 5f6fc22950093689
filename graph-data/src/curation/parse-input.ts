/**
 * Narrows curators' input (GraphQL arguments, JSON) with zod into typed values; the first problem
 * becomes a BAD_INPUT CurationError naming the field, e.g. "decisions[2].edit.span.start".
 */
import type { z } from "zod";
import { badInput } from "./curation-error.ts";

/** `value` parsed by `schema`, or a BAD_INPUT error naming the field under `field`. */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown, field: string): z.output<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const path = (issue?.path ?? [])
    .filter((p): p is string | number => typeof p !== "symbol")
    .map((p) => (typeof p === "number" ? `[${p}]` : `.${p}`))
    .join("");
  const keys = issue?.code === "unrecognized_keys" ? ` (${issue.keys.join(", ")})` : "";
  throw badInput(`${field}${path}`, `${issue?.message ?? "invalid"}${keys}`);
}
