/**
 * The one graphql-jit compile cache of the server, shared by yoga's execution (use-jit.ts) and the
 * front's fast path: a document (by operation name and text) is compiled once, the first time it
 * runs, and kept in an LRU bounded by entries and by the text of its documents. (Compiling only
 * documents run twice was tried: graphql-js and graphql-jit answer bad variables differently —
 * 400 against 200 with errors — so a request's answer would depend on how often it was seen.)
 * Introspection and documents graphql-jit cannot compile are remembered as "run on graphql-js".
 * Compiled queries depend on the schema only, never on the graph: a state swap keeps them.
 */
import { Kind, parse, type DocumentNode, type GraphQLSchema } from "graphql";
import { compileQuery, isCompiledQuery, type CompiledQuery } from "graphql-jit";
import { Lru } from "../lib/lru.ts";
import { partsKey } from "../lib/parts-key.ts";
import { jitExpansionWithin } from "./jit-expansion.ts";
import { schema as zoneGraphSchema } from "../schema/index.ts";

/**
 * How graphql-jit compiles. Leaf values are not re-serialised: the resolvers return strings,
 * numbers, booleans and enum values already in their GraphQL form, and
 * test/jit-equivalence.test.ts checks the answers equal graphql-js's (which serialises every leaf).
 */
export const JIT_OPTIONS = { disablingCapturingStackErrors: true, disableLeafSerialization: true } as const;

/** How many compiled documents to keep. */
export const JIT_CACHE_SIZE = 1000;
/** How much document text (UTF-16 code units) the compiled documents may hold in all. */
export const JIT_CACHE_TEXT = 4 * 1024 * 1024;

/** A document as the cache holds it: parsed, and compiled unless it must run on graphql-js. */
export interface JitEntry {
  document: DocumentNode;
  compiled: CompiledQuery | null;
}

/** Compiled documents of one schema, each compiled once. */
export class JitCache {
  /** How many times a document was compiled (or found not compilable): each miss counts one. */
  compilations = 0;
  private readonly entries: Lru<string, JitEntry>;

  /** A cache for `schema` holding at most `capacity` documents and `text` code units of their text. */
  constructor(
    readonly schema: GraphQLSchema,
    capacity = JIT_CACHE_SIZE,
    text = JIT_CACHE_TEXT,
  ) {
    this.entries = new Lru<string, JitEntry>({
      maxEntries: capacity,
      maxBytes: text,
      sizeOf: (_, key) => key.length,
    });
  }

  /** Documents held. */
  get size(): number {
    return this.entries.size;
  }

  /** Document text held (code units of the keys: operation name and text). */
  get text(): number {
    return this.entries.bytes;
  }

  /**
   * The entry of `query` run as `operationName`: from the cache, or compiled now from `document`
   * (parsed from `query` when not given; a parse error is thrown).
   */
  entry(query: string, operationName: string | null | undefined, document?: DocumentNode): JitEntry {
    // null and "" apart: yoga refuses the operation name "", it must not find the unnamed one.
    const key = partsKey([operationName, query]);
    const hit = this.entries.get(key);
    if (hit !== undefined) return hit;
    const parsed = document ?? parse(query);
    this.compilations++;
    let compiled: CompiledQuery | null = null;
    // Introspection, and operations whose compiled code would be too large, run on graphql-js.
    if (!isIntrospection(parsed, operationName) && jitExpansionWithin(this.schema, parsed, operationName)) {
      try {
        const result = compileQuery(this.schema, parsed, operationName ?? undefined, JIT_OPTIONS);
        if (isCompiledQuery(result)) compiled = result;
      } catch {
        compiled = null;
      }
    }
    const entry = { document: parsed, compiled };
    this.entries.set(key, entry);
    return entry;
  }
}

/** A compile cache for the ZoneGraph schema (one per server: give it to the app and the front). */
export function createJitCache(capacity = JIT_CACHE_SIZE, text = JIT_CACHE_TEXT): JitCache {
  return new JitCache(zoneGraphSchema, capacity, text);
}

/** Whether an operation is introspection (a root __schema or __type field): graphql-js defines it. */
export function isIntrospection(document: DocumentNode, operationName: string | null | undefined): boolean {
  for (const d of document.definitions) {
    if (d.kind !== Kind.OPERATION_DEFINITION || (operationName && d.name?.value !== operationName)) continue;
    for (const s of d.selectionSet.selections) {
      if (s.kind !== Kind.FIELD) return true;
      if (s.name.value === "__schema" || s.name.value === "__type") return true;
    }
  }
  return false;
}
