/**
 * The fast path of a GraphQL POST, in node:http terms, beside yoga. Yoga answers a document the
 * first time it is asked with a given URL, Accept, Origin and Content-Type. When that answer is a
 * clean 200 JSON result (no errors), the document has passed parsing, validation and the static
 * limits (depth, aliases, tokens, directives), so it is kept as a plan: compiled by graphql-jit,
 * with yoga's response headers for that URL, Accept, Origin and Content-Type. Later requests for
 * the same plan, with any variables, run straight on node:http: the complexity budget is checked
 * with their variables (complexity.ts, as yoga's plugin does), the compiled query runs, and the
 * result is serialised as yoga serialises a result without errors (`JSON.stringify`).
 *
 * Anything else goes to yoga, which answers it: a body that is not a plain JSON object of
 * `query`, `variables`, `operationName` and harmless `extensions` (Apollo's `clientLibrary`, a
 * persisted query's hash, resolved through the server's persisted documents); a result with errors (errors are masked and coded by
 * yoga); a request over the budget; introspection; documents graphql-jit cannot compile. The
 * graph is read-only, so running a request on the fast path and then again on yoga is harmless.
 * Set ZONEGRAPH_FAST_PATH=0 to send everything through yoga.
 */
import type { DocumentNode } from "graphql";
import type { CompiledQuery } from "graphql-jit";
import type { IncomingMessage } from "node:http";
import type { JitCache } from "../app/jit-cache.ts";
import { Lru } from "../lib/lru.ts";
import { partsKey } from "../lib/parts-key.ts";
import { COMPLEXITY_BUDGET, estimateComplexity, sizesOfContext } from "../limits/complexity.ts";
import type { GraphState } from "../state/graph-state.ts";
import { isCleanJsonAnswer } from "./response-cache.ts";

/** How many plans to keep (LRU). */
export const FAST_PATH_PLANS = 1000;
/** How much key text (document, operation name, URL and headers; UTF-16 code units) the plans may hold. */
export const FAST_PATH_PLAN_TEXT = 4 * 1024 * 1024;

/** The body of a GraphQL POST the fast path can take. */
export interface GraphQLBody {
  query: string;
  variables: Record<string, unknown>;
  operationName: string | null;
}

/** A response of the fast path: status 200, yoga's headers (without content-length), the JSON text. */
export interface FastResponse {
  headers: Record<string, string>;
  body: string;
}

/** What a remembered document runs with; once `settled`, `compiled` null means always yoga. */
interface Plan {
  /** Whether `compiled` and `document` were taken from the compile cache (on the plan's first run). */
  settled: boolean;
  compiled: CompiledQuery | null;
  document: DocumentNode | null;
  operationName: string | null;
  headers: Record<string, string>;
}

/** Whether ZONEGRAPH_FAST_PATH leaves the fast path on (default on; "0", "false", "off": off). */
export function fastPathFromEnv(value = process.env["ZONEGRAPH_FAST_PATH"]): boolean {
  if (value === undefined || value.trim() === "") return true;
  const v = value.trim().toLowerCase();
  if (v === "0" || v === "false" || v === "off") return false;
  if (v === "1" || v === "true" || v === "on") return true;
  throw new Error(`ZONEGRAPH_FAST_PATH must be 1 or 0 (on or off), got "${value}"`);
}

/**
 * Extensions a body may carry and still take the fast path: they change nothing in the answer
 * (Apollo Client 4 sends `clientLibrary` in every body; `persistedQuery` is resolved first).
 */
export const HARMLESS_EXTENSIONS: ReadonlySet<string> = new Set(["clientLibrary", "persistedQuery"]);

/** The document a body runs: its query, resolved through the persisted documents when it names one. */
export type DocumentResolver = (query: unknown, extensions: unknown) => string | null;

const asIs: DocumentResolver = (query) => (typeof query === "string" ? query : null);

/**
 * Reads a POST body as {query, variables, operationName, extensions}; null when the body is
 * anything else (not JSON, other keys, wrong types, extensions other than the harmless ones, a
 * document `resolve` does not find), which yoga then answers.
 */
export function readGraphQLBody(body: Buffer, resolve: DocumentResolver = asIs): GraphQLBody | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.toString("utf8"));
  } catch {
    return null;
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) return null;
  const record = parsed as Record<string, unknown>;
  for (const key in record)
    if (key !== "query" && key !== "variables" && key !== "operationName" && key !== "extensions")
      return null;
  const { variables, operationName, extensions } = record;
  if (operationName !== undefined && operationName !== null && typeof operationName !== "string") return null;
  if (
    variables !== undefined &&
    variables !== null &&
    (typeof variables !== "object" || Array.isArray(variables))
  )
    return null;
  if (extensions !== undefined && extensions !== null) {
    if (typeof extensions !== "object" || Array.isArray(extensions)) return null;
    for (const key in extensions) if (!HARMLESS_EXTENSIONS.has(key)) return null;
  }
  const query = resolve(record["query"], extensions);
  if (query === null) return null;
  return {
    query,
    variables: (variables ?? {}) as Record<string, unknown>,
    operationName: operationName ?? null,
  };
}

/** The plans and how to run them; documents are compiled through the server's one JitCache. */
export class FastPath {
  private readonly plans: Lru<string, Plan>;

  constructor(
    private readonly jit: JitCache,
    capacity = FAST_PATH_PLANS,
    private readonly budget = COMPLEXITY_BUDGET,
    text = FAST_PATH_PLAN_TEXT,
  ) {
    this.plans = new Lru({ maxEntries: capacity, maxBytes: text, sizeOf: (_, key) => key.length });
  }

  /** Number of plans held. */
  get size(): number {
    return this.plans.size;
  }

  /** Key text held by the plans (code units). */
  get text(): number {
    return this.plans.bytes;
  }

  /** Forgets every plan (a new graph is served: plans are learned again from yoga's answers). */
  clear(): void {
    this.plans.clear();
  }

  /**
   * The plan key: the request parts yoga's headers depend on, the operation name (null and ""
   * apart: yoga refuses "") and the document, each length-prefixed so no part can shift another.
   */
  keyOf(req: IncomingMessage, body: GraphQLBody): string {
    const h = req.headers;
    return partsKey([req.url, h.accept, h.origin, h["content-type"], body.operationName, body.query]);
  }

  /**
   * Runs `body` on its plan; null when there is no plan or the request must go to yoga (a
   * result with errors, over budget, a document yoga must run).
   */
  async run(key: string, body: GraphQLBody, context: GraphState): Promise<FastResponse | null> {
    const plan = this.plans.get(key);
    if (plan === undefined) return null;
    if (!plan.settled) {
      // Yoga compiled it when it answered: found in the shared cache (compiled again if evicted).
      plan.settled = true;
      try {
        const entry = this.jit.entry(body.query, body.operationName);
        plan.compiled = entry.compiled;
        plan.document = entry.document;
      } catch {
        // Not parsable here: the document stays on yoga.
      }
    }
    if (plan.compiled === null || plan.document === null) return null;
    // Costed on the served graph's sizes, exactly as yoga's complexity plugin costs it.
    const cost = estimateComplexity(
      this.jit.schema,
      plan.document,
      plan.operationName,
      body.variables,
      sizesOfContext(context),
    );
    if (cost > this.budget) return null;
    const result = await plan.compiled.query(undefined, context, body.variables);
    if (result.errors !== undefined && result.errors.length > 0) return null;
    if (result.data === undefined || result.data === null) return null;
    return { headers: plan.headers, body: JSON.stringify(result) };
  }

  /**
   * Learns a plan from yoga's answer to `body`: only a 200 JSON response without errors makes
   * the document a plan the fast path runs; others are not remembered (they go to yoga again).
   */
  learn(
    key: string,
    body: GraphQLBody,
    status: number,
    headers: Record<string, string>,
    bytes: Buffer,
  ): void {
    if (this.plans.has(key) || !isCleanJsonAnswer(status, headers, bytes)) return;
    const kept: Record<string, string> = {};
    for (const name in headers)
      if (name !== "content-length" && name !== "transfer-encoding" && name !== "date")
        kept[name] = headers[name]!;
    // Taken from the shared compile cache on its first run: a document never sent again costs no look-up.
    const plan: Plan = {
      settled: false,
      compiled: null,
      document: null,
      operationName: body.operationName,
      headers: kept,
    };
    this.plans.set(key, plan);
  }
}
