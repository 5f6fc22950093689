/**
 * Statuses and error codes as GraphQL over HTTP asks: every error of an answer carries
 * `extensions.code`, and an answer without `data` (the request never executed: a parse, validation
 * or variable-coercion failure, a limit, an operation the schema cannot run) is 400 under
 * `Accept: application/graphql-response+json`, while `application/json` keeps 200 for legacy
 * clients (yoga's `http.spec` flag). The limits' "Syntax Error:" prefix is dropped: they are not syntax errors.
 */
import type { ExecutionResult, GraphQLError } from "graphql";
import { createGraphQLError, type Plugin } from "graphql-yoga";

/** Codes of the document limits, whose messages graphql-armor starts with "Syntax Error:". */
export const LIMIT_CODES: ReadonlySet<string> = new Set([
  "DEPTH_LIMIT",
  "ALIAS_LIMIT",
  "TOKEN_LIMIT",
  "DIRECTIVE_LIMIT",
  "SELECTION_LIMIT",
  "NESTING_LIMIT",
  "COMPLEXITY_LIMIT",
]);

/** Codes of errors in a well-formed request that GraphQL refuses (legacy application/json: 200). */
const REQUEST_ERROR_CODES: ReadonlySet<string> = new Set([
  ...LIMIT_CODES,
  "BAD_USER_INPUT",
  "OPERATION_NOT_SUPPORTED",
  "OPERATION_RESOLUTION_FAILURE",
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
]);

const VARIABLE = /^Variable "\$([^"]+)"/u;
const NOT_CONFIGURED = /not configured to execute (subscription|mutation|query) operation/u;
const NO_OPERATION = /^(Must provide operation name|Unknown operation named|Must provide an operation)/u;

/** The code of an error that has none, from its message and whether the answer has data. */
export function codeOf(message: string, executed: boolean): { code: string; extra?: Record<string, string> } {
  const variable = VARIABLE.exec(message);
  if (variable) return { code: "BAD_USER_INPUT", extra: { variableName: variable[1]! } };
  if (NOT_CONFIGURED.test(message)) return { code: "OPERATION_NOT_SUPPORTED" };
  if (NO_OPERATION.test(message)) return { code: "OPERATION_RESOLUTION_FAILURE" };
  return { code: executed ? "INTERNAL_SERVER_ERROR" : "BAD_REQUEST" };
}

interface HttpExtension {
  status?: number;
  spec?: boolean;
  headers?: Record<string, string>;
}

/** The error with a code, the spec's 400 when nothing executed, and no "Syntax Error:" on a limit. */
function coded(error: GraphQLError, executed: boolean): GraphQLError {
  const extensions: Record<string, unknown> = { ...error.extensions };
  let message = error.message;
  let changed = false;
  if (typeof extensions["code"] !== "string") {
    const { code, extra } = codeOf(message, executed);
    Object.assign(extensions, extra, { code });
    changed = true;
  }
  const code = extensions["code"] as string;
  if (LIMIT_CODES.has(code) && message.startsWith("Syntax Error: ")) {
    message = message.slice("Syntax Error: ".length);
    changed = true;
  }
  const http = (extensions["http"] ?? {}) as HttpExtension;
  const internal = code === "INTERNAL_SERVER_ERROR" || extensions["unexpected"] === true;
  if (!executed && !internal && http.status === undefined) {
    extensions["http"] = { ...http, status: 400, spec: true };
    changed = true;
  } else if (!executed && code === "BAD_REQUEST" && http.spec === true) {
    // A malformed request (a parameter of the wrong type): 400 under every media type, as the spec asks.
    extensions["http"] = { ...http, spec: false };
    changed = true;
  } else if (!executed && http.status === 400 && http.spec === undefined && REQUEST_ERROR_CODES.has(code)) {
    // A GraphQL request error (not a malformed HTTP request): application/json keeps its 200.
    extensions["http"] = { ...http, spec: true };
    changed = true;
  }
  if (!changed) return error;
  return createGraphQLError(message, {
    nodes: error.nodes ?? null,
    source: error.source ?? null,
    positions: error.positions ?? null,
    path: error.path ?? null,
    originalError: error.originalError ?? null,
    extensions,
  });
}

/** One result with every error coded; `data` absent means nothing executed. */
export function withCodes(result: ExecutionResult): ExecutionResult {
  if (!result.errors?.length) return result;
  const executed = "data" in result && result.data !== undefined;
  return { ...result, errors: result.errors.map((e) => coded(e, executed)) };
}

/** The plugin: codes and statuses on every GraphQL answer before yoga serialises it. */
export function useResponseStatus(): Plugin {
  return {
    onResultProcess({ result, setResult }) {
      if (Array.isArray(result)) setResult(result.map((r: ExecutionResult) => withCodes(r)));
      else if (result && typeof result === "object" && "errors" in result)
        setResult(withCodes(result as ExecutionResult));
    },
  };
}
