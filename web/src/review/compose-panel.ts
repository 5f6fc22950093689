/**
 * The article form: title, publication, date, authors, URL and the text, pasted or uploaded (a
 * UTF-8 text file; anything else is refused with the reason); and the open drafts to resume.
 */
import { h } from "../panels/dom.ts";
import { rt, type ReviewMessageKey } from "./review-i18n.ts";
import { phaseOf, type ReviewState } from "./review-state.ts";
import type { ArticleInput, DraftListing } from "./review-types.ts";

/** What the form asks for. */
export interface ComposeActions {
  ingest(article: ArticleInput): void;
  openDraft(id: string): void;
  /** A file could not be read as UTF-8 (the reason). */
  badFile(reason: string): void;
}

/** Mounts the form; returns its render. */
export function mountCompose(el: HTMLElement, actions: ComposeActions): (s: ReviewState) => void {
  const labels: [HTMLElement, ReviewMessageKey][] = [];
  const field = (id: string, key: ReviewMessageKey, control: HTMLElement) => {
    const label = h("label", { for: id });
    labels.push([label, key]);
    return h("div", { className: "field" }, label, control);
  };
  const input = (id: string, type = "text", required = false) => h("input", { id, name: id, type, required });
  const title = input("article-title", "text", true);
  const publication = input("article-publication", "text", true);
  const date = input("article-date", "date");
  const authors = input("article-authors");
  const url = input("article-url", "url");
  const text = h("textarea", { id: "article-text", name: "text", rows: 12, required: true });
  const file = h("input", { id: "article-file", type: "file", accept: ".txt,text/plain" });
  file.addEventListener("change", () => {
    const chosen = file.files?.[0];
    if (!chosen) return;
    void chosen.arrayBuffer().then((bytes) => {
      try {
        text.value = new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/u, "");
        if (title.value === "") title.value = chosen.name.replace(/\.[^.]*$/u, "");
      } catch (error) {
        actions.badFile(`${chosen.name}: ${String(error)}`);
      }
    });
  });
  const heading = h("h2", { id: "compose-title" });
  const submit = h("button", { type: "submit", className: "primary", "data-testid": "ingest" });
  const form = h(
    "form",
    { className: "card compose", "aria-labelledby": "compose-title" },
    heading,
    h(
      "div",
      { className: "row" },
      field("article-title", "titleLabel", title),
      field("article-publication", "publicationLabel", publication),
    ),
    h(
      "div",
      { className: "row" },
      field("article-date", "dateLabel", date),
      field("article-authors", "authorsLabel", authors),
      field("article-url", "urlLabel", url),
    ),
    field("article-text", "textLabel", text),
    field("article-file", "uploadLabel", file),
    submit,
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    actions.ingest({
      title: title.value.trim(),
      publication: publication.value.trim(),
      date: date.value,
      authors: authors.value
        .split(/[,，、]/u)
        .map((a) => a.trim())
        .filter((a) => a !== ""),
      url: url.value.trim(),
      text: text.value,
    });
  });
  const draftsTitle = h("h2", { id: "drafts-title" });
  const draftsList = h("ul", { className: "drafts" });
  const drafts = h(
    "section",
    { className: "card", "aria-labelledby": "drafts-title" },
    draftsTitle,
    draftsList,
  );
  el.append(form, drafts);
  let lang = "";
  let listed: readonly DraftListing[] | null = null;
  return (s) => {
    el.hidden = phaseOf(s) !== "compose";
    submit.disabled = s.busy === "ingest";
    submit.textContent = rt(s.lang, s.busy === "ingest" ? "ingesting" : "ingest");
    if (s.lang !== lang || s.openDrafts !== listed) {
      lang = s.lang;
      listed = s.openDrafts;
      heading.textContent = rt(s.lang, "composeTitle");
      draftsTitle.textContent = rt(s.lang, "openDraftsTitle");
      for (const [label, key] of labels) label.textContent = rt(s.lang, key);
      draftsList.replaceChildren(
        ...(s.openDrafts.length === 0
          ? [h("li", { className: "muted" }, rt(s.lang, "noOpenDrafts"))]
          : s.openDrafts.map((d) =>
              h(
                "li",
                {},
                h(
                  "button",
                  { type: "button", onclick: () => actions.openDraft(d.id) },
                  `${rt(s.lang, "resume")}: ${d.source.title ?? d.id}`,
                ),
                h("span", { className: "muted" }, ` ${d.updatedAt.slice(0, 16).replace("T", " ")}`),
              ),
            )),
      );
    }
  };
}
