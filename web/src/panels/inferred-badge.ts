/**
 * The "推断 / inferred" badge of a relation the curators inferred rather than read in the text,
 * with the reason as its tooltip (and as text for screen readers).
 */
import { t, type Lang } from "../state/i18n.ts";
import { h } from "./dom.ts";

/** The badge of an inferred relation, or null for a stated one. */
export function inferredBadge(
  lang: Lang,
  relation: { inferred?: boolean; inferenceReason?: string | null },
): HTMLElement | null {
  if (relation.inferred !== true) return null;
  // Curators write the reason in English: the Chinese interface says only that it is inferred.
  const reason = lang === "en" && relation.inferenceReason ? `: ${relation.inferenceReason}` : "";
  const why = `${t(lang, "inferredTitle")}${reason}`;
  return h(
    "abbr",
    {
      className: "inferred-badge",
      title: why,
      "aria-label": why,
      "data-testid": "inferred-badge",
      tabindex: "0",
    },
    t(lang, "inferred"),
  );
}
