/**
 * The "open in GraphiQL" link: the GraphQL document behind the current view as a GraphiQL URL on
 * the same endpoint. Variables are written into the query as literals, since GraphiQL takes the
 * `query` parameter from the URL but not always `variables`, so the opened query runs as it is.
 */

/** The query behind a view. */
export interface ViewQuery {
  query: string;
  variables: Record<string, unknown>;
}

function literal(value: unknown): string {
  if (value === null || value === undefined) return "null";
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return `[${value.map(literal).join(", ")}]`;
  return `{ ${Object.entries(value as Record<string, unknown>)
    .map(([k, v]) => `${k}: ${literal(v)}`)
    .join(", ")} }`;
}

/** The query with its variable definitions dropped and each `$name` replaced by its value (null when not given). */
export function inlineVariables(view: ViewQuery): string {
  const withoutDefinitions = view.query.replace(
    /^(\s*(?:query|mutation|subscription)\s+\w+)\s*\([^)]*\)/,
    "$1",
  );
  return withoutDefinitions.replace(/\$(\w+)/g, (_m, name: string) => literal(view.variables[name]));
}

/** The GraphiQL URL of a view's query on an endpoint. */
export function graphiqlUrl(endpoint: string, view: ViewQuery): string {
  return `${endpoint}?${new URLSearchParams({ query: inlineVariables(view) }).toString()}`;
}
