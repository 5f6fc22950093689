/**
 * The publish bar: how many proposals are decided, what publishing will add (new and linked
 * entities, relations, figures) and leave out, the publish button, and "new article".
 */
import { h } from "../panels/dom.ts";
import { publishSummary } from "./publish-summary.ts";
import { rt } from "./review-i18n.ts";
import { phaseOf, type ReviewState } from "./review-state.ts";

/** Mounts the bar; returns its render. */
export function mountPublishBar(
  el: HTMLElement,
  actions: { publish(): void; newArticle(): void },
): (s: ReviewState) => void {
  const count = h("strong", { "data-testid": "decision-count" });
  const adds = h("span", { className: "adds", "data-testid": "publish-summary" });
  const publish = h("button", {
    type: "button",
    className: "primary",
    "data-testid": "publish",
    onclick: () => actions.publish(),
  });
  const fresh = h("button", { type: "button", onclick: () => actions.newArticle() });
  el.append(
    h("div", { className: "counts" }, count, adds),
    h("div", { className: "bar-buttons" }, fresh, publish),
  );
  return (s) => {
    el.hidden = phaseOf(s) !== "review";
    if (s.draft === null) return;
    const sum = publishSummary(s.draft);
    count.textContent = rt(s.lang, "decided", { d: sum.decided, n: sum.total });
    adds.textContent = rt(s.lang, "willAdd", {
      e: sum.newEntities,
      l: sum.linked,
      r: sum.relations,
      m: sum.metrics,
      u: sum.undecided,
      x: sum.rejected,
    });
    publish.textContent = rt(s.lang, s.busy === "publish" ? "publishing" : "publish");
    publish.disabled = s.busy !== null || sum.newEntities + sum.linked + sum.relations + sum.metrics === 0;
    fresh.textContent = rt(s.lang, "newArticle");
  };
}
