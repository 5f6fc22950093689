/**
 * Says what is happening when the graph is not simply there: loading, an error from the server, an
 * empty graph (over the canvas); and one banner with "retry" whenever the server cannot be reached
 * (over the canvas before anything is drawn, a strip above it after), in the interface language.
 */
import type { AppState } from "../state/app-state.ts";
import { t } from "../state/i18n.ts";
import { h, replaceChildren } from "./dom.ts";

/** Mounts the banner over the canvas; returns its render function. */
export function mountStatusBanner(root: HTMLElement, onRetry: () => void): (state: AppState) => void {
  root.classList.add("status-banner");
  root.setAttribute("data-testid", "status-banner");
  let drawn = "";
  return (state) => {
    const s = state.status;
    const down = state.connection === "down" && s.kind === "ready";
    const key = `${state.lang}|${s.kind}|${s.kind === "ready" ? s.empty : ""}|${s.kind === "error" ? s.message : ""}|${down}`;
    if (key === drawn) return;
    drawn = key;
    root.hidden = s.kind === "ready" && !s.empty && !down;
    root.dataset["status"] = down ? "down" : s.kind;
    root.classList.toggle("strip", down);
    const retry = h(
      "button",
      { type: "button", "data-testid": "retry", onclick: onRetry },
      t(state.lang, "retry"),
    );
    if (down)
      replaceChildren(
        root,
        h("p", { className: "error", role: "alert" }, t(state.lang, "serverDownRetrying")),
        retry,
      );
    else if (s.kind === "loading")
      replaceChildren(
        root,
        h(
          "p",
          { role: "status" },
          h("span", { className: "spinner", "aria-hidden": "true" }),
          t(state.lang, "loading"),
        ),
      );
    else if (s.kind === "ready")
      replaceChildren(root, h("p", { role: "status" }, t(state.lang, "emptyGraph")));
    else
      replaceChildren(
        root,
        h(
          "p",
          { className: "error", role: "alert" },
          s.network ? t(state.lang, "serverDown") : t(state.lang, "serverError") + s.message,
        ),
        retry,
      );
  };
}
