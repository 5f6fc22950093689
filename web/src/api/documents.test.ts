import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import * as documents from "./documents.ts";

// The server's printed schema is the contract these documents must keep to. graphql is the
// server's dependency, not web's, so it is resolved from the server package.
const serverDir = resolve(import.meta.dirname, "../../../server");
const schemaFile = resolve(serverDir, "schema.graphql");

/** The part of graphql-js this test uses. */
interface GraphQLJs {
  buildSchema(sdl: string): unknown;
  parse(source: string): unknown;
  validate(schema: unknown, document: unknown): readonly { message: string }[];
}

describe.runIf(existsSync(schemaFile))("GraphQL documents", () => {
  it("all validate against server/schema.graphql", () => {
    const graphql = createRequire(resolve(serverDir, "package.json"))("graphql") as GraphQLJs;
    const schema = graphql.buildSchema(readFileSync(schemaFile, "utf8"));
    for (const [name, text] of Object.entries(documents)) {
      const errors = graphql.validate(schema, graphql.parse(text)).map((e) => e.message);
      expect(errors, name).toEqual([]);
    }
  });
});
