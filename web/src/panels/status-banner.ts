/**
 * Says what is happening when the graph is not simply there: loading, the server down (with a
 * retry button), an error from the server, or an empty graph.
 */
import type { AppState } from "../state/app-state.ts";
import { t } from "../state/i18n.ts";
import { h, replaceChildren } from "./dom.ts";

/** Mounts the banner over the canvas; returns its render function. */
export function mountStatusBanner(root: HTMLElement, onRetry: () => void): (state: AppState) => void {
  root.classList.add("status-banner");
  root.setAttribute("role", "status");
  root.setAttribute("aria-live", "polite");
  return (state) => {
    const s = state.status;
    root.hidden = s.kind === "ready" && !s.empty;
    root.dataset["status"] = s.kind;
    if (s.kind === "loading")
      replaceChildren(
        root,
        h("p", {}, h("span", { className: "spinner", "aria-hidden": "true" }), t(state.lang, "loading")),
      );
    else if (s.kind === "ready") replaceChildren(root, h("p", {}, t(state.lang, "emptyGraph")));
    else
      replaceChildren(
        root,
        h(
          "p",
          { className: "error", role: "alert" },
          s.network ? t(state.lang, "serverDown") : t(state.lang, "serverError") + s.message,
        ),
        h("button", { type: "button", onclick: onRetry }, t(state.lang, "retry")),
      );
  };
}
