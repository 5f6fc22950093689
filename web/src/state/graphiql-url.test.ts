import { describe, expect, it } from "vitest";
import { graphiqlUrl, inlineVariables } from "./graphiql-url.ts";

describe("graphiqlUrl", () => {
  it("opens the view's query with its variables written in, ready to run", () => {
    const url = new URL(
      graphiqlUrl("http://x/graphql", {
        query: "query Q($id: ID!) { entity(id: $id) { name } }",
        variables: { id: "weifeng" },
      }),
    );
    expect(url.pathname).toBe("/graphql");
    expect(url.searchParams.get("query")).toBe('query Q { entity(id: "weifeng") { name } }');
  });

  it("writes numbers, booleans and missing variables as literals", () => {
    const query =
      "query P($first: Int!, $after: String, $on: Boolean!) { a(first: $first, after: $after) @include(if: $on) { b } }";
    expect(inlineVariables({ query, variables: { first: 100, on: true } })).toBe(
      "query P { a(first: 100, after: null) @include(if: true) { b } }",
    );
  });
});
