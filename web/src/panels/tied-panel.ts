/**
 * The tied panel of the zone in focus: the total count, then members and counterparties grouped by
 * type, each entity with its hops and the path that ties it ("why is it here?").
 */
import type { EntitySummary } from "../api/api-types.ts";
import type { AppState } from "../state/app-state.ts";
import { ontologyLabel, t } from "../state/i18n.ts";
import { entityLabel, typeColor } from "../state/labels.ts";
import { groupTied } from "../state/tied-groups.ts";
import { h, replaceChildren } from "./dom.ts";
import { pathChainView } from "./path-chain-view.ts";

/** What the tied panel asks the app to do. */
export interface TiedActions {
  select(id: string): void;
  clearZone(): void;
}

/** Mounts the tied panel; `zoneOf` names the zone in focus. Returns its render function. */
export function mountTiedPanel(root: HTMLElement, zoneOf: (id: string) => EntitySummary | null, actions: TiedActions): (state: AppState) => void {
  root.setAttribute("data-testid", "tied-panel");
  root.classList.add("panel", "tied-panel");
  let drawn: { tied: AppState["tied"]; lang: string; zone: string | null } | null = null;
  return (state) => {
    const zoneId = state.filters.zoneId;
    if (drawn && drawn.tied === state.tied && drawn.lang === state.lang && drawn.zone === zoneId) return;
    drawn = { tied: state.tied, lang: state.lang, zone: zoneId };
    const lang = state.lang;
    root.hidden = zoneId === null;
    if (zoneId === null) return replaceChildren(root);
    const zone = zoneOf(zoneId) ?? { id: zoneId, type: "ZONE" as const, name: zoneId, nameEn: null };
    const header = h(
      "header",
      { className: "panel-header" },
      h("h2", {}, t(lang, "tiedTitle"), "：", entityLabel(zone, lang)),
      h("button", { type: "button", onclick: actions.clearZone }, t(lang, "clearZone")),
    );
    if (state.tied === null || state.tied === "loading") {
      root.setAttribute("aria-busy", "true");
      return replaceChildren(root, header, h("p", { className: "muted" }, t(lang, "loadingDetails")));
    }
    root.removeAttribute("aria-busy");
    const tied = state.tied;
    replaceChildren(
      root,
      header,
      h("p", { className: "tied-total" }, `${t(lang, "tiedTotal")} `, h("strong", { "data-testid": "tied-count" }, String(tied.totalCount)), ` ${t(lang, "tiedUnit")}`),
      groupTied(tied.items).map((role) =>
        h(
          "section",
          { className: "tied-role" },
          h("h3", {}, `${t(lang, role.role === "MEMBER" ? "members" : "counterparties")} (${role.count})`),
          role.types.map((group) =>
            h(
              "div",
              { className: "tied-type" },
              h("h4", {}, h("span", { className: "swatch", style: `background:${typeColor(group.type)}`, "aria-hidden": "true" }), `${ontologyLabel(lang, "entity", group.type)} (${group.items.length})`),
              h(
                "ul",
                {},
                group.items.map((item) =>
                  h(
                    "li",
                    { className: "tied-item", "data-id": item.entity.id },
                    h("button", { type: "button", className: "link tied-name", onclick: () => actions.select(item.entity.id) }, entityLabel(item.entity, lang)),
                    h("span", { className: "hops" }, ` · ${item.hops} ${t(lang, "hops")}`),
                    h("div", { className: "why" }, h("span", { className: "why-label" }, `${t(lang, "why")} `), pathChainView(lang, item.entity, item.path, actions.select, false)),
                  ),
                ),
              ),
            ),
          ),
        ),
      ),
    );
  };
}
