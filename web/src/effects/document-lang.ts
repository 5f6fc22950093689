/**
 * Document language: `<html lang>` follows the interface language, so that screen readers and
 * fonts treat the page as Chinese or English. (The title: effects/document-title.)
 */
import type { AppState } from "../state/app-state.ts";
import type { Store } from "../state/store.ts";

/** Keeps the document's language in step with the state; returns the function that stops it. */
export function syncDocumentLang(store: Store<AppState>): () => void {
  const write = (s: AppState) => {
    const lang = s.lang === "zh" ? "zh-CN" : "en";
    if (document.documentElement.lang !== lang) document.documentElement.lang = lang;
  };
  write(store.get());
  return store.subscribe(write);
}
