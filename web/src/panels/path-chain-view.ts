/**
 * Draws a chain of relations ("A —located in→ B ←owned by— C") with each entity a link and each
 * inferred relation marked.
 */
import type { EntitySummary, PathRelation } from "../api/api-types.ts";
import { ontologyLabel, type Lang } from "../state/i18n.ts";
import { entityLabel, showTitle } from "../state/labels.ts";
import { pathChain } from "../state/path-chain.ts";
import { h } from "./dom.ts";
import { inferredBadge } from "./inferred-badge.ts";

/** The chain from `start` along `relations`, entities as buttons calling `onPick`; `withStart: false` begins at the first verb. */
export function pathChainView(
  lang: Lang,
  start: EntitySummary,
  relations: readonly PathRelation[],
  onPick: (id: string) => void,
  withStart = true,
): HTMLElement {
  const link = (e: EntitySummary) =>
    h("button", { type: "button", className: "link", onclick: () => onPick(e.id) }, entityLabel(e, lang));
  const parts: (HTMLElement | string)[] = withStart ? [link(start)] : [];
  for (const step of pathChain(start.id, relations)) {
    const verb =
      ontologyLabel(lang, "relation", step.relation.type) +
      (showTitle(lang, step.relation) ? `（${step.relation.title}）` : "");
    const badge = inferredBadge(lang, step.relation);
    parts.push(
      h(
        "span",
        { className: badge ? "chain-verb inferred" : "chain-verb" },
        step.forward ? ` —${verb}` : ` ←${verb}`,
        badge,
        step.forward ? "→ " : "— ",
      ),
      link(step.to),
    );
  }
  return h("span", { className: "chain" }, parts);
}
