/**
 * Prints the schema (sorted, SDL) to server/schema.graphql: `pnpm --filter @zonegraph/server schema:print`.
 * A test fails when the schema changes and this file is not regenerated.
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { lexicographicSortSchema, printSchema } from "graphql";
import { schema } from "../schema/index.ts";

/** Where the printed schema is committed. */
export const SCHEMA_FILE = fileURLToPath(new URL("../../schema.graphql", import.meta.url));

/** The schema as committed: sorted SDL with a trailing newline. */
export const printedSchema = (): string => `${printSchema(lexicographicSortSchema(schema))}\n`;

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(SCHEMA_FILE, printedSchema());
  console.log(`server/src/cli/print-schema: wrote ${SCHEMA_FILE}`);
}
