/**
 * The filters beside the type legend: relation types and stated/inferred relations always; in a
 * zone's view also hops (up to N) and role (members, counterparties), with a one-line explanation
 * of members and counterparties. Each control dispatches a named action; nothing is fetched.
 */
import { RELATION_TYPES, type RelationType } from "@zonegraph/graph-data/ontology";
import type { AppState } from "../state/app-state.ts";
import type { RelationKind } from "../state/filters.ts";
import { ontologyLabel, t } from "../state/i18n.ts";
import type { TieRole } from "../state/zone-groups.ts";
import { h, replaceChildren } from "./dom.ts";

/** What the filter panel asks the app to do. */
export interface FilterActions {
  setMaxHops(hops: number | null): void;
  toggleRole(role: TieRole): void;
  toggleRelationType(type: RelationType): void;
  setRelationKind(kind: RelationKind): void;
}

/** Hops offered by the hops filter (the walk goes up to 4). */
const HOP_CHOICES = [1, 2, 3, 4] as const;

/** Mounts the filter panel; returns its render function. */
export function mountFilterPanel(root: HTMLElement, actions: FilterActions): (state: AppState) => void {
  root.classList.add("filters");
  root.setAttribute("data-testid", "filters");
  let drawn: { filters: AppState["filters"]; lang: string } | null = null;
  // Folded at first, so that it covers little of the canvas; it stays as the user left it.
  let open = false;
  return (state) => {
    const { filters, lang } = state;
    if (drawn && drawn.filters === filters && drawn.lang === lang) return;
    drawn = { filters, lang };
    const zone = filters.zoneId !== null;
    const hops = h(
      "select",
      {
        id: "filter-hops",
        "data-testid": "filter-hops",
        onchange: (e) => {
          const v = (e.target as HTMLSelectElement).value;
          actions.setMaxHops(v === "" ? null : Number(v));
        },
      },
      h("option", { value: "" }, t(lang, "filterAnyHops")),
      HOP_CHOICES.map((n) =>
        h("option", { value: String(n) }, `≤ ${n} ${t(lang, n === 1 ? "hop" : "hops")}`),
      ),
    );
    hops.value = filters.maxHops === null ? "" : String(filters.maxHops);
    const kind = h(
      "select",
      {
        id: "filter-kind",
        "data-testid": "filter-kind",
        onchange: (e) => actions.setRelationKind((e.target as HTMLSelectElement).value as RelationKind),
      },
      (["all", "stated", "inferred"] as const).map((k) =>
        h(
          "option",
          { value: k },
          t(lang, k === "all" ? "kindAll" : k === "stated" ? "kindStated" : "kindInferred"),
        ),
      ),
    );
    kind.value = filters.relationKind;
    const roleToggle = (role: TieRole) =>
      h(
        "button",
        {
          type: "button",
          className: filters.hiddenRoles.includes(role) ? "chip off" : "chip",
          "aria-pressed": String(!filters.hiddenRoles.includes(role)),
          "data-role": role,
          onclick: () => actions.toggleRole(role),
        },
        t(lang, role === "MEMBER" ? "members" : "counterparties"),
      );
    const active =
      (zone && filters.maxHops !== null ? 1 : 0) +
      (zone ? filters.hiddenRoles.length : 0) +
      (filters.relationKind !== "all" ? 1 : 0) +
      filters.hiddenRelationTypes.length;
    const body = h(
      "details",
      { className: "filters-body", "data-testid": "filters-body" },
      h(
        "summary",
        { className: "legend-title" },
        t(lang, "filtersTitle"),
        active > 0 ? h("span", { className: "filter-count" }, ` (${active})`) : null,
      ),
      zone
        ? h(
            "div",
            { className: "filter-row" },
            h("label", { for: "filter-hops" }, t(lang, "filterHops")),
            hops,
          )
        : null,
      zone
        ? h(
            "div",
            { className: "filter-row", role: "group", "aria-label": t(lang, "filterRole") },
            roleToggle("MEMBER"),
            roleToggle("COUNTERPARTY"),
          )
        : null,
      zone ? h("p", { className: "hint role-hint" }, t(lang, "roleExplained")) : null,
      h("div", { className: "filter-row" }, h("label", { for: "filter-kind" }, t(lang, "filterKind")), kind),
      h(
        "details",
        { className: "relation-types" },
        h("summary", {}, t(lang, "filterRelationTypes")),
        h(
          "ul",
          {},
          RELATION_TYPES.map((rt) =>
            h(
              "li",
              {},
              h(
                "label",
                {},
                h("input", {
                  type: "checkbox",
                  checked: !filters.hiddenRelationTypes.includes(rt.id),
                  "data-relation": rt.id,
                  onchange: () => actions.toggleRelationType(rt.id),
                }),
                ` ${ontologyLabel(lang, "relation", rt.id)}`,
              ),
            ),
          ),
        ),
      ),
    );
    body.open = open;
    body.addEventListener("toggle", () => (open = body.open));
    replaceChildren(root, body);
  };
}
