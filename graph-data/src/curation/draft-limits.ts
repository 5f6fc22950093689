/**
 * How large a draft can be, so that what a server returns about one is bounded (its complexity
 * budget costs the curation lists by these numbers). An article is at most MAX_ARTICLE_CHARS; the
 * proposer makes about one proposal per 35 characters (the corpus page: 6,532 characters → 55
 * entities, 52 relations, 78 figures: at most 239 of one kind in 20,000 characters), so MAX_PROPOSALS
 * per kind is about twice that. A proposal keeps its first MAX_EVIDENCE spans and MAX_LINKS candidates.
 */
import { badInput } from "./curation-error.ts";
import type { Draft } from "./draft.ts";

/** Most characters of an article's text (about three newspaper pages). */
export const MAX_ARTICLE_CHARS = 20_000;
/** Most entity, relation or metric proposals of one kind in a draft. */
export const MAX_PROPOSALS = 500;
/** Most evidence spans of one proposal (further mentions quote the same name again). */
export const MAX_EVIDENCE = 20;
/** Most link candidates of one proposed entity (the proposer's first, best ones). */
export const MAX_LINKS = 10;
/** Most titles (designations) of one proposed zone. */
export const MAX_DESIGNATIONS = 10;
/** Most evidence spans of one proposed designation. */
export const MAX_DESIGNATION_EVIDENCE = 4;

/** `draft` with the proposer's long lists cut to the limits (evidence, link candidates, designations). */
export function trimmedDraft(draft: Draft): Draft {
  return {
    ...draft,
    entities: draft.entities.map((e) => ({
      ...e,
      evidence: e.evidence.slice(0, MAX_EVIDENCE),
      linksTo: e.linksTo.slice(0, MAX_LINKS),
      ...(e.designations
        ? {
            designations: e.designations
              .slice(0, MAX_DESIGNATIONS)
              .map((d) => ({ ...d, evidence: d.evidence.slice(0, MAX_DESIGNATION_EVIDENCE) })),
          }
        : {}),
    })),
    relations: draft.relations.map((r) => ({ ...r, evidence: r.evidence.slice(0, MAX_EVIDENCE) })),
    metrics: draft.metrics.map((m) => ({ ...m, evidence: m.evidence.slice(0, MAX_EVIDENCE) })),
  };
}

/** Throws BAD_INPUT naming `field` when `draft` holds more proposals or spans than the limits allow. */
export function checkDraftLimits(draft: Draft, field: string): void {
  for (const kind of ["entities", "relations", "metrics"] as const) {
    const list = draft[kind];
    if (list.length > MAX_PROPOSALS)
      throw badInput(
        field,
        `a draft holds at most ${MAX_PROPOSALS} ${kind}; this one would hold ${list.length}: split the article`,
      );
    const long = list.find((p) => p.evidence.length > MAX_EVIDENCE);
    if (long)
      throw badInput(field, `proposal ${long.id} would have more than ${MAX_EVIDENCE} evidence spans`);
  }
}

/** Throws BAD_INPUT naming `field` when an article's text is longer than MAX_ARTICLE_CHARS. */
export function checkArticleLength(text: string, field: string): void {
  if (text.length > MAX_ARTICLE_CHARS)
    throw badInput(
      field,
      `an article is at most ${MAX_ARTICLE_CHARS} characters; this one has ${text.length}: split it`,
    );
}
