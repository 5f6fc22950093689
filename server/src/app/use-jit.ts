/**
 * A yoga/envelop plugin that executes operations with graphql-jit: each distinct document (by its
 * text and operation name) is compiled once and kept in an LRU; introspection, documents jit
 * cannot compile, and anything unusual fall back to graphql-js `execute`. Error masking, limits
 * and error codes are untouched: they hook around execution, not into it.
 */
import { Kind, print, type DocumentNode, type ExecutionArgs, type ExecutionResult } from "graphql";
import { compileQuery, isCompiledQuery, type CompiledQuery } from "graphql-jit";
import type { Plugin } from "graphql-yoga";

/**
 * How graphql-jit compiles, here and on the fast path. Leaf values are not re-serialised: the
 * resolvers return strings, numbers, booleans and enum values already in their GraphQL form, and
 * test/jit-equivalence.test.ts checks the answers equal graphql-js's (which serialises every leaf).
 */
export const JIT_OPTIONS = { disablingCapturingStackErrors: true, disableLeafSerialization: true } as const;

/** How many compiled documents to keep. */
export const JIT_CACHE_SIZE = 1000;

/** A compiled query, or null when the document must run on graphql-js. */
type Entry = CompiledQuery | null;

/** The plugin; `capacity` bounds the LRU of compiled documents. */
export function useJit(capacity = JIT_CACHE_SIZE): Plugin {
  const compiled = new Map<string, Entry>();
  const printed = new WeakMap<DocumentNode, string>();
  const textOf = (args: ExecutionArgs): string => {
    // yoga puts the request's params in the context: the query text is the cheapest key.
    const params = (args.contextValue as { params?: { query?: unknown } } | undefined)?.params;
    if (typeof params?.query === "string") return params.query;
    let text = printed.get(args.document);
    if (text === undefined) printed.set(args.document, (text = print(args.document)));
    return text;
  };
  const entryFor = (args: ExecutionArgs): Entry => {
    const key = `${args.operationName ?? ""}\u0000${textOf(args)}`;
    let entry = compiled.get(key);
    if (entry !== undefined) {
      compiled.delete(key);
      compiled.set(key, entry);
      return entry;
    }
    entry = null;
    if (!isIntrospection(args.document, args.operationName)) {
      try {
        const result = compileQuery(args.schema, args.document, args.operationName ?? undefined, JIT_OPTIONS);
        if (isCompiledQuery(result)) entry = result;
      } catch {
        entry = null;
      }
    }
    compiled.set(key, entry);
    if (compiled.size > capacity) compiled.delete(compiled.keys().next().value as string);
    return entry;
  };
  return {
    onExecute({ args, setExecuteFn }) {
      const entry = entryFor(args);
      if (!entry) return;
      setExecuteFn(
        (a: ExecutionArgs) =>
          entry.query(a.rootValue, a.contextValue, a.variableValues) as
            ExecutionResult | Promise<ExecutionResult>,
      );
    },
  };
}

// Introspection (a root __schema or __type field) stays on graphql-js, which defines it.
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
