/**
 * The visible nodes of the drawn graph, labelled in a language, for the keyboard's list of them;
 * the same array as long as the graph, its size, the filters and the language stay the same.
 */
import type { ListedNode } from "../panels/node-list.ts";
import type { FiltersState } from "../state/filters.ts";
import type { Lang } from "../state/i18n.ts";
import { nodeLabel, type ViewGraph } from "./graph-model.ts";

let last: { graph: ViewGraph; order: number; filters: FiltersState; lang: Lang; nodes: ListedNode[] } | null =
  null;

/** The nodes of `graph` not hidden under `filters` (none without a graph). */
export function listedNodes(
  graph: ViewGraph | null,
  filters: FiltersState,
  lang: Lang,
): readonly ListedNode[] {
  if (!graph) return [];
  if (
    last &&
    last.graph === graph &&
    last.order === graph.order &&
    last.filters === filters &&
    last.lang === lang
  )
    return last.nodes;
  const nodes: ListedNode[] = [];
  graph.forEachNode((id, a) => {
    if (!a.hidden)
      nodes.push({ id, label: nodeLabel(a, lang), type: a.entityType, groupCount: a.groupCount });
  });
  last = { graph, order: graph.order, filters, lang, nodes };
  return nodes;
}
