/**
 * After a publish: what it added, the graph version, a link that opens the explorer on the new
 * entity in its zone, and "review another article".
 */
import { h } from "../panels/dom.ts";
import { rt } from "./review-i18n.ts";
import { phaseOf, type Published, type ReviewState } from "./review-state.ts";

/** The explorer's address showing a publish (its URL state: zone, entity, lang). */
export function explorerHref(p: Published, lang: string): string {
  const params = new URLSearchParams();
  if (p.entityId !== null) params.set("entity", p.entityId);
  if (p.zoneId !== null) params.set("zone", p.zoneId);
  if (lang !== "zh") params.set("lang", lang);
  const query = params.toString();
  return `./${query === "" ? "" : `?${query}`}`;
}

/** Mounts the panel; returns its render. */
export function mountPublished(el: HTMLElement, newArticle: () => void): (s: ReviewState) => void {
  let shown: [Published | null, string] = [null, ""];
  return (s) => {
    el.hidden = phaseOf(s) !== "published";
    const p = s.published;
    if (p === null || (shown[0] === p && shown[1] === s.lang)) return;
    shown = [p, s.lang];
    const title = h("h2", { id: "published-title" }, rt(s.lang, "publishedTitle"));
    el.replaceChildren(
      title,
      h(
        "p",
        { "data-testid": "published-added" },
        rt(s.lang, "publishedAdded", {
          e: p.added.entities,
          r: p.added.relations,
          m: p.added.metrics,
          v: p.graphVersion,
        }),
      ),
      h(
        "p",
        {},
        h(
          "a",
          { className: "button primary", href: explorerHref(p, s.lang), "data-testid": "open-in-explorer" },
          rt(s.lang, "openInExplorer"),
        ),
        " ",
        h("button", { type: "button", onclick: newArticle }, rt(s.lang, "reviewAnother")),
      ),
    );
    // The next step is in reach of Enter.
    el.querySelector<HTMLElement>("[data-testid=open-in-explorer]")?.focus();
  };
}
