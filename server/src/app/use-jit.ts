/**
 * A yoga/envelop plugin that executes operations with graphql-jit, compiled through the server's
 * one JitCache (shared with the front's fast path); introspection, documents jit cannot compile,
 * and anything unusual fall back to graphql-js `execute`. Error masking, limits and error codes
 * are untouched: they hook around execution, not into it.
 */
import { print, type DocumentNode, type ExecutionArgs, type ExecutionResult } from "graphql";
import type { Plugin } from "graphql-yoga";
import type { JitCache } from "./jit-cache.ts";

/** The plugin, compiling into `jit`. */
export function useJit(jit: JitCache): Plugin {
  const printed = new WeakMap<DocumentNode, string>();
  const textOf = (args: ExecutionArgs): string => {
    // yoga puts the request's params in the context: the query text is the cheapest key.
    const params = (args.contextValue as { params?: { query?: unknown } } | undefined)?.params;
    if (typeof params?.query === "string") return params.query;
    let text = printed.get(args.document);
    if (text === undefined) printed.set(args.document, (text = print(args.document)));
    return text;
  };
  return {
    onExecute({ args, setExecuteFn }) {
      const { compiled } = jit.entry(textOf(args), args.operationName, args.document);
      if (!compiled) return;
      setExecuteFn(
        (a: ExecutionArgs) =>
          compiled.query(a.rootValue, a.contextValue, a.variableValues) as
            ExecutionResult | Promise<ExecutionResult>,
      );
    },
  };
}
