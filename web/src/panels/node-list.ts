/**
 * The entities on the canvas as a list, so that the keyboard reaches every visible node: zones
 * first, then by name; a collapsed group opens from here too. It also names the graph container
 * in the interface language with how many entities it shows.
 */
import type { AppState } from "../state/app-state.ts";
import { ontologyLabel, tf } from "../state/i18n.ts";
import { typeColor } from "../state/labels.ts";
import { h, replaceChildren } from "./dom.ts";

/** A node on the canvas as the list shows it. */
export interface ListedNode {
  id: string;
  label: string;
  type: string;
  /** For a collapsed group: how many entities it stands for. */
  groupCount: number;
}

/** Most entries the list shows at once. */
export const LIST_CAP = 300;

/** Mounts the list; `visible` lists the nodes on the canvas, `graphEl` is the graph container. Returns its render function. */
export function mountNodeList(
  root: HTMLElement,
  graphEl: HTMLElement,
  visible: (state: AppState) => readonly ListedNode[],
  choose: (id: string) => void,
): (state: AppState) => void {
  root.id = "node-list";
  root.setAttribute("tabindex", "-1");
  root.setAttribute("data-testid", "node-list");
  root.classList.add("panel", "node-list");
  graphEl.setAttribute("role", "img");
  const details = h("details", {});
  const summary = h("summary", {});
  const list = h("ul", {});
  const more = h("p", { className: "muted" });
  details.append(summary, list, more);
  replaceChildren(root, details);
  let drawn: readonly ListedNode[] | null = null;
  return (state) => {
    const nodes = visible(state);
    if (nodes === drawn) return;
    drawn = nodes;
    const shownCount = nodes.reduce((n, x) => n + (x.groupCount > 0 ? x.groupCount : 1), 0);
    graphEl.setAttribute("aria-label", tf(state.lang, "graphLabel", { n: shownCount }));
    summary.textContent = tf(state.lang, "nodeListTitle", { n: nodes.length });
    const sorted = [...nodes].sort(
      (a, b) =>
        (a.type === "ZONE" ? 0 : 1) - (b.type === "ZONE" ? 0 : 1) || a.label.localeCompare(b.label, "zh"),
    );
    replaceChildren(
      list,
      sorted.slice(0, LIST_CAP).map((n) =>
        h(
          "li",
          {},
          h(
            "button",
            { type: "button", className: "link", "data-id": n.id, onclick: () => choose(n.id) },
            h("span", {
              className: "swatch",
              style: `background:${typeColor(n.type)}`,
              "aria-hidden": "true",
            }),
            n.label,
          ),
          h("span", { className: "muted" }, ` · ${ontologyLabel(state.lang, "entity", n.type)}`),
        ),
      ),
    );
    more.textContent =
      nodes.length > LIST_CAP ? tf(state.lang, "nodeListMore", { n: nodes.length - LIST_CAP }) : "";
    more.hidden = nodes.length <= LIST_CAP;
  };
}
