/**
 * The tooltip of the relation under the pointer: its type and title, its two ends, and whether it
 * is inferred, beside the middle of the edge. It renders `state.selection.hoveredEdge`.
 */
import type { EdgeInfo } from "../render/describe-edge.ts";
import type { AppState } from "../state/app-state.ts";
import { ontologyLabel, t } from "../state/i18n.ts";
import { showTitle } from "../state/labels.ts";
import { h, replaceChildren } from "./dom.ts";

/** Mounts the tooltip; `describe` tells about an edge of the canvas. Returns its render function. */
export function mountEdgeTooltip(
  root: HTMLElement,
  describe: (id: string) => EdgeInfo | null,
): (state: AppState) => void {
  root.classList.add("edge-tooltip");
  root.setAttribute("data-testid", "edge-tooltip");
  root.setAttribute("role", "tooltip");
  root.hidden = true;
  let drawn: string | null = null;
  return (state) => {
    const id = state.selection.hoveredEdge;
    const key = id === null ? null : `${id}|${state.lang}`;
    if (key === drawn) return;
    drawn = key;
    const info = id === null ? null : describe(id);
    root.hidden = info === null;
    if (info === null) return replaceChildren(root);
    const lang = state.lang;
    const verb = info.type ? ontologyLabel(lang, "relation", info.type) : t(lang, "sharedCounterparties");
    replaceChildren(
      root,
      h("strong", {}, verb),
      showTitle(lang, info) ? ` · ${info.title}` : null,
      info.inferred ? h("span", { className: "inferred-badge" }, t(lang, "inferred")) : null,
      h("div", { className: "muted" }, `${info.from} → ${info.to}`),
    );
    root.style.left = `${Math.round(info.x + 8)}px`;
    root.style.top = `${Math.round(info.y + 8)}px`;
  };
}
