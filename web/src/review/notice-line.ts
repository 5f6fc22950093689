/**
 * One status line for the last action's outcome ("accepted …", a conflict, a refused publish): a
 * small polite live region holding only that sentence; failures are alerts.
 */
import { h } from "../panels/dom.ts";
import type { Notice, ReviewState } from "./review-state.ts";

/** Mounts the line; returns its render. */
export function mountNoticeLine(el: HTMLElement): (s: ReviewState) => void {
  const polite = h("p", { role: "status", className: "notice", "data-testid": "notice" });
  const alert = h("p", { role: "alert", className: "notice notice-problem", "data-testid": "alert" });
  el.append(polite, alert);
  let shown: Notice | null | undefined;
  return (s) => {
    if (s.notice === shown) return;
    shown = s.notice;
    const problem = s.notice !== null && s.notice.kind !== "ok";
    polite.textContent = s.notice !== null && !problem ? s.notice.message : "";
    alert.textContent = problem && s.notice ? s.notice.message : "";
    alert.dataset["kind"] = s.notice?.kind ?? "";
    alert.hidden = !problem;
  };
}
