/**
 * The path tool, at the top of the side panel: choose two entities (search, or take the selected
 * one) and how many paths (1–5); the shortest paths are listed, the one on show highlighted on the
 * canvas step by step. "No path" and "not found" (an end that names no entity) are said as such.
 */
import type { EntitySummary } from "../api/api-types.ts";
import type { AppState } from "../state/app-state.ts";
import { t, tf } from "../state/i18n.ts";
import { entityLabel } from "../state/labels.ts";
import { h, replaceChildren } from "./dom.ts";
import { pathChainView } from "./path-chain-view.ts";
import { createSearchBox, type SearchBox, type SearchBoxActions } from "./search-box.ts";

/** What the path tool asks the app to do. */
export interface PathActions extends SearchBoxActions {
  setEnd(end: "from" | "to", id: string | null): void;
  setPathCount(k: number): void;
  showPathNumber(i: number): void;
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
  root.setAttribute("data-testid", "path-tool");
  let last: AppState | null = null;
  const ends = (["from", "to"] as const).map((end) => {
    const box = createSearchBox({
      id: `path-${end}`,
      placeholder: "searchPlaceholder",
      label: end === "from" ? "pathFrom" : "pathTo",
      actions,
    });
    const label = h("span", { className: "path-end-label", "aria-hidden": "true" });
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
  const title = h("h2", { id: "path-title" });
  const count = h("select", {
    id: "path-count",
    "data-testid": "path-count",
    onchange: () => actions.setPathCount(Number(count.value)),
  });
  const countLabel = h("label", { for: "path-count", className: "visually-hidden" });
  const find = h("button", {
    type: "button",
    className: "primary",
    "data-testid": "path-find",
    onclick: actions.find,
  });
  const clear = h("button", { type: "button", onclick: actions.clear });
  const result = h("div", { className: "path-result", "data-testid": "path-answer" });
  root.setAttribute("aria-labelledby", "path-title");
  replaceChildren(
    root,
    title,
    ends.map((e) => e.row),
    h("div", { className: "row" }, countLabel, count, find, clear),
    result,
  );

  // What each box shows of its end: set again when the end's name becomes known (a link opened
  // before the entity was seen shows its id first), unless the user is typing in it.
  const shown = new Map<string, string>();
  const setText = (end: string, box: SearchBox, id: string | null, lang: AppState["lang"]) => {
    const e = id === null ? null : entityOf(id);
    const text = e ? entityLabel(e, lang) : (id ?? "");
    if (shown.get(end) === `${id}|${text}`) return;
    if (shown.has(end) && document.activeElement === box.el.querySelector("input")) return;
    shown.set(end, `${id}|${text}`);
    box.setText(text);
  };

  return (state) => {
    const prev = last;
    last = state;
    for (const e of ends) {
      e.box.render(state);
      setText(e.end, e.box, state.pathTool[e.end], state.lang);
    }
    if (
      prev &&
      prev.pathTool === state.pathTool &&
      prev.lang === state.lang &&
      prev.selection.selected === state.selection.selected
    )
      return;
    const lang = state.lang;
    const tool = state.pathTool;
    title.textContent = t(lang, "pathTitle");
    countLabel.textContent = t(lang, "pathCountLabel");
    if (!prev || prev.lang !== lang)
      replaceChildren(
        count,
        [1, 2, 3, 4, 5].map((k) => h("option", { value: String(k) }, tf(lang, "pathCount", { k }))),
      );
    count.value = String(tool.k);
    find.textContent = t(lang, "pathFind");
    find.disabled = tool.from === null || tool.to === null || tool.from === tool.to;
    clear.textContent = t(lang, "pathClear");
    for (const e of ends) {
      e.label.textContent = t(lang, e.end === "from" ? "pathFrom" : "pathTo");
      e.useSelected.textContent = t(lang, "pathUseSelected");
      e.useSelected.disabled = state.selection.selected === null;
    }
    const r = tool.result;
    result.setAttribute("aria-busy", String(r === "loading"));
    if (r === null) return replaceChildren(result);
    if (r === "loading")
      return replaceChildren(result, h("p", { className: "muted" }, t(lang, "loadingDetails")));
    if (r === "none")
      return replaceChildren(result, h("p", { "data-testid": "path-none" }, t(lang, "pathNone")));
    if ("missing" in r)
      return replaceChildren(
        result,
        r.missing.map((end) =>
          h(
            "p",
            { className: "error", "data-testid": "path-missing" },
            tf(lang, "pathEndNotFound", {
              end: t(lang, end === "from" ? "pathFrom" : "pathTo"),
              id: tool[end] ?? "",
            }),
          ),
        ),
      );
    const shown = r.paths[r.shown];
    replaceChildren(
      result,
      r.paths.length > 1
        ? h(
            "div",
            { className: "path-choices", role: "group", "aria-label": t(lang, "pathChoices") },
            r.paths.map((p, i) =>
              h(
                "button",
                {
                  type: "button",
                  className: i === r.shown ? "chip on" : "chip",
                  "aria-pressed": String(i === r.shown),
                  "data-testid": "path-choice",
                  onclick: () => actions.showPathNumber(i),
                },
                tf(lang, "pathNumber", { n: i + 1, steps: p.relations.length }),
              ),
            ),
          )
        : h("p", {}, tf(lang, "pathNumber", { n: 1, steps: shown?.relations.length ?? 0 })),
      shown?.entities[0]
        ? h(
            "p",
            { className: "path-chain", "data-testid": "path-result" },
            pathChainView(lang, shown.entities[0], shown.relations, actions.select),
          )
        : null,
    );
  };
}
