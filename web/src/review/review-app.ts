/**
 * The review page's wiring: reads the token (`#token=…` or this session's) and the address, creates
 * the store, the API and the actions, mounts the panels (they render the state and call actions),
 * starts the effects (address bar, keyboard), then signs in with a kept token and opens the draft
 * the address names.
 */
import { h } from "../panels/dom.ts";
import { createStore } from "../state/store.ts";
import { mountArticleText } from "./article-text.ts";
import { mountCompose } from "./compose-panel.ts";
import { savedCurator, takeToken, TOKEN_KEY, type CredentialStores } from "./credentials.ts";
import { mountFactForm } from "./fact-form.ts";
import { mountKeyHelp } from "./key-help.ts";
import { mountNoticeLine } from "./notice-line.ts";
import { mountProposalList } from "./proposal-list.ts";
import { mountPublishBar } from "./publish-bar.ts";
import { mountPublished } from "./published-panel.ts";
import { mountSignIn } from "./sign-in-panel.ts";
import { createReviewActions } from "./review-actions.ts";
import { createReviewApi } from "./review-api.ts";
import { rt } from "./review-i18n.ts";
import { followKeys } from "./review-keyboard.ts";
import * as P from "./review-producers.ts";
import { initialReviewState, type ReviewState } from "./review-state.ts";
import { parseReviewUrl, syncReviewUrl } from "./review-url.ts";

/** Starts the review page in a root element. */
export function startReview(root: HTMLElement): void {
  const stores: CredentialStores = { session: sessionStorage, local: localStorage };
  const url = parseReviewUrl(location.search);
  const token = takeToken(stores, location, (u) => history.replaceState(null, "", u));
  const curator = savedCurator(stores);
  const store = createStore(initialReviewState(url.lang, curator, false));
  const api = createReviewApi(new URL("graphql", location.href).pathname, () => {
    const t = stores.session.getItem(TOKEN_KEY);
    return t === null ? null : { token: t, curator: store.get().curator };
  });
  const actions = createReviewActions({ store, api, stores });

  // The page: a header; the sign-in, article form and published screens; the review screen.
  const title = h("h1", {});
  const explorerLink = h("a", { href: "./", className: "button" });
  const langButton = h("button", {
    type: "button",
    "data-testid": "lang-toggle",
    onclick: () => actions.toggleLang(),
  });
  const noticeEl = h("div", { className: "notice-line" });
  const signInEl = h("section", { className: "screen narrow" });
  const composeEl = h("section", { className: "screen narrow" });
  const publishedEl = h("section", { className: "screen narrow card" });
  const barEl = h("section", { className: "publish-bar", "aria-label": "publish" });
  const textEl = h("section", { className: "article", "aria-labelledby": "article-heading" });
  const listEl = h("section", { className: "proposals-panel", "aria-labelledby": "proposals-heading" });
  const factEl = h("div", {});
  const helpEl = h("section", { className: "key-help", "aria-labelledby": "keys-heading" });
  root.replaceChildren(
    h(
      "header",
      { className: "review-header" },
      title,
      h("div", { className: "header-buttons" }, langButton, explorerLink),
    ),
    noticeEl,
    h(
      "main",
      { className: "review-main" },
      signInEl,
      composeEl,
      publishedEl,
      barEl,
      h(
        "div",
        { className: "review-columns" },
        textEl,
        h("div", { className: "review-side" }, factEl, listEl, helpEl),
      ),
    ),
  );

  const renders = [
    (s: ReviewState) => {
      title.textContent = rt(s.lang, "heading");
      explorerLink.textContent = rt(s.lang, "explorer");
      explorerLink.setAttribute("href", s.lang === "en" ? "./?lang=en" : "./");
      langButton.textContent = rt(s.lang, "langToggle");
    },
    mountNoticeLine(noticeEl),
    mountSignIn(
      signInEl,
      (t, c) => void actions.signIn(t ?? stores.session.getItem(TOKEN_KEY) ?? "", c),
      () => stores.session.getItem(TOKEN_KEY) !== null,
    ),
    mountCompose(composeEl, {
      ingest: (a) => void actions.ingest(a),
      openDraft: (id) => void actions.openDraft(id),
      badFile: (reason) =>
        store.update(P.notify({ kind: "error", message: rt(store.get().lang, "fileNotUtf8") + reason })),
    }),
    mountPublished(publishedEl, () => actions.newArticle()),
    mountPublishBar(barEl, { publish: () => void actions.publish(), newArticle: () => actions.newArticle() }),
    mountArticleText(textEl),
    mountFactForm(factEl, { addFact: (f) => void actions.addFact(f), cancel: () => actions.cancel() }),
    mountProposalList(listEl, {
      ...actions,
      accept: () => void actions.accept(),
      reject: () => void actions.reject(),
      link: (id) => void actions.link(id),
      retype: (t) => void actions.retype(t),
    }),
    mountKeyHelp(helpEl),
  ];
  const review = (s: ReviewState) => {
    // The review screen's parts hide themselves; the columns go with them.
    textEl.parentElement!.hidden = s.draft === null || !s.signedIn || s.published !== null;
  };
  const renderAll = (s: ReviewState) => {
    renders.forEach((render) => render(s));
    review(s);
  };
  store.subscribe(renderAll);
  syncReviewUrl(store, (s) => rt(s.lang, "pageTitle"));
  followKeys(store, actions, textEl.querySelector<HTMLElement>(".article-body") ?? textEl);
  renderAll(store.get());

  // A kept token signs in at once; then the draft the address names opens.
  if (token !== null && curator !== "")
    void actions.signIn(token, curator).then(() => {
      if (store.get().signedIn && url.draft !== null) return actions.openDraft(url.draft);
    });
  else if (url.draft !== null) {
    // After signing in by hand, the draft the address named opens.
    const stop = store.subscribe((s, prev) => {
      if (s.signedIn && !prev.signedIn) {
        stop();
        void actions.openDraft(url.draft!);
      }
    });
  }
}
