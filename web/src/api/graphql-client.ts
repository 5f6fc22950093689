/**
 * A tiny fetch client for /graphql. Every failure becomes a typed GraphQLClientError so the UI can
 * say what happened: the server cannot be reached, it answered with an HTTP error, or the query failed.
 */

/** What went wrong with a GraphQL request. */
export type ClientErrorKind = "network" | "http" | "graphql";

/** A failed GraphQL request, with the kind of failure and the server's messages. */
export class GraphQLClientError extends Error {
  override readonly name = "GraphQLClientError";
  constructor(
    readonly kind: ClientErrorKind,
    message: string,
    readonly messages: readonly string[] = [],
  ) {
    super(message);
  }
}

/** Sends one GraphQL document; resolves to its `data` typed as T. */
export type GraphQLRequest = <T>(query: string, variables?: Record<string, unknown>) => Promise<T>;

interface GraphQLResponseBody {
  data?: unknown;
  errors?: readonly { message?: unknown }[];
}

function isBody(value: unknown): value is GraphQLResponseBody {
  return typeof value === "object" && value !== null && ("data" in value || "errors" in value);
}

/** Creates a request function bound to an endpoint (default "/graphql", relative to the page). */
export function createGraphQLClient(endpoint = "graphql", fetchImpl: typeof fetch = fetch): GraphQLRequest {
  return async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    let response: Response;
    try {
      response = await fetchImpl(endpoint, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          accept: "application/graphql-response+json, application/json",
        },
        body: JSON.stringify({ query, variables }),
      });
    } catch (error) {
      throw new GraphQLClientError(
        "network",
        `api/graphql-client: cannot reach ${endpoint}: ${String(error)}`,
      );
    }
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      throw new GraphQLClientError(
        "http",
        `api/graphql-client: HTTP ${response.status} with a body that is not JSON`,
      );
    }
    if (!isBody(body)) {
      throw new GraphQLClientError(
        "http",
        `api/graphql-client: HTTP ${response.status} without data or errors`,
      );
    }
    const messages = (body.errors ?? []).map((e) =>
      typeof e.message === "string" ? e.message : "unknown error",
    );
    if (messages.length > 0 && (body.data === null || body.data === undefined)) {
      throw new GraphQLClientError("graphql", `api/graphql-client: ${messages.join("; ")}`, messages);
    }
    if (!response.ok && body.data == null) {
      throw new GraphQLClientError("http", `api/graphql-client: HTTP ${response.status}`);
    }
    return body.data as T;
  };
}
