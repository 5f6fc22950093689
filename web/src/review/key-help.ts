/** The visible help of the review page's keys, from the one key table of `review-keys.ts`. */
import { h } from "../panels/dom.ts";
import { rt } from "./review-i18n.ts";
import { KEY_HELP } from "./review-keys.ts";
import { phaseOf, type ReviewState } from "./review-state.ts";

/** Mounts the help; returns its render. */
export function mountKeyHelp(el: HTMLElement): (s: ReviewState) => void {
  let lang = "";
  return (s) => {
    el.hidden = phaseOf(s) !== "review";
    if (s.lang === lang) return;
    lang = s.lang;
    el.replaceChildren(
      h("h2", { className: "panel-title", id: "keys-heading" }, rt(s.lang, "helpTitle")),
      h(
        "dl",
        { className: "keys", "aria-labelledby": "keys-heading" },
        KEY_HELP.flatMap(([keys, what]) => [h("dt", {}, h("kbd", {}, keys)), h("dd", {}, rt(s.lang, what))]),
      ),
    );
  };
}
