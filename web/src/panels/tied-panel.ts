/**
 * The tied panel of the zone in focus: the total count, then members and counterparties grouped by
 * type, each entity with its hops and the path that ties it ("why is it here?"). Long groups show
 * their first entries and a "show all" button, so thousands of tied entities stay cheap to draw.
 */
import type { EntitySummary, SearchHitItem } from "../api/api-types.ts";
import type { AppState } from "../state/app-state.ts";
import { colon, ontologyLabel, t, tf } from "../state/i18n.ts";
import { entityLabel, typeColor } from "../state/labels.ts";
import { groupTied } from "../state/tied-groups.ts";
import { h, replaceChildren } from "./dom.ts";
import { notFoundView } from "./not-found.ts";
import { pathChainView } from "./path-chain-view.ts";

/** What the tied panel asks the app to do. */
export interface TiedActions {
  select(id: string): void;
  clearZone(): void;
  /** A suggestion for a zone a link named that does not exist. */
  chooseLookup(hit: SearchHitItem): void;
}

/** Entries a group shows before "show all". */
export const GROUP_PREVIEW = 30;

/** Mounts the tied panel; `zoneOf` names the zone in focus. Returns its render function. */
export function mountTiedPanel(
  root: HTMLElement,
  zoneOf: (id: string) => EntitySummary | null,
  actions: TiedActions,
): (state: AppState) => void {
  root.setAttribute("data-testid", "tied-panel");
  root.classList.add("panel", "tied-panel");
  let drawn: {
    tied: AppState["tied"];
    lang: string;
    zone: string | null;
    mode: string;
    opened: number;
    lookup: AppState["suggestions"]["lookup"] | null;
  } | null = null;
  // Groups opened with "show all", by role and type; reset when the zone changes.
  let opened = new Set<string>();
  let last: AppState | null = null;
  const render = (state: AppState): void => {
    last = state;
    // The lookup's suggestions matter only to a zone not found.
    const lookup =
      typeof state.tied === "object" && state.tied !== null && "failed" in state.tied
        ? state.suggestions.lookup
        : null;
    const zoneId = state.filters.zoneId;
    if (drawn && drawn.zone !== zoneId) opened = new Set();
    if (
      drawn &&
      drawn.tied === state.tied &&
      drawn.lang === state.lang &&
      drawn.zone === zoneId &&
      drawn.mode === state.mode &&
      drawn.opened === opened.size &&
      drawn.lookup === lookup
    )
      return;
    drawn = {
      tied: state.tied,
      lang: state.lang,
      zone: zoneId,
      mode: state.mode,
      opened: opened.size,
      lookup,
    };
    const lang = state.lang;
    root.hidden = zoneId === null;
    if (zoneId === null) return replaceChildren(root);
    const zone = zoneOf(zoneId) ?? { id: zoneId, type: "ZONE" as const, name: zoneId, nameEn: null };
    const header = h(
      "header",
      { className: "panel-header" },
      h("h2", {}, t(lang, "tiedTitle"), colon(lang), entityLabel(zone, lang)),
      h(
        "button",
        { type: "button", onclick: actions.clearZone },
        t(lang, state.mode === "overview" ? "backToOverview" : "clearZone"),
      ),
    );
    if (state.tied === null || state.tied === "loading") {
      root.setAttribute("aria-busy", "true");
      return replaceChildren(root, header, h("p", { className: "muted" }, t(lang, "loadingDetails")));
    }
    root.removeAttribute("aria-busy");
    if ("failed" in state.tied)
      return replaceChildren(
        root,
        header,
        notFoundView(lang, zoneId, state.suggestions.lookup, actions.chooseLookup, actions.clearZone),
        h(
          "p",
          { className: "muted small", "data-testid": "tied-error" },
          t(lang, "tiedFailed") + state.tied.failed,
        ),
      );
    const tied = state.tied;
    replaceChildren(
      root,
      header,
      h(
        "p",
        { className: "tied-total" },
        `${t(lang, "tiedTotal")} `,
        h("strong", { "data-testid": "tied-count" }, String(tied.totalCount)),
        ` ${t(lang, "tiedUnit")}`,
      ),
      groupTied(tied.items).map((role) =>
        h(
          "section",
          { className: "tied-role" },
          h("h3", {}, `${t(lang, role.role === "MEMBER" ? "members" : "counterparties")} (${role.count})`),
          role.types.map((group) => {
            const key = `${role.role}:${group.type}`;
            const all = opened.has(key) || group.items.length <= GROUP_PREVIEW;
            const showAll = () => {
              opened.add(key);
              if (last) render(last);
            };
            return h(
              "div",
              { className: "tied-type" },
              h(
                "h4",
                {},
                h("span", {
                  className: "swatch",
                  style: `background:${typeColor(group.type)}`,
                  "aria-hidden": "true",
                }),
                `${ontologyLabel(lang, "entity", group.type)} (${group.items.length})`,
              ),
              h(
                "ul",
                {},
                (all ? group.items : group.items.slice(0, GROUP_PREVIEW)).map((item) =>
                  h(
                    "li",
                    { className: "tied-item", "data-id": item.entity.id },
                    h(
                      "button",
                      {
                        type: "button",
                        className: "link tied-name",
                        onclick: () => actions.select(item.entity.id),
                      },
                      entityLabel(item.entity, lang),
                    ),
                    h(
                      "span",
                      { className: "hops" },
                      ` · ${item.hops} ${t(lang, item.hops === 1 ? "hop" : "hops")}`,
                    ),
                    h(
                      "div",
                      { className: "why" },
                      h("span", { className: "why-label" }, `${t(lang, "why")} `),
                      pathChainView(lang, item.entity, item.path, actions.select, false),
                    ),
                  ),
                ),
              ),
              !all &&
                h(
                  "button",
                  { type: "button", className: "link show-all", onclick: showAll },
                  tf(lang, "showAllGroup", { n: group.items.length }),
                ),
            );
          }),
        ),
      ),
    );
  };
  return render;
}
