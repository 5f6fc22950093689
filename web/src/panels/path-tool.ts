/**
 * The path tool: choose two entities (search, or take the selected one), find the shortest path;
 * it is highlighted on the canvas and listed here step by step.
 */
import type { EntitySummary } from "../api/api-types.ts";
import type { AppState } from "../state/app-state.ts";
import { t, type MessageKey } from "../state/i18n.ts";
import { entityLabel } from "../state/labels.ts";
import { h, replaceChildren } from "./dom.ts";
import { pathChainView } from "./path-chain-view.ts";
import { createSearchBox, type SearchBox, type SearchBoxActions } from "./search-box.ts";

/** What the path tool asks the app to do. */
export interface PathActions extends SearchBoxActions {
  setEnd(end: "from" | "to", id: string | null): void;
  find(): void;
  clear(): void;
  select(id: string): void;
}

/** Mounts the path tool; `entityOf` names an entity id. Returns its render function. */
export function mountPathTool(
  root: HTMLElement,
  entityOf: (id: string) => EntitySummary | null,
  actions: PathActions,
): (state: AppState) => void {
  root.classList.add("panel", "path-tool");
  let last: AppState | null = null;
  const ends = (["from", "to"] as const).map((end) => {
    const box = createSearchBox({
      id: `path-${end}`,
      placeholder: "searchPlaceholder",
      label: end === "from" ? "pathFrom" : "pathTo",
      actions,
    });
    const label = h("span", { className: "path-end-label" });
    const useSelected = h("button", {
      type: "button",
      className: "small",
      onclick: () => last?.selection.selected && actions.setEnd(end, last.selection.selected),
    });
    return {
      end,
      box,
      label,
      useSelected,
      row: h("div", { className: "path-end" }, label, box.el, useSelected),
    };
  });
  const title = h("summary", {});
  const find = h("button", { type: "button", className: "primary", onclick: actions.find });
  const clear = h("button", { type: "button", onclick: actions.clear });
  const result = h("div", { className: "path-result", "aria-live": "polite" });
  const body = h(
    "details",
    {},
    title,
    ends.map((e) => e.row),
    h("div", { className: "row" }, find, clear),
    result,
  );
  replaceChildren(root, body);

  const setText = (box: SearchBox, id: string | null, lang: AppState["lang"]) => {
    const e = id === null ? null : entityOf(id);
    box.setText(e ? entityLabel(e, lang) : "");
  };

  return (state) => {
    const prev = last;
    last = state;
    for (const e of ends) e.box.render(state);
    if (
      prev &&
      prev.pathTool === state.pathTool &&
      prev.lang === state.lang &&
      prev.selection.selected === state.selection.selected
    )
      return;
    const lang = state.lang;
    const tool = state.pathTool;
    if (tool.from !== null || tool.to !== null) body.open = true;
    title.textContent = t(lang, "pathTitle");
    find.textContent = t(lang, "pathFind");
    find.disabled = tool.from === null || tool.to === null || tool.from === tool.to;
    clear.textContent = t(lang, "pathClear");
    for (const e of ends) {
      e.label.textContent = t(lang, (e.end === "from" ? "pathFrom" : "pathTo") satisfies MessageKey);
      e.useSelected.textContent = t(lang, "pathUseSelected");
      e.useSelected.disabled = state.selection.selected === null;
      if (!prev || prev.pathTool[e.end] !== tool[e.end] || prev.lang !== lang)
        setText(e.box, tool[e.end], lang);
    }
    const r = tool.result;
    if (r === null) replaceChildren(result);
    else if (r === "loading")
      replaceChildren(result, h("p", { className: "muted" }, t(lang, "loadingDetails")));
    else if (r === "none") replaceChildren(result, h("p", {}, t(lang, "pathNone")));
    else {
      const start = r.entities[0];
      replaceChildren(
        result,
        h("p", {}, `${r.relations.length} ${t(lang, "pathSteps")}`),
        start
          ? h(
              "p",
              { className: "path-chain", "data-testid": "path-result" },
              pathChainView(lang, start, r.relations, actions.select),
            )
          : null,
      );
    }
  };
}
