/**
 * How the app reads GraphQL parameters from a request, replacing yoga's parsers for GET query
 * strings, form bodies and JSON bodies: a malformed `variables` or `extensions` (not JSON, or not
 * an object) and a body that is not JSON are client mistakes, answered 400 `BAD_REQUEST` naming
 * the parameter — never a 500 with a stack trace in the log, and never with the body echoed back
 * (yoga's own JSON error quotes the parser's message, which quotes the body).
 */
import { createGraphQLError, type GraphQLParams, type Plugin } from "graphql-yoga";

/** What a batch (a JSON array of operations) is answered, with 400 BAD_REQUEST. */
export const BATCH_REFUSED =
  "Batched requests (a JSON array of operations) are not supported: send each operation in its own request (HTTP keep-alive makes that as cheap); persisted queries keep the requests small.";

/** A 400 BAD_REQUEST error with `message`, which never quotes what the client sent. */
function badRequest(message: string): Error {
  return createGraphQLError(message, { extensions: { http: { status: 400 }, code: "BAD_REQUEST" } });
}

/** Parses the JSON text of parameter `name` sent in `where`; a mistake is a 400 naming both. */
function jsonParam(text: string | null, name: "variables" | "extensions", where: string): unknown {
  if (text === null || text === "") return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw badRequest(`The "${name}" parameter of the ${where} is not valid JSON.`);
  }
}

/** GraphQL parameters from URL search parameters (a GET query string or a form body). */
export function paramsOfSearch(search: URLSearchParams, where: string): GraphQLParams {
  const params: GraphQLParams = {};
  const query = search.get("query");
  const operationName = search.get("operationName");
  const variables = jsonParam(search.get("variables"), "variables", where);
  const extensions = jsonParam(search.get("extensions"), "extensions", where);
  if (query) params.query = query;
  if (operationName) params.operationName = operationName;
  // Yoga checks that these are objects (use-check-graphql-query-params) and says so with a 400.
  if (variables !== undefined) params.variables = variables as Record<string, unknown>;
  if (extensions !== undefined) params.extensions = extensions as Record<string, unknown>;
  return params;
}

/** GraphQL parameters from a JSON body: an object, else (a batch, not JSON, a scalar) a 400 that quotes nothing. */
export function paramsOfJson(text: string): GraphQLParams {
  let body: unknown;
  try {
    body = JSON.parse(text) as unknown;
  } catch {
    throw badRequest("POST body sent invalid JSON.");
  }
  if (body === null || typeof body !== "object")
    throw badRequest(
      `POST body is expected to be object but received ${body === null ? "null" : typeof body}`,
    );
  // Batches are refused (README): one request, one operation, one budget, one cacheable answer.
  if (Array.isArray(body)) throw badRequest(BATCH_REFUSED);
  const operationName = (body as { operationName?: unknown }).operationName;
  if (operationName !== undefined && operationName !== null && typeof operationName !== "string")
    throw badRequest(
      `The "operationName" parameter must be a string, got ${Array.isArray(operationName) ? "array" : typeof operationName}.`,
    );
  // Yoga checks the other parameters' types after this (use-check-graphql-query-params).
  return body as GraphQLParams;
}

const isType = (request: Request, type: string): boolean => {
  const sent = request.headers.get("content-type")?.split(",")[0] ?? "";
  return sent === type || sent.startsWith(`${type};`);
};

/** The plugin: our parsers for GET, form and JSON requests (other requests keep yoga's). */
export function useRequestParsing(): Plugin {
  return {
    onRequestParse({ request, setRequestParser }) {
      if (request.method === "GET") {
        setRequestParser((r) => {
          const q = r.url.indexOf("?");
          return paramsOfSearch(new URLSearchParams(q === -1 ? "" : r.url.slice(q + 1)), "query string");
        });
      } else if (request.method === "POST" && isType(request, "application/x-www-form-urlencoded")) {
        setRequestParser(async (r) => paramsOfSearch(new URLSearchParams(await r.text()), "form body"));
      } else if (
        request.method === "POST" &&
        (isType(request, "application/json") || isType(request, "application/graphql+json"))
      ) {
        setRequestParser(async (r) => paramsOfJson(await r.text()));
      }
    },
  };
}
