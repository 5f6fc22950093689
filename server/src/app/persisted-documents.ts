/**
 * Persisted documents: Apollo's automatic persisted queries (`extensions.persistedQuery` with
 * `version: 1` and `sha256Hash`; an unknown hash is PERSISTED_QUERY_NOT_FOUND, so the client sends
 * the text once and later only the hash), kept in an LRU bounded by the text it holds; and a
 * trusted-documents mode (ZONEGRAPH_TRUSTED_DOCUMENTS=<manifest.json>) where only the manifest's
 * documents run, by hash or by text. The front's fast path resolves hashes with the same store.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createGraphQLError, type GraphQLParams, type Plugin } from "graphql-yoga";
import { z } from "zod";
import { Lru } from "../lib/lru.ts";

/** Documents the automatic persisted queries keep at most. */
export const PERSISTED_DOCUMENTS = 2000;
/** Document text (UTF-16 code units) they keep at most. */
export const PERSISTED_TEXT = 4 * 1024 * 1024;

/** The sha256 of a document's text, as APQ clients send it (lower-case hex). */
export const sha256Of = (query: string): string => createHash("sha256").update(query, "utf8").digest("hex");

const PersistedQuery = z.object({ version: z.literal(1), sha256Hash: z.string().regex(/^[0-9a-f]{64}$/u) });

/** Apollo's manifest (generate-persisted-query-manifest) or a plain map of id → document (codegen, Relay). */
const Manifest = z.union([
  z.object({
    format: z.literal("apollo-persisted-query-manifest"),
    version: z.literal(1),
    operations: z.array(z.object({ id: z.string().min(1), body: z.string().min(1) }).loose()),
  }),
  z.record(z.string().min(1), z.string().min(1)),
]);

/** The documents a trusted-documents manifest lists: by id, and their texts. */
export interface TrustedDocuments {
  byId: ReadonlyMap<string, string>;
  texts: ReadonlySet<string>;
}

/** Reads a manifest file; a problem is an Error naming the file and what is wrong. */
export function readTrustedDocuments(file: string): TrustedDocuments {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, "utf8")) as unknown;
  } catch (error) {
    throw new Error(
      `ZONEGRAPH_TRUSTED_DOCUMENTS: cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  }
  const parsed = Manifest.safeParse(raw);
  if (!parsed.success)
    throw new Error(
      `ZONEGRAPH_TRUSTED_DOCUMENTS: ${file} is neither an Apollo persisted query manifest nor a JSON object of id → document: ${parsed.error.issues[0]?.message ?? "unknown shape"} at ${parsed.error.issues[0]?.path.join(".") || "the top"}`,
    );
  const entries: [string, string][] =
    "operations" in parsed.data && Array.isArray(parsed.data.operations)
      ? parsed.data.operations.map((o) => [o.id, o.body])
      : Object.entries(parsed.data as Record<string, string>);
  const byId = new Map<string, string>();
  for (const [id, body] of entries) {
    byId.set(id, body);
    // APQ clients send the sha256 of the text: it finds a listed document whatever its id scheme.
    byId.set(sha256Of(body), body);
  }
  return { byId, texts: new Set(entries.map(([, body]) => body)) };
}

/** What a request's persisted-document extension resolves to. */
export type Resolved =
  | { kind: "none" }
  | { kind: "found"; query: string }
  | { kind: "error"; message: string; code: string; status: number };

const error = (message: string, code: string, status = 400): Resolved => ({
  kind: "error",
  message,
  code,
  status,
});

/** The documents of one server: APQ's store, or the trusted manifest when there is one. */
export class PersistedDocuments {
  private readonly store: Lru<string, string>;

  /** A store; `trusted` switches to trusted-documents mode (nothing is learned from clients). */
  constructor(
    readonly trusted: TrustedDocuments | null = null,
    maxEntries = PERSISTED_DOCUMENTS,
    maxText = PERSISTED_TEXT,
  ) {
    this.store = new Lru({
      maxEntries,
      maxBytes: maxText,
      sizeOf: (query, hash) => query.length + hash.length,
    });
  }

  /** Documents held by APQ (not counting a manifest). */
  get size(): number {
    return this.store.size;
  }

  /** Text held by APQ (code units). */
  get text(): number {
    return this.store.bytes;
  }

  /**
   * The document a request runs, given its `query` and `extensions`: a hash alone is looked up;
   * a hash with text is checked and remembered (APQ); in trusted mode text runs only when listed.
   * `remember: false` looks up without storing (the fast path asks before yoga has answered).
   */
  resolve(query: unknown, extensions: unknown, remember = true): Resolved {
    const sent = (extensions as { persistedQuery?: unknown } | null | undefined)?.persistedQuery;
    if (sent === undefined || sent === null) {
      if (this.trusted === null || typeof query !== "string") return { kind: "none" };
      return this.trusted.texts.has(query)
        ? { kind: "found", query }
        : error(
            "Only trusted documents run on this server (ZONEGRAPH_TRUSTED_DOCUMENTS): send a listed document or its sha256 in extensions.persistedQuery.",
            "PERSISTED_QUERY_NOT_ALLOWED",
            403,
          );
    }
    const parsed = PersistedQuery.safeParse(sent);
    if (!parsed.success)
      return error(
        "extensions.persistedQuery must be { version: 1, sha256Hash: <64 lower-case hex digits> }.",
        "BAD_REQUEST",
      );
    const hash = parsed.data.sha256Hash;
    if (typeof query === "string" && query !== "") {
      if (sha256Of(query) !== hash)
        return error(
          "extensions.persistedQuery.sha256Hash is not the sha256 of the query sent.",
          "BAD_REQUEST",
        );
      if (this.trusted !== null) return this.resolve(query, null);
      if (remember) this.store.set(hash, query);
      return { kind: "found", query };
    }
    const known = this.trusted !== null ? this.trusted.byId.get(hash) : this.store.get(hash);
    if (known !== undefined) return { kind: "found", query: known };
    return this.trusted !== null
      ? error(
          "PersistedQueryNotFound: this server runs only the documents of its trusted manifest, and this hash is not one of them.",
          "PERSISTED_QUERY_NOT_FOUND",
        )
      : error("PersistedQueryNotFound", "PERSISTED_QUERY_NOT_FOUND");
  }
}

/** The persisted documents of a server from ZONEGRAPH_TRUSTED_DOCUMENTS (unset: APQ, learned from clients). */
export function persistedDocumentsFromEnv(
  value = process.env["ZONEGRAPH_TRUSTED_DOCUMENTS"],
): PersistedDocuments {
  const file = value?.trim();
  return new PersistedDocuments(file ? readTrustedDocuments(file) : null);
}

/** The yoga plugin: resolves each request's document before yoga checks its parameters. */
export function usePersistedDocuments(documents: PersistedDocuments): Plugin {
  return {
    onParams({ params, setParams }) {
      const resolved = documents.resolve(params.query, params.extensions);
      if (resolved.kind === "none") return;
      if (resolved.kind === "error")
        throw createGraphQLError(resolved.message, {
          extensions: { code: resolved.code, http: { status: resolved.status } },
        });
      const next: GraphQLParams = { ...params, query: resolved.query };
      setParams(next);
    },
  };
}
