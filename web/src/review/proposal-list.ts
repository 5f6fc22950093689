/**
 * The proposals as one keyboard listbox: entities (each with all its mentions, its link candidates
 * and their reasons), then relations, then figures; each with its decision, rule and confidence.
 * The one in focus shows its buttons and, on "t", a type picker.
 */
import { ENTITY_TYPE_IDS, RELATION_TYPE_IDS } from "@zonegraph/graph-data/ontology";
import { h } from "../panels/dom.ts";
import { ontologyLabel, type Lang } from "../state/i18n.ts";
import { typeColor } from "../state/labels.ts";
import { endName, orderedProposals } from "./proposal-order.ts";
import { rt } from "./review-i18n.ts";
import { phaseOf, type ReviewState } from "./review-state.ts";
import type { Draft, Proposal, TextSpan } from "./review-types.ts";

/** What the list asks for. */
export interface ListActions {
  focus(id: string): void;
  accept(): void;
  reject(): void;
  link(candidateId?: string): void;
  startRetype(): void;
  retype(type: string): void;
  cancel(): void;
}

/** The DOM id of a proposal's row. */
export const rowId = (id: string): string => `proposal-${id}`;

const quotes = (lang: Lang, evidence: readonly TextSpan[]) =>
  h(
    "ul",
    { className: "mentions", "aria-label": rt(lang, "mentions") },
    evidence.map((e) => h("li", {}, h("q", {}, e.quote), h("span", { className: "muted" }, ` @${e.start}`))),
  );

function describe(
  lang: Lang,
  draft: Draft,
  x: Proposal,
  actions: ListActions,
  current: boolean,
): HTMLElement[] {
  const out: HTMLElement[] = [];
  if (x.kind === "entity") {
    const chip = h("span", { className: "type-chip" }, ontologyLabel(lang, "entity", x.p.type));
    chip.style.setProperty("--type-color", typeColor(x.p.type));
    out.push(h("div", { className: "row-head" }, chip, h("strong", {}, x.p.name)));
    out.push(quotes(lang, x.p.evidence));
    if (x.p.linkTo !== null) {
      const target = x.p.linksTo.find((c) => c.id === x.p.linkTo);
      out.push(h("p", { className: "linked" }, `${rt(lang, "linkedTo")}: ${target?.name ?? x.p.linkTo}`));
    } else if (x.p.linksTo.length > 0)
      out.push(
        h(
          "div",
          { className: "candidates" },
          h("span", { className: "muted" }, `${rt(lang, "linkCandidates")}:`),
          h(
            "ul",
            {},
            x.p.linksTo.map((c) =>
              h(
                "li",
                {},
                current
                  ? h(
                      "button",
                      { type: "button", onclick: () => actions.link(c.id) },
                      `${rt(lang, "link")} → ${c.name}`,
                    )
                  : h("span", {}, c.name),
                h("span", { className: "muted" }, ` (${ontologyLabel(lang, "entity", c.type)}; ${c.reason})`),
              ),
            ),
          ),
        ),
      );
    if (x.p.flags.length > 0)
      out.push(h("p", { className: "flags" }, `${rt(lang, "flags")}: ${x.p.flags.join("; ")}`));
  } else if (x.kind === "relation") {
    out.push(
      h(
        "div",
        { className: "row-head" },
        h("span", { className: "type-chip relation" }, ontologyLabel(lang, "relation", x.p.type)),
        h("strong", {}, `${endName(draft, x.p.from)} → ${endName(draft, x.p.to)}`),
      ),
    );
    if (x.p.inferred)
      out.push(h("p", { className: "muted" }, `${rt(lang, "inferred")}: ${x.p.reason ?? ""}`));
    out.push(quotes(lang, x.p.evidence));
  } else {
    out.push(
      h(
        "div",
        { className: "row-head" },
        h("span", { className: "type-chip metric" }, x.p.key ?? x.p.label),
        h(
          "strong",
          {},
          `${endName(draft, x.p.entity)}: ${x.p.label} = ${x.p.value.toLocaleString(lang === "zh" ? "zh-CN" : "en")} ${x.p.unit}`,
        ),
      ),
    );
    out.push(quotes(lang, x.p.evidence));
  }
  out.push(
    h(
      "p",
      { className: "muted small" },
      `${rt(lang, "rule")}: ${x.p.rule} · ${rt(lang, "confidence")} ${x.p.confidence.toFixed(2)}`,
    ),
  );
  return out;
}

function typePicker(lang: Lang, x: Proposal, actions: ListActions): HTMLElement {
  const entity = x.kind === "entity";
  const select = h(
    "select",
    { id: "retype-select", "aria-label": rt(lang, "typeLabel") },
    (entity ? ENTITY_TYPE_IDS : RELATION_TYPE_IDS).map((id) =>
      h(
        "option",
        { value: id, selected: id === (x.kind === "metric" ? "" : x.p.type) },
        ontologyLabel(lang, entity ? "entity" : "relation", id),
      ),
    ),
  );
  select.addEventListener("keydown", (event) => {
    if (event.key === "Enter") actions.retype(select.value);
    else if (event.key === "Escape") actions.cancel();
    else return;
    event.preventDefault();
    event.stopPropagation();
  });
  return h(
    "div",
    { className: "picker" },
    select,
    h("button", { type: "button", onclick: () => actions.retype(select.value) }, rt(lang, "applyType")),
    h("button", { type: "button", onclick: () => actions.cancel() }, rt(lang, "cancel")),
  );
}

/** Mounts the list; returns its render. */
export function mountProposalList(el: HTMLElement, actions: ListActions): (s: ReviewState) => void {
  const heading = h("h2", { id: "proposals-heading", className: "panel-title" });
  const list = h("ul", {
    role: "listbox",
    tabindex: "0",
    "aria-labelledby": "proposals-heading",
    className: "proposals",
    "data-testid": "proposals",
  });
  el.append(heading, list);
  let shown: unknown[] = [];
  return (s) => {
    el.hidden = phaseOf(s) !== "review";
    const draft = s.draft;
    if (draft === null || phaseOf(s) !== "review") return;
    const key = [draft, s.cursor, s.retyping, s.lang, s.pending?.proposalId ?? null];
    if (key.every((k, i) => k === shown[i])) return;
    shown = key;
    heading.textContent = rt(s.lang, "proposalsTitle");
    const items: HTMLElement[] = [];
    let section = "";
    for (const x of orderedProposals(draft)) {
      if (x.kind !== section) {
        section = x.kind;
        items.push(
          h(
            "li",
            { role: "presentation", className: "section" },
            rt(
              s.lang,
              x.kind === "entity"
                ? "entitiesTitle"
                : x.kind === "relation"
                  ? "relationsTitle"
                  : "metricsTitle",
            ),
          ),
        );
      }
      const current = x.p.id === s.cursor;
      const row = h(
        "li",
        {
          id: rowId(x.p.id),
          role: "option",
          "aria-selected": current ? "true" : "false",
          className: `proposal decision-${x.p.decision.toLowerCase()}${current ? " current" : ""}`,
          "data-id": x.p.id,
          "data-decision": x.p.decision,
          "data-kind": x.kind,
          "data-type": x.kind === "metric" ? x.p.key : x.p.type,
          "data-name": x.kind === "entity" ? x.p.name : null,
          onclick: () => actions.focus(x.p.id),
        },
        h("span", { className: "badge" }, rt(s.lang, x.p.decision)),
        describe(s.lang, draft, x, actions, current),
      );
      if (current && draft.status === "OPEN") {
        if (s.pending?.proposalId === x.p.id)
          row.append(h("p", { className: "pending-note" }, rt(s.lang, "pendingSpan")));
        row.append(
          h(
            "div",
            { className: "row-actions" },
            h("button", { type: "button", onclick: () => actions.accept() }, rt(s.lang, "accept")),
            h("button", { type: "button", onclick: () => actions.reject() }, rt(s.lang, "reject")),
            x.kind !== "metric"
              ? h("button", { type: "button", onclick: () => actions.startRetype() }, rt(s.lang, "retype"))
              : null,
          ),
        );
        if (s.retyping && x.kind !== "metric") row.append(typePicker(s.lang, x, actions));
      }
      items.push(row);
    }
    const hadFocus = el.contains(document.activeElement);
    list.replaceChildren(...items);
    if (s.cursor !== null) list.setAttribute("aria-activedescendant", rowId(s.cursor));
    const picker = list.querySelector<HTMLSelectElement>("#retype-select");
    if (picker) picker.focus();
    else if (hadFocus) list.focus();
    list.querySelector(".current")?.scrollIntoView({ block: "nearest" });
  };
}
