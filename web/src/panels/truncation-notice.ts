/**
 * The "showing N of M" notice over the canvas, shown whenever the view is truncated: zones and
 * links of the overview, tied entities past the per-view cap (with "load more"), a neighbourhood;
 * and the overview's one-line explanation.
 */
import type { AppState } from "../state/app-state.ts";
import { tf, t, type MessageKey } from "../state/i18n.ts";
import type { TruncationKind } from "../state/truncation.ts";
import { h, replaceChildren } from "./dom.ts";

const MESSAGES: Record<TruncationKind, MessageKey> = {
  zones: "truncZones",
  links: "truncLinks",
  tied: "truncTied",
  neighbors: "truncNeighbors",
};

/** Mounts the notice (and the overview's hint) in `root`; `loadMore` loads the next entities of a truncated zone. Returns its render function. */
export function mountTruncationNotice(root: HTMLElement, loadMore: () => void): (state: AppState) => void {
  root.classList.add("canvas-notes");
  const hint = h("p", { className: "overview-hint", "data-testid": "overview-hint" });
  const notice = h("div", {
    className: "truncation-notice",
    "data-testid": "truncation-notice",
    role: "status",
  });
  replaceChildren(root, hint, notice);
  let drawn: { truncation: AppState["truncation"]; lang: string; loadingMore: boolean; mode: string } | null =
    null;
  return (state) => {
    if (
      drawn &&
      drawn.truncation === state.truncation &&
      drawn.lang === state.lang &&
      drawn.loadingMore === state.loadingMore &&
      drawn.mode === state.mode
    )
      return;
    drawn = {
      truncation: state.truncation,
      lang: state.lang,
      loadingMore: state.loadingMore,
      mode: state.mode,
    };
    const lang = state.lang;
    const overviewHint = state.mode === "overview" && state.filters.zoneId === null;
    hint.hidden = !overviewHint;
    hint.textContent = t(lang, "overviewHint");
    notice.hidden = state.truncation.length === 0;
    replaceChildren(
      notice,
      state.truncation.map((cut) =>
        h(
          "p",
          { "data-kind": cut.kind, "data-shown": String(cut.shown), "data-total": String(cut.total) },
          tf(lang, MESSAGES[cut.kind], { n: cut.shown, m: cut.total }),
          cut.kind === "tied" &&
            h(
              "button",
              { type: "button", "data-testid": "load-more", disabled: state.loadingMore, onclick: loadMore },
              state.loadingMore ? t(lang, "loadingDetails") : t(lang, "loadMore"),
            ),
        ),
      ),
    );
  };
}
