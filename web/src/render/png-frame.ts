/**
 * The frame of an exported image: the view's title, the legend of what it shows (types with
 * their counts), the source and the date, in the interface language.
 */
import { ENTITY_TYPES } from "@zonegraph/graph-data/ontology";
import { viewTitle } from "../state/view-title.ts";
import type { AppState } from "../state/app-state.ts";
import { ontologyLabel, t } from "../state/i18n.ts";
import type { PngFrame } from "./exports.ts";
import type { ViewGraph } from "./graph-model.ts";
import { shownCounts } from "./shown-counts.ts";

/** The frame of the view `s` drawn as `graph`; `nameOf` names an entity id in a language. */
export function pngFrame(
  s: AppState,
  graph: ViewGraph | null,
  nameOf: (id: string, lang: AppState["lang"]) => string,
  now = new Date(),
): PngFrame {
  const counts = shownCounts(graph, s.filters);
  return {
    title: viewTitle(s, (id) => nameOf(id, s.lang)),
    legend: ENTITY_TYPES.filter(
      (e) => !s.filters.hiddenTypes.includes(e.id) && (counts.get(e.id) ?? 0) > 0,
    ).map((e) => ({
      label: ontologyLabel(s.lang, "entity", e.id),
      color: e.color,
      count: counts.get(e.id) ?? 0,
    })),
    source: `${t(s.lang, "pngSource")} ${location.origin}`,
    date: `${t(s.lang, "pngDate")} ${now.toISOString().slice(0, 10)}`,
  };
}
