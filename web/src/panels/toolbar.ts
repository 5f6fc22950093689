/**
 * The top bar: title, search, zone picker, layout control, language toggle, share link, PNG and
 * GEXF export, and "open in GraphiQL". Below 768 px wide everything but the title and search folds
 * into a menu button.
 */
import type { EntitySummary } from "../api/api-types.ts";
import type { AppState } from "../state/app-state.ts";
import { graphiqlUrl } from "../state/graphiql-url.ts";
import { colon, t } from "../state/i18n.ts";
import { entityLabel } from "../state/labels.ts";
import { viewQuery } from "../state/view-query.ts";
import { h, replaceChildren } from "./dom.ts";
import type { SearchBox } from "./search-box.ts";

/** What the toolbar asks the app to do. */
export interface ToolbarActions {
  pickZone(id: string | null): void;
  toggleLayout(): void;
  toggleLang(): void;
  share(): Promise<void>;
  exportPng(): void;
  exportGexf(): void;
}

/** Mounts the toolbar around a search box; `zones` lists the zones to pick from. Returns its render function. */
export function mountToolbar(
  root: HTMLElement,
  search: SearchBox,
  zones: () => readonly EntitySummary[],
  endpoint: string,
  actions: ToolbarActions,
): (state: AppState) => void {
  root.classList.add("toolbar");
  const title = h("h1", { className: "app-title" });
  const zoneLabel = h("label", { for: "zone-select", className: "visually-hidden" });
  const zoneSelect = h("select", { id: "zone-select", "data-testid": "zone-select" });
  zoneSelect.addEventListener("change", () =>
    actions.pickZone(zoneSelect.value === "" ? null : zoneSelect.value),
  );
  const layout = h("button", {
    type: "button",
    className: "layout-toggle",
    "data-testid": "layout-toggle",
    onclick: actions.toggleLayout,
  });
  const lang = h("button", { type: "button", "data-testid": "lang-toggle", onclick: actions.toggleLang });
  const shareStatus = h("span", { className: "share-status", role: "status" });
  const share = h("button", {
    type: "button",
    onclick: () => {
      // Without clipboard access (plain http off localhost) the link is shown to copy by hand.
      void actions.share().then(
        () => {
          shareStatus.textContent = t(current?.lang ?? "zh", "copied");
          setTimeout(() => (shareStatus.textContent = ""), 2000);
        },
        () => window.prompt(t(current?.lang ?? "zh", "share"), location.href),
      );
    },
  });
  const png = h("button", { type: "button", "data-testid": "export-png", onclick: actions.exportPng });
  const gexf = h("button", { type: "button", "data-testid": "export-gexf", onclick: actions.exportGexf });
  const graphiql = h("a", {
    className: "button",
    target: "_blank",
    rel: "noopener",
    "data-testid": "open-graphiql",
  });
  const menu = h(
    "div",
    { id: "toolbar-menu", className: "toolbar-menu" },
    h("div", { className: "toolbar-group" }, zoneLabel, zoneSelect, layout),
    h("div", { className: "toolbar-group" }, share, shareStatus, png, gexf, graphiql, lang),
  );
  let menuOpen = false;
  const menuButton = h("button", {
    type: "button",
    className: "menu-button",
    "data-testid": "menu-button",
    "aria-controls": "toolbar-menu",
    "aria-expanded": "false",
    onclick: () => {
      menuOpen = !menuOpen;
      menu.classList.toggle("open", menuOpen);
      menuButton.setAttribute("aria-expanded", String(menuOpen));
    },
  });
  replaceChildren(root, title, h("div", { className: "toolbar-search" }, search.el), menuButton, menu);

  let current: AppState | null = null;
  let zonesDrawn = "";
  return (state) => {
    current = state;
    const l = state.lang;
    title.textContent = t(l, "appTitle");
    menuButton.textContent = `☰ ${t(l, "menu")}`;
    search.render(state);
    zoneLabel.textContent = t(l, "zoneLabel");
    const list = zones();
    const key = `${l}|${state.mode}|${list.length}|${list[0]?.id ?? ""}`;
    if (key !== zonesDrawn) {
      zonesDrawn = key;
      replaceChildren(
        zoneSelect,
        h(
          "option",
          { value: "" },
          `${t(l, "zoneLabel")}${colon(l)}${t(l, state.mode === "overview" ? "zoneOverview" : "zoneNone")}`,
        ),
        list.map((z) => h("option", { value: z.id }, entityLabel(z, l))),
      );
    }
    zoneSelect.value = state.filters.zoneId ?? "";
    layout.textContent = state.layoutRunning ? `■ ${t(l, "layoutRunning")}` : `▶ ${t(l, "layoutStopped")}`;
    layout.setAttribute("aria-pressed", String(state.layoutRunning));
    layout.dataset["running"] = String(state.layoutRunning);
    layout.disabled = state.status.kind !== "ready";
    lang.textContent = t(l, "langToggle");
    // The visible text is the name (axe: label-content-name-mismatch); what it does is its tooltip.
    lang.title = t(l, "langToggleLabel");
    lang.setAttribute("lang", l === "zh" ? "en" : "zh");
    share.textContent = t(l, "share");
    png.textContent = t(l, "exportPng");
    gexf.textContent = t(l, "exportGexf");
    png.disabled = gexf.disabled = state.status.kind !== "ready";
    graphiql.textContent = t(l, "openGraphiql");
    graphiql.href = graphiqlUrl(endpoint, viewQuery(state));
  };
}
