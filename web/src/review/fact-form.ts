/**
 * The add-a-fact form, opened on the text the curator selected: an entity (name, type), a relation
 * (type, from, to among the draft's entities) or a figure (entity, key, value, unit), sent with the
 * selected span as its quote.
 */
import { ENTITY_TYPE_IDS, RELATION_TYPE_IDS, type EntityType } from "@zonegraph/graph-data/ontology";
import { h } from "../panels/dom.ts";
import { ontologyLabel, type Lang } from "../state/i18n.ts";
import type { FactFields } from "./review-actions.ts";
import { rt, type ReviewMessageKey } from "./review-i18n.ts";
import { phaseOf, type FactSpan, type ReviewState } from "./review-state.ts";
import type { Draft } from "./review-types.ts";

const labelled = (lang: Lang, id: string, key: ReviewMessageKey, control: HTMLElement) =>
  h("div", { className: "field" }, h("label", { for: id }, rt(lang, key)), control);

function build(
  lang: Lang,
  draft: Draft,
  fact: FactSpan,
  actions: { addFact(f: FactFields): void; cancel(): void },
): HTMLElement {
  const entities = draft.entities.filter((e) => e.decision !== "REJECTED");
  const entityOptions = () =>
    entities.map((e) => h("option", { value: e.id }, `${e.name} (${ontologyLabel(lang, "entity", e.type)})`));
  const kind = h(
    "select",
    { id: "fact-kind" },
    (["ENTITY", "RELATION", "METRIC"] as const).map((k) => h("option", { value: k }, rt(lang, `kind${k}`))),
  );
  const name = h("input", { id: "fact-name", value: fact.quote });
  const etype = h(
    "select",
    { id: "fact-etype" },
    ENTITY_TYPE_IDS.map((t) => h("option", { value: t }, ontologyLabel(lang, "entity", t))),
  );
  const rtype = h(
    "select",
    { id: "fact-rtype" },
    RELATION_TYPE_IDS.map((t) => h("option", { value: t }, ontologyLabel(lang, "relation", t))),
  );
  const from = h("select", { id: "fact-from" }, entityOptions());
  const to = h("select", { id: "fact-to" }, entityOptions());
  const entity = h("select", { id: "fact-entity" }, entityOptions());
  const key = h("input", { id: "fact-key" });
  const value = h("input", { id: "fact-value", type: "number", step: "any" });
  const unit = h("input", { id: "fact-unit" });
  const groups = {
    ENTITY: h(
      "div",
      {},
      labelled(lang, "fact-name", "factName", name),
      labelled(lang, "fact-etype", "entityTypeLabel", etype),
    ),
    RELATION: h(
      "div",
      {},
      labelled(lang, "fact-rtype", "relationTypeLabel", rtype),
      labelled(lang, "fact-from", "factFrom", from),
      labelled(lang, "fact-to", "factTo", to),
    ),
    METRIC: h(
      "div",
      {},
      labelled(lang, "fact-entity", "factEntity", entity),
      labelled(lang, "fact-key", "factKey", key),
      labelled(lang, "fact-value", "factValue", value),
      labelled(lang, "fact-unit", "factUnit", unit),
    ),
  };
  const show = () => {
    for (const [k, g] of Object.entries(groups)) g.hidden = k !== kind.value;
  };
  kind.addEventListener("change", show);
  show();
  const form = h(
    "form",
    { className: "card fact", "aria-labelledby": "fact-title", "data-testid": "fact-form" },
    h("h2", { id: "fact-title", className: "panel-title" }, rt(lang, "factTitle")),
    h("p", {}, `${rt(lang, "factQuote")}: `, h("q", {}, fact.quote)),
    labelled(lang, "fact-kind", "factKind", kind),
    groups.ENTITY,
    groups.RELATION,
    groups.METRIC,
    h(
      "div",
      { className: "row-actions" },
      h("button", { type: "submit", className: "primary" }, rt(lang, "factSave")),
      h("button", { type: "button", onclick: () => actions.cancel() }, rt(lang, "cancel")),
    ),
  );
  form.addEventListener("keydown", (event) => {
    if (event.key !== "Escape") return;
    event.stopPropagation();
    actions.cancel();
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const k = kind.value;
    if (k === "ENTITY")
      actions.addFact({ kind: "ENTITY", name: name.value.trim(), entityType: etype.value as EntityType });
    else if (k === "RELATION")
      actions.addFact({ kind: "RELATION", relationType: rtype.value, from: from.value, to: to.value });
    else
      actions.addFact({
        kind: "METRIC",
        entity: entity.value,
        key: key.value.trim(),
        value: Number(value.value),
        unit: unit.value.trim(),
      });
  });
  return form;
}

/** Mounts the form's place; returns its render. */
export function mountFactForm(
  el: HTMLElement,
  actions: { addFact(f: FactFields): void; cancel(): void },
): (s: ReviewState) => void {
  let shown: FactSpan | null = null;
  return (s) => {
    const open = phaseOf(s) === "review" && s.fact !== null && s.draft !== null;
    el.hidden = !open;
    if (s.fact === shown) return;
    shown = s.fact;
    if (!open || s.fact === null || s.draft === null) {
      el.replaceChildren();
      return;
    }
    el.replaceChildren(build(s.lang, s.draft, s.fact, actions));
    el.querySelector<HTMLElement>("#fact-kind")?.focus();
  };
}
