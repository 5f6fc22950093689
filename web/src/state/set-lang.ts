/**
 * The interface language as a producer: labels, panels and the link follow it.
 */
import type { AppState } from "./app-state.ts";
import type { Lang } from "./i18n.ts";

/** Switches the language. */
export const setLang =
  (lang: Lang) =>
  (s: AppState): AppState =>
    s.lang === lang ? s : { ...s, lang };
