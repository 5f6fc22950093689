/**
 * The details panel of the selected entity: type, names and aliases, attributes (investment in
 * 亿元 and yuan, capacity, level, status), metrics with periods, relations as links, and each piece
 * of evidence as the quote highlighted inside its sentence with the article's title and authors.
 * It renders `state.details` (loaded by an effect) and fetches nothing.
 */
import type {
  EntityDetails,
  EvidenceItem,
  MetricItem,
  RelationItem,
  SearchHitItem,
} from "../api/api-types.ts";
import type { AppState } from "../state/app-state.ts";
import { quoteInSentence } from "../state/evidence-sentence.ts";
import { formatCapacity, formatPeriod, formatValue, formatYuan, withQualifier } from "../state/format.ts";
import { ontologyLabel, t, type Lang } from "../state/i18n.ts";
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

function evidenceList(lang: Lang, evidence: readonly EvidenceItem[]): HTMLElement {
  if (evidence.length === 0) return h("p", { className: "muted" }, t(lang, "none"));
  return h(
    "ol",
    { className: "evidence-list" },
    evidence.map((ev) => {
      const s = quoteInSentence(ev);
      const authors = ev.source.authors.join(lang === "zh" ? "、" : ", ");
      return h(
        "li",
        {},
        h("blockquote", { "data-testid": "evidence" }, s.before, h("mark", {}, s.quote), s.after),
        h(
          "p",
          { className: "cite" },
          "— ",
          h("cite", {}, ev.source.title),
          authors ? `（${t(lang, "authors")}：${authors}）` : null,
        ),
      );
    }),
  );
}

function relationRow(lang: Lang, id: string, r: RelationItem, actions: DetailsActions): HTMLElement {
  const outgoing = r.from.id === id;
  const other = outgoing ? r.to : r.from;
  const verb = ontologyLabel(lang, "relation", r.type);
  return h(
    "li",
    { className: "relation" },
    h("span", { className: "relation-verb" }, outgoing ? `${verb} →` : `← ${verb}`),
    " ",
    h(
      "button",
      { type: "button", className: "link", onclick: () => actions.select(other.id) },
      h("span", { className: "swatch", style: `background:${typeColor(other.type)}`, "aria-hidden": "true" }),
      entityLabel(other, lang),
    ),
    showTitle(lang, r) ? h("span", { className: "relation-title" }, ` · ${r.title}`) : null,
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
  // Curators write notes in English: shown in English, a tooltip in Chinese.
  const value = withQualifier(formatValue(m.value, m.unit, lang), m.qualifier, lang);
  if (!m.note) return [value];
  return lang === "en"
    ? [value, h("span", { className: "note" }, ` (${m.note})`)]
    : [h("span", { title: m.note }, value)];
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
    h("h2", { className: "entity-name" }, entityLabel(d, lang)),
    other && other !== entityLabel(d, lang) ? h("p", { className: "entity-name-other" }, other) : null,
    d.description && lang === "en" ? h("p", { className: "description" }, d.description) : null,
    d.aliases.length > 0
      ? h(
          "p",
          { className: "aliases" },
          `${t(lang, "aliases")}：`,
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
    h("section", {}, h("h3", {}, t(lang, "evidence")), evidenceList(lang, d.evidence)),
  ];
}

/** Mounts the details panel; returns its render function (it shows `state.details`). */
export function mountDetailsPanel(root: HTMLElement, actions: DetailsActions): (state: AppState) => void {
  root.setAttribute("data-testid", "details-panel");
  root.classList.add("panel", "details-panel");
  root.setAttribute("aria-live", "polite");
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
    if (drawn && drawn.details === details && drawn.lang === lang && drawn.lookup === lookup) return;
    drawn = { details, lang, lookup };
    if (details === null) {
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
    else replaceChildren(root, render(lang, details.entity, actions));
  };
}
