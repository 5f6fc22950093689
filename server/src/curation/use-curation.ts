/**
 * The yoga plugin guarding curation: an operation that is a mutation, or reads drafts (`draft`,
 * `drafts`: unpublished work), runs only when the server has a curated folder, the request's Origin
 * is its own (or listed in ZONEGRAPH_CORS_ORIGINS), and it carries the curator token — else it is
 * refused before anything executes: CURATION_UNAVAILABLE, FORBIDDEN (403), UNAUTHENTICATED (401).
 * Mutations over GET never get here: yoga answers them 405. Reads stay public.
 */
import {
  GraphQLError,
  Kind,
  getOperationAST,
  type DocumentNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from "graphql";
import type { Plugin } from "graphql-yoga";
import type { CuratorAuth } from "./curator-auth.ts";
import { CurationGrant, GRANT_KEY } from "./curation-grant.ts";
import type { CurationService } from "./curation-service.ts";

/** The request header naming the curator (percent-encoded UTF-8, so 中文 names pass). */
export const CURATOR_HEADER = "x-zonegraph-curator";

/** Query fields that read unpublished work and so need the token too. */
export const PRIVATE_QUERY_FIELDS: ReadonlySet<string> = new Set(["draft", "drafts"]);

/** What the plugin guards with. */
export interface CurationGuard {
  /** The folder's service, or null when the server serves a file (snapshot/JSON): curation is off. */
  service: () => CurationService | null;
  auth: CuratorAuth;
  /** Foreign origins allowed to curate (ZONEGRAPH_CORS_ORIGINS; "*" does not count for writes). */
  origins: readonly string[];
}

/** The message a server without a curated folder answers curation with. */
export const CURATION_UNAVAILABLE_MESSAGE =
  "Curation needs the curated data folder: this server serves a graph file (ZONEGRAPH_DATA), which is read-only. Start it without ZONEGRAPH_DATA (ZONEGRAPH_DATA_DIR=<folder>, default graph-data/data) to ingest, review and publish.";

const refusal = (message: string, code: string, status?: number): GraphQLError =>
  new GraphQLError(message, { extensions: status === undefined ? { code } : { code, http: { status } } });

/** The plugin; put it before the execution plugins (it stops execution of what it refuses). */
export function useCuration(guard: CurationGuard): Plugin<{ [GRANT_KEY]?: CurationGrant }> {
  return {
    onExecute({ args, setResultAndStopExecution, extendContext }) {
      const operation = getOperationAST(args.document, args.operationName);
      if (!operation || !isCuration(operation, args.document)) return;
      const headers = headersOf(args.contextValue);
      const refuse = (error: GraphQLError): void => setResultAndStopExecution({ errors: [error] });
      const service = guard.service();
      if (service === null) return refuse(refusal(CURATION_UNAVAILABLE_MESSAGE, "CURATION_UNAVAILABLE"));
      const origin = headers?.get("origin") ?? null;
      if (
        origin !== null &&
        !sameOrigin(origin, headers?.get("host") ?? null) &&
        !guard.origins.includes(origin)
      )
        return refuse(
          refusal(
            `Curation is refused from origin ${origin}: only the server's own pages (or ZONEGRAPH_CORS_ORIGINS) may curate.`,
            "FORBIDDEN",
            403,
          ),
        );
      const authorization = headers?.get("authorization") ?? null;
      if (!guard.auth.accepts(authorization))
        return refuse(
          refusal(
            authorization === null
              ? "Curation needs the curator token: send Authorization: Bearer <token> (ZONEGRAPH_CURATOR_TOKEN, or the token the server printed at start)."
              : "The curator token is wrong: send the token the server was started with.",
            "UNAUTHENTICATED",
            401,
          ),
        );
      extendContext({ [GRANT_KEY]: new CurationGrant(service, curatorOf(headers?.get(CURATOR_HEADER))) });
    },
  };
}

/** Whether `operation` writes or reads drafts. */
export function isCuration(operation: OperationDefinitionNode, document: DocumentNode): boolean {
  return (
    operation.operation !== "query" ||
    rootFields(operation.selectionSet, document, new Set()).some((f) => PRIVATE_QUERY_FIELDS.has(f))
  );
}

function rootFields(set: SelectionSetNode, document: DocumentNode, seen: Set<string>): string[] {
  return set.selections.flatMap((s) => {
    if (s.kind === Kind.FIELD) return [s.name.value];
    if (s.kind === Kind.INLINE_FRAGMENT) return rootFields(s.selectionSet, document, seen);
    if (seen.has(s.name.value)) return [];
    seen.add(s.name.value);
    const fragment = document.definitions.find(
      (d) => d.kind === Kind.FRAGMENT_DEFINITION && d.name.value === s.name.value,
    );
    return fragment?.kind === Kind.FRAGMENT_DEFINITION
      ? rootFields(fragment.selectionSet, document, seen)
      : [];
  });
}

/** The request headers of a yoga context (null when there are none, e.g. a direct execute). */
function headersOf(context: unknown): { get(name: string): string | null } | null {
  if (typeof context !== "object" || context === null || !("request" in context)) return null;
  const request: unknown = context.request;
  if (typeof request !== "object" || request === null || !("headers" in request)) return null;
  const headers: unknown = request.headers;
  return headers instanceof Headers ||
    (typeof headers === "object" && headers !== null && "get" in headers && typeof headers.get === "function")
    ? (headers as { get(name: string): string | null })
    : null;
}

function sameOrigin(origin: string, host: string | null): boolean {
  try {
    return host !== null && new URL(origin).host === host;
  } catch {
    return false;
  }
}

function curatorOf(header: string | null | undefined): string | null {
  if (header === null || header === undefined || header.trim() === "") return null;
  try {
    return decodeURIComponent(header).trim();
  } catch {
    return header.trim();
  }
}
