/**
 * What a panel says when a link names an entity or zone that does not exist: "找不到 'x'" /
 * "'x' not found", entities named alike to choose instead (the lookup box's suggestions), and a
 * button that clears it.
 */
import type { SearchHitItem } from "../api/api-types.ts";
import { ontologyLabel, t, tf, type Lang } from "../state/i18n.ts";
import { entityLabel, typeColor } from "../state/labels.ts";
import type { SuggestionBox } from "../state/suggestion-box.ts";
import { h, type Child } from "./dom.ts";

/** The "not found" block for `id`, with suggestions from `lookup`; `detail` is the server's reason, if any. */
export function notFoundView(
  lang: Lang,
  id: string,
  lookup: SuggestionBox,
  onChoose: (hit: SearchHitItem) => void,
  onClear: () => void,
  detail?: string,
): Child[] {
  const hits = lookup.query === id.trim() && lookup.status === "ready" ? lookup.list.items : [];
  return [
    h(
      "h2",
      { className: "not-found", "data-testid": "not-found", tabindex: "-1" },
      tf(lang, "notFound", { id }),
    ),
    detail ? h("p", { className: "muted small" }, detail) : null,
    hits.length > 0
      ? h(
          "div",
          {},
          h("p", {}, t(lang, "didYouMean")),
          h(
            "ul",
            { className: "lookup", "data-testid": "lookup" },
            hits.map((hit) =>
              h(
                "li",
                {},
                h(
                  "button",
                  { type: "button", className: "link", onclick: () => onChoose(hit) },
                  h("span", {
                    className: "swatch",
                    style: `background:${typeColor(hit.entity.type)}`,
                    "aria-hidden": "true",
                  }),
                  entityLabel(hit.entity, lang),
                ),
                h("span", { className: "muted" }, ` · ${ontologyLabel(lang, "entity", hit.entity.type)}`),
              ),
            ),
          ),
        )
      : lookup.status === "loading"
        ? h("p", { className: "muted" }, t(lang, "loadingDetails"))
        : null,
    h(
      "button",
      { type: "button", "data-testid": "clear-not-found", onclick: onClear },
      t(lang, "clearNotFound"),
    ),
  ];
}
