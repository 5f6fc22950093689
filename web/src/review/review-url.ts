/**
 * The review page's address: `?draft=<id>` (the draft under review, so a reload or a second tab
 * opens it) and `?lang=en`, replaced in place as the state changes.
 */
import type { Lang } from "../state/i18n.ts";
import type { ReviewState } from "./review-state.ts";
import type { Store } from "../state/store.ts";

/** What the review page's address says. */
export interface ReviewUrl {
  draft: string | null;
  lang: Lang;
}

/** Reads `?draft=…&lang=…`. */
export function parseReviewUrl(search: string): ReviewUrl {
  const params = new URLSearchParams(search);
  const draft = params.get("draft");
  return {
    draft: draft !== null && draft.trim() !== "" ? draft : null,
    lang: params.get("lang") === "en" ? "en" : "zh",
  };
}

/** Writes the address of a state ("" for a new article in Chinese). */
export function serializeReviewUrl(s: Pick<ReviewState, "draft" | "lang" | "published">): string {
  const params = new URLSearchParams();
  if (s.draft !== null && s.published === null) params.set("draft", s.draft.id);
  if (s.lang !== "zh") params.set("lang", s.lang);
  const query = params.toString();
  return query === "" ? "" : `?${query}`;
}

/** Keeps the address bar, the document's language and its title in step with the state. */
export function syncReviewUrl(store: Store<ReviewState>, title: (s: ReviewState) => string): () => void {
  const write = (s: ReviewState) => {
    const query = serializeReviewUrl(s);
    if (query !== location.search) history.replaceState(null, "", `${location.pathname}${query}`);
    const lang = s.lang === "zh" ? "zh-CN" : "en";
    if (document.documentElement.lang !== lang) document.documentElement.lang = lang;
    const t = title(s);
    if (document.title !== t) document.title = t;
  };
  write(store.get());
  return store.subscribe(write);
}
