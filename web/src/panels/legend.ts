/**
 * The legend: one toggle button per entity type, colour and name from the ontology, with the
 * number of entities of that type the view shows (a hidden type: how many it would show);
 * clicking switches the type on or off.
 */
import { ENTITY_TYPES, type EntityType } from "@zonegraph/graph-data/ontology";
import type { AppState } from "../state/app-state.ts";
import { ontologyLabel, t } from "../state/i18n.ts";
import { h, replaceChildren } from "./dom.ts";

/** Mounts the legend; `counts` gives the entities shown per type. Returns its render function. */
export function mountLegend(
  root: HTMLElement,
  counts: (state: AppState) => ReadonlyMap<EntityType, number>,
  onToggle: (type: EntityType) => void,
): (state: AppState) => void {
  root.setAttribute("data-testid", "legend");
  root.classList.add("legend");
  let drawn = "";
  return (state) => {
    const hidden = new Set(state.filters.hiddenTypes);
    const countMap = counts(state);
    const key = `${state.lang}|${[...hidden].join()}|${ENTITY_TYPES.map((e) => countMap.get(e.id) ?? 0).join()}`;
    if (key === drawn) return;
    drawn = key;
    replaceChildren(
      root,
      h("h2", { className: "legend-title" }, t(state.lang, "legendTitle")),
      h("p", { className: "hint" }, t(state.lang, "legendHint")),
      h(
        "ul",
        {},
        ENTITY_TYPES.map((type) =>
          h(
            "li",
            {},
            h(
              "button",
              {
                type: "button",
                className: hidden.has(type.id) ? "legend-item off" : "legend-item",
                "aria-pressed": String(!hidden.has(type.id)),
                "data-type": type.id,
                onclick: () => onToggle(type.id),
              },
              h("span", { className: "swatch", style: `background:${type.color}`, "aria-hidden": "true" }),
              h("span", { className: "legend-label" }, ontologyLabel(state.lang, "entity", type.id)),
              h("span", { className: "legend-count" }, String(countMap.get(type.id) ?? 0)),
            ),
          ),
        ),
      ),
    );
  };
}
