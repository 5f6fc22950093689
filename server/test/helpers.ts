/**
 * Test helpers: run a GraphQL operation against an app through `yoga.fetch` (no port).
 */
import type { ZoneGraphApp } from "../src/app/create-app.ts";

/** A GraphQL response body. */
export interface GqlResult<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/** POSTs a GraphQL operation to /graphql and returns the status and parsed body. */
export async function gqlRaw<T>(
  app: ZoneGraphApp,
  query: string,
  variables?: Record<string, unknown>,
): Promise<{ status: number; body: GqlResult<T> }> {
  const response = await app.fetch("http://localhost/graphql", {
    method: "POST",
    headers: {
      "content-type": "application/json",
      accept: "application/graphql-response+json, application/json",
    },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as GqlResult<T> };
}

/** Runs a GraphQL operation that must succeed and returns its data. */
export async function gql<T = Record<string, unknown>>(
  app: ZoneGraphApp,
  query: string,
  variables?: Record<string, unknown>,
): Promise<T> {
  const { body } = await gqlRaw<T>(app, query, variables);
  if (body.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
  return body.data as T;
}
