/**
 * Limits judged on the parsed document before graphql-js validation (whose overlapping-fields rule
 * is super-linear on documents of nested fragment spreads) and before graphql-jit compiles it: the
 * number of field selections once every fragment spread is expanded, and the number of directives
 * (on fields, fragment spreads, inline fragments, fragments and operations, counted per expansion).
 * Each fragment is counted once and memoised, so the check is linear in the document's size.
 */
import {
  GraphQLError,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type SelectionSetNode,
} from "graphql";
import type { Plugin } from "graphql-yoga";

/**
 * Most field selections of a document with its fragments expanded. Armor's token limit (5000)
 * already bounds a document written without fragments to fewer fields than this, so fragments
 * cannot make a document do more work than one that could be written out; the explorer's largest
 * document (entity details) expands to about 60.
 */
export const MAX_SELECTIONS = 5000;

/** Most directives of a document with its fragments expanded (as armor's directive limit). */
export const MAX_DIRECTIVES = 50;

/** Expanded counts of a document. */
export interface DocumentCounts {
  selections: number;
  directives: number;
}

/** Counts the field selections and directives of every operation of `document`, fragments expanded. */
export function countExpanded(document: DocumentNode): DocumentCounts {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions)
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const memo = new Map<string, DocumentCounts>();
  const fragmentCounts = (name: string): DocumentCounts => {
    const known = memo.get(name);
    if (known) return known;
    const zero = { selections: 0, directives: 0 };
    memo.set(name, zero); // a cycle (rejected by validation) adds nothing
    const fragment = fragments.get(name);
    if (!fragment) return zero;
    const inner = setCounts(fragment.selectionSet);
    const counts = {
      selections: inner.selections,
      directives: inner.directives + (fragment.directives?.length ?? 0),
    };
    memo.set(name, counts);
    return counts;
  };
  const setCounts = (set: SelectionSetNode): DocumentCounts => {
    let selections = 0;
    let directives = 0;
    for (const sel of set.selections) {
      directives += sel.directives?.length ?? 0;
      if (sel.kind === Kind.FRAGMENT_SPREAD) {
        const c = fragmentCounts(sel.name.value);
        selections += c.selections;
        directives += c.directives;
        continue;
      }
      if (sel.kind === Kind.FIELD) selections += 1;
      if (sel.selectionSet) {
        const c = setCounts(sel.selectionSet);
        selections += c.selections;
        directives += c.directives;
      }
    }
    return { selections, directives };
  };
  const total = { selections: 0, directives: 0 };
  for (const d of document.definitions) {
    if (d.kind !== Kind.OPERATION_DEFINITION) continue;
    const c = setCounts(d.selectionSet);
    total.selections += c.selections;
    total.directives += c.directives + (d.directives?.length ?? 0);
    for (const v of d.variableDefinitions ?? []) total.directives += v.directives?.length ?? 0;
  }
  return total;
}

/** The error for a document over a limit, or null when it is within them. */
export function documentLimitError(
  document: DocumentNode,
  maxSelections = MAX_SELECTIONS,
  maxDirectives = MAX_DIRECTIVES,
): GraphQLError | null {
  const { selections, directives } = countExpanded(document);
  if (selections > maxSelections)
    return new GraphQLError(
      `Syntax Error: Selection limit of ${maxSelections} exceeded: the document selects ${selections} fields once its fragment spreads are expanded. Spread fewer fragments inside each other.`,
      { extensions: { code: "SELECTION_LIMIT", selections, limit: maxSelections } },
    );
  if (directives > maxDirectives)
    return new GraphQLError(
      `Syntax Error: Directives limit of ${maxDirectives} exceeded, found ${directives} (directives on fragment spreads and inline fragments count, once per expansion).`,
      { extensions: { code: "DIRECTIVE_LIMIT", directives, limit: maxDirectives } },
    );
  return null;
}

/** A yoga plugin that rejects documents over the selection or directive limit before validating them. */
export function useDocumentLimits(maxSelections = MAX_SELECTIONS, maxDirectives = MAX_DIRECTIVES): Plugin {
  return {
    onValidate({ params, setResult }) {
      const error = documentLimitError(params.documentAST, maxSelections, maxDirectives);
      if (error) setResult([error]);
    },
  };
}
