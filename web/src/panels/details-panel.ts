/**
 * The details panel of the selected entity: type, names and aliases, attributes (investment in
 * 亿元 and yuan, capacity, level, status), metrics with periods, relations as links, and each piece
 * sentence of evidence once, its quotes marked, with the facts it supports and the article's title,
 * publication, date and authors; incoming relations read from this entity's side.
 * It renders `state.details` (loaded by an effect) and fetches nothing.
 */
import type { EntityDetails, MetricItem, RelationItem, SearchHitItem } from "../api/api-types.ts";
import type { AppState } from "../state/app-state.ts";
import { evidenceSentences, type EvidenceFact } from "../state/evidence-items.ts";
import { formatCapacity, formatPeriod, formatValue, formatYuan, withQualifier } from "../state/format.ts";
import { colon, inverseRelationLabel, ontologyLabel, t, type Lang } from "../state/i18n.ts";
import { entityLabel, showTitle, typeColor } from "../state/labels.ts";
import { h, replaceChildren, type Child } from "./dom.ts";
import { inferredBadge } from "./inferred-badge.ts";
import { notFoundView } from "./not-found.ts";

/** What the details panel asks the app to do. */
export interface DetailsActions {
  select(id: string | null): void;
  focusZone(id: string): void;
  /** A suggestion for an entity a link named that does not exist. */
  chooseLookup(hit: SearchHitItem): void;
}

/** What a fact of the evidence says: the entity, one of its relations, or a metric with its value. */
function factLabel(lang: Lang, d: EntityDetails, fact: EvidenceFact): string {
  if (fact.kind === "entity") return t(lang, "factEntity");
  if (fact.kind === "metric") {
    const m = d.metrics.find((x) => x.key === fact.key);
    return m ? `${metricLabel(lang, m)} ${formatValue(m.value, m.unit, lang)}` : fact.key;
  }
  const r = d.relations.find((x) => x.id === fact.id);
  if (!r) return fact.id;
  const outgoing = r.from.id === d.id;
  const other = entityLabel(outgoing ? r.to : r.from, lang);
  if (outgoing) return `${ontologyLabel(lang, "relation", r.type)} ${other}`;
  return `${showTitle(lang, r) ? (r.title ?? "") : inverseRelationLabel(lang, r.type)}${lang === "zh" ? "：" : ": "}${other}`;
}

/** Each sentence of evidence once, its quotes marked, with the facts it supports and its article. */
function evidenceList(lang: Lang, d: EntityDetails): HTMLElement {
  const sentences = evidenceSentences(d);
  if (sentences.length === 0) return h("p", { className: "muted" }, t(lang, "none"));
  return h(
    "ol",
    { className: "evidence-list" },
    sentences.map((s) => {
      const authors = s.source.authors.join(lang === "zh" ? "、" : ", ");
      const where = [s.source.publication, s.source.date].filter((x): x is string => !!x).join(" ");
      return h(
        "li",
        {},
        h(
          "p",
          { className: "facts" },
          t(lang, "supports"),
          s.facts.map((f, i) => [i > 0 ? (lang === "zh" ? "；" : "; ") : null, factLabel(lang, d, f)]).flat(),
        ),
        h(
          "blockquote",
          { "data-testid": "evidence" },
          s.parts.map((p) => (p.marked ? h("mark", {}, p.text) : p.text)),
        ),
        h(
          "p",
          { className: "cite" },
          "— ",
          h("cite", {}, s.source.title),
          where ? `${lang === "zh" ? "，" : ", "}${where}` : null,
          authors
            ? lang === "zh"
              ? `（${t(lang, "authors")}：${authors}）`
              : ` (${t(lang, "authors")}: ${authors})`
            : null,
        ),
      );
    }),
  );
}

function relationRow(lang: Lang, id: string, r: RelationItem, actions: DetailsActions): HTMLElement {
  const outgoing = r.from.id === id;
  const other = outgoing ? r.to : r.from;
  // An incoming relation reads from this entity's side: "副总经理：刘宝志", "任职人员：…".
  const verb = outgoing
    ? `${ontologyLabel(lang, "relation", r.type)} →`
    : `${showTitle(lang, r) ? (r.title ?? "") : inverseRelationLabel(lang, r.type)}${lang === "zh" ? "：" : ":"}`;
  return h(
    "li",
    { className: "relation" },
    h("span", { className: "relation-verb" }, verb),
    " ",
    h(
      "button",
      { type: "button", className: "link", onclick: () => actions.select(other.id) },
      h("span", { className: "swatch", style: `background:${typeColor(other.type)}`, "aria-hidden": "true" }),
      entityLabel(other, lang),
    ),
    outgoing && showTitle(lang, r) ? h("span", { className: "relation-title" }, ` · ${r.title}`) : null,
    inferredBadge(lang, r),
  );
}

function attributeRows(lang: Lang, d: EntityDetails): [string, string][] {
  const rows: [string, string][] = [];
  if (d.level) rows.push([t(lang, "level"), ontologyLabel(lang, "level", d.level)]);
  if (d.platformKind) rows.push([t(lang, "kind"), ontologyLabel(lang, "kind", d.platformKind)]);
  if (d.orgKind) rows.push([t(lang, "kind"), ontologyLabel(lang, "orgKind", d.orgKind)]);
  if (d.regionKind) rows.push([t(lang, "kind"), d.regionKind]);
  if (d.established) rows.push([t(lang, "established"), d.established]);
  if (d.upgraded) rows.push([t(lang, "upgraded"), d.upgraded]);
  if (d.status)
    rows.push([t(lang, "status"), ontologyLabel(lang, "status", d.status) + (d.year ? ` (${d.year})` : "")]);
  if (d.investmentYuan != null) rows.push([t(lang, "investment"), formatYuan(d.investmentYuan, lang)]);
  if (d.capacity && d.capacity.length > 0) rows.push([t(lang, "capacity"), formatCapacity(d.capacity, lang)]);
  if (d.fundSizeYuan != null) rows.push([t(lang, "fundSize"), formatYuan(d.fundSizeYuan, lang)]);
  return rows;
}

function metricLabel(lang: Lang, m: MetricItem): string {
  const fromOntology = ontologyLabel(lang, "metric", m.key);
  if (fromOntology !== m.key) return fromOntology;
  return lang === "en" && m.labelEn ? m.labelEn : m.label;
}

function metricValue(lang: Lang, m: MetricItem): Child[] {
  // Curators write notes in English: shown in the English interface only.
  const value = withQualifier(formatValue(m.value, m.unit, lang), m.qualifier, lang);
  if (!m.note || lang !== "en") return [value];
  return [value, h("span", { className: "note" }, ` (${m.note})`)];
}

function render(lang: Lang, d: EntityDetails, actions: DetailsActions): Child[] {
  const attrs = attributeRows(lang, d);
  const other = lang === "zh" ? d.nameEn : d.name;
  return [
    h(
      "header",
      { className: "panel-header" },
      h(
        "span",
        { className: "type-chip", style: `background:${typeColor(d.type)}` },
        ontologyLabel(lang, "entity", d.type),
      ),
      h(
        "button",
        {
          type: "button",
          className: "close",
          "aria-label": t(lang, "close"),
          title: t(lang, "close"),
          onclick: () => actions.select(null),
        },
        "×",
      ),
    ),
    h(
      "h2",
      { className: "entity-name", tabindex: "-1", "data-testid": "details-heading" },
      entityLabel(d, lang),
    ),
    other && other !== entityLabel(d, lang) ? h("p", { className: "entity-name-other" }, other) : null,
    d.description && lang === "en" ? h("p", { className: "description" }, d.description) : null,
    d.aliases.length > 0
      ? h(
          "p",
          { className: "aliases" },
          `${t(lang, "aliases")}${colon(lang)}`,
          d.aliases.join(lang === "zh" ? "、" : ", "),
        )
      : null,
    d.type === "ZONE"
      ? h(
          "button",
          {
            type: "button",
            className: "primary",
            "data-testid": "show-tied",
            onclick: () => actions.focusZone(d.id),
          },
          t(lang, "showTied"),
        )
      : null,
    attrs.length > 0
      ? h(
          "section",
          {},
          h("h3", {}, t(lang, "attributes")),
          h(
            "dl",
            { className: "attributes" },
            attrs.flatMap(([k, v]) => [h("dt", {}, k), h("dd", {}, v)]),
          ),
        )
      : null,
    d.metrics.length > 0
      ? h(
          "section",
          {},
          h("h3", {}, t(lang, "metrics")),
          h(
            "table",
            { className: "metrics" },
            h(
              "colgroup",
              {},
              h("col", { className: "c-metric" }),
              h("col", { className: "c-value" }),
              h("col", { className: "c-period" }),
            ),
            h(
              "thead",
              {},
              h(
                "tr",
                {},
                h("th", { scope: "col" }, t(lang, "metric")),
                h("th", { scope: "col" }, t(lang, "value")),
                h("th", { scope: "col" }, t(lang, "period")),
              ),
            ),
            h(
              "tbody",
              {},
              d.metrics.map((m) =>
                h(
                  "tr",
                  { title: m.evidence[0]?.quote ?? "" },
                  h("td", {}, metricLabel(lang, m)),
                  h("td", { className: "num" }, metricValue(lang, m)),
                  h("td", {}, formatPeriod(m.period, lang)),
                ),
              ),
            ),
          ),
        )
      : null,
    h(
      "section",
      {},
      h("h3", {}, `${t(lang, "relations")} (${d.relations.length})`),
      d.relations.length > 0
        ? h(
            "ul",
            { className: "relations" },
            d.relations.map((r) => relationRow(lang, d.id, r, actions)),
          )
        : h("p", { className: "muted" }, t(lang, "none")),
    ),
    h("section", {}, h("h3", {}, t(lang, "evidence")), evidenceList(lang, d)),
  ];
}

/** Mounts the details panel; returns its render function (it shows `state.details`). */
export function mountDetailsPanel(root: HTMLElement, actions: DetailsActions): (state: AppState) => void {
  root.setAttribute("data-testid", "details-panel");
  root.classList.add("panel", "details-panel");
  // Focus moves to the heading of each entity selected after start-up (not to the one a link opens).
  let focused: string | null = null;
  let started = false;
  // Redraw only when what the panel shows changed, not on every hover.
  let drawn: {
    details: AppState["details"];
    lang: string;
    lookup: AppState["suggestions"]["lookup"] | null;
  } | null = null;
  return (state) => {
    const { details, lang } = state;
    // The lookup's suggestions matter only to an entity not found.
    const lookup =
      details !== null && "entity" in details && details.entity === null ? state.suggestions.lookup : null;
    // Whatever is selected once the graph is drawn was chosen by the user.
    if (state.status.kind === "ready" && (details === null || !("loading" in details))) started = true;
    if (drawn && drawn.details === details && drawn.lang === lang && drawn.lookup === lookup) return;
    drawn = { details, lang, lookup };
    if (details === null) {
      focused = null;
      delete root.dataset["entityId"];
      root.removeAttribute("aria-busy");
      replaceChildren(root, h("p", { className: "muted" }, t(lang, "detailsEmpty")));
      return;
    }
    if ("loading" in details) {
      replaceChildren(root, h("p", { className: "muted" }, t(lang, "loadingDetails")));
      root.setAttribute("aria-busy", "true");
      return;
    }
    root.removeAttribute("aria-busy");
    root.dataset["entityId"] = details.id;
    if ("failed" in details)
      replaceChildren(
        root,
        h("p", { className: "error", role: "alert" }, t(lang, "errorDetails") + details.failed),
      );
    else if (details.entity === null)
      replaceChildren(
        root,
        notFoundView(lang, details.id, state.suggestions.lookup, actions.chooseLookup, () =>
          actions.select(null),
        ),
      );
    else {
      replaceChildren(root, render(lang, details.entity, actions));
      if (started && focused !== details.id) root.querySelector<HTMLElement>(".entity-name")?.focus();
      focused = details.id;
    }
  };
}
