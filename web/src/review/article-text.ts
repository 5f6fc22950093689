/**
 * The article's normalised text with every proposal highlighted in its type's colour (the
 * explorer's legend colours; relations and figures underlined), rejected ones struck through, the
 * proposal in focus outlined and scrolled into view, and a span being edited marked. Also reads
 * the curator's text selection as offsets into the text.
 */
import { h } from "../panels/dom.ts";
import { typeColor } from "../state/labels.ts";
import { rt } from "./review-i18n.ts";
import { phaseOf, type FactSpan, type ReviewState } from "./review-state.ts";
import { leadMark, textSegments } from "./text-segments.ts";

/** The offset in the text of a point of the page's selection inside `root` (null: outside). */
function offsetOf(root: HTMLElement, node: Node, offset: number, length: number): number | null {
  if (!root.contains(node)) return null;
  if (node.nodeType === Node.TEXT_NODE) {
    const seg = node.parentElement?.closest<HTMLElement>("[data-start]");
    return seg ? Number(seg.dataset["start"]) + offset : null;
  }
  const child = node.childNodes[offset];
  if (child instanceof HTMLElement && child.dataset["start"] !== undefined)
    return Number(child.dataset["start"]);
  return node === root && offset >= root.childNodes.length ? length : null;
}

/** The text the curator selected in `root`, as a span of `text` (null: nothing selected there). */
export function selectedSpan(root: HTMLElement, text: string): FactSpan | null {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const a = offsetOf(root, range.startContainer, range.startOffset, text.length);
  const b = offsetOf(root, range.endContainer, range.endOffset, text.length);
  if (a === null || b === null || b <= a) return null;
  // Spaces around a selection are not part of the quote.
  let start = a;
  let end = b;
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  return end > start ? { start, end, quote: text.slice(start, end) } : null;
}

/** Mounts the text view; returns its render. */
export function mountArticleText(el: HTMLElement): (s: ReviewState) => void {
  const heading = h("h2", { id: "article-heading", className: "panel-title" });
  const meta = h("p", { className: "muted meta" });
  const body = h("div", { className: "article-body", "data-testid": "article-text", tabindex: "-1" });
  el.append(heading, meta, body);
  let shown: { draft: unknown; pending: unknown } = { draft: null, pending: null };
  let lang = "";
  return (s) => {
    el.hidden = phaseOf(s) !== "review" && phaseOf(s) !== "published";
    const draft = s.draft;
    if (draft === null) return;
    if (shown.draft !== draft || shown.pending !== s.pending || lang !== s.lang) {
      shown = { draft, pending: s.pending };
      lang = s.lang;
      heading.textContent = draft.source.title ?? rt(s.lang, "articleTitle");
      meta.textContent = [draft.source.publication, draft.source.date, draft.source.authors.join("、")]
        .filter((x) => x !== null && x !== "")
        .join(" · ");
      body.replaceChildren(
        ...textSegments(draft, s.pending).map((seg) => {
          const lead = leadMark(seg);
          if (lead === null && !seg.pending) return h("span", { "data-start": seg.start }, seg.text);
          const mark = h(
            "mark",
            {
              "data-start": seg.start,
              "data-ids": seg.marks.map((m) => m.id).join(" "),
              className: [
                "hl",
                lead ? `hl-${lead.kind}` : "",
                lead ? `hl-${lead.decision.toLowerCase()}` : "",
                seg.pending ? "hl-pending" : "",
              ].join(" "),
            },
            seg.text,
          );
          // Through the CSSOM: the page's CSP allows no style attributes.
          if (lead?.type) mark.style.setProperty("--type-color", typeColor(lead.type));
          return mark;
        }),
      );
    }
    // The proposal in focus: outlined, and in view.
    let first: HTMLElement | null = null;
    for (const mark of body.querySelectorAll<HTMLElement>("mark")) {
      const on = s.cursor !== null && (mark.dataset["ids"] ?? "").split(" ").includes(s.cursor);
      mark.classList.toggle("hl-current", on);
      if (on && first === null) first = mark;
    }
    first?.scrollIntoView({ block: "nearest" });
  };
}
