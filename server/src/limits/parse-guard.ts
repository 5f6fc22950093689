/**
 * A guard in front of the GraphQL parser: graphql-js parses recursively, so `{a{a{a…` or a
 * 2000-deep list literal `[[[[…` overflows the stack (a RangeError, answered 500 and logged). The
 * source's bracket nesting is measured first in one linear scan (strings and comments skipped) and
 * a document nested deeper than MAX_NESTING is a syntax error; any stack overflow left is one too.
 */
import { GraphQLError, type parse } from "graphql";
import type { Plugin } from "graphql-yoga";

/** Deepest nesting of `{`, `[` and `(` a document may have (armor's depth limit is 12 fields). */
export const MAX_NESTING = 64;

type ParseFn = typeof parse;

/** Where a document first nests deeper than `max` ({line, column}, 1-based), or null. */
export function tooDeepAt(source: string, max = MAX_NESTING): { line: number; column: number } | null {
  let depth = 0;
  let line = 1;
  let lineStart = 0;
  const n = source.length;
  for (let k = 0; k < n; k++) {
    const c = source.charCodeAt(k);
    if (c === 10) {
      line += 1;
      lineStart = k + 1;
    } else if (c === 35) {
      // # comment: to the end of the line
      while (k + 1 < n && source.charCodeAt(k + 1) !== 10 && source.charCodeAt(k + 1) !== 13) k++;
    } else if (c === 34) {
      if (source.startsWith('"""', k)) {
        const end = blockStringEnd(source, k + 3);
        for (let j = k; j < end; j++)
          if (source.charCodeAt(j) === 10) {
            line += 1;
            lineStart = j + 1;
          }
        k = end - 1;
      } else {
        k++;
        while (k < n && source.charCodeAt(k) !== 34 && source.charCodeAt(k) !== 10) {
          if (source.charCodeAt(k) === 92) k++; // backslash escape
          k++;
        }
        if (k < n && source.charCodeAt(k) === 10) k--; // an unterminated string: the parser reports it
      }
    } else if (c === 123 || c === 91 || c === 40) {
      depth += 1;
      if (depth > max) return { line, column: k - lineStart + 1 };
    } else if (c === 125 || c === 93 || c === 41) {
      depth -= 1;
    }
  }
  return null;
}

function blockStringEnd(source: string, from: number): number {
  let k = from;
  while (k < source.length) {
    if (source.startsWith('\\"""', k)) k += 4;
    else if (source.startsWith('"""', k)) return k + 3;
    else k += 1;
  }
  return source.length;
}

/** Wraps a parse function: too-deep documents and parser stack overflows become syntax errors. */
export function guardParse(inner: ParseFn, max = MAX_NESTING): ParseFn {
  return (source, options) => {
    const text = typeof source === "string" ? source : source.body;
    const at = tooDeepAt(text, max);
    if (at)
      throw new GraphQLError(
        `Syntax Error: Nesting limit of ${max} exceeded at line ${at.line}, column ${at.column}: selections, lists and objects may nest at most ${max} deep.`,
        { extensions: { code: "NESTING_LIMIT", limit: max, line: at.line, column: at.column } },
      );
    try {
      return inner(source, options);
    } catch (error) {
      if (error instanceof RangeError)
        throw new GraphQLError("Syntax Error: the document is nested too deeply to parse.", {
          extensions: { code: "NESTING_LIMIT", limit: max },
        });
      throw error;
    }
  };
}

/** A yoga plugin that puts guardParse around the parser set by the plugins before it. */
export function useParseGuard(max = MAX_NESTING): Plugin {
  return {
    onParse({ parseFn, setParseFn }) {
      setParseFn(guardParse(parseFn, max));
    },
  };
}
