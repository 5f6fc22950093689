/**
 * The named producers of the review page's state (state → state, the same state when nothing
 * changes): signing in and out, drafts arriving (keeping the curator's place), moving the focus,
 * editing a span, the type picker, the add-a-fact form, what runs, notices and a publish.
 */
import type { Lang } from "../state/i18n.ts";
import { findProposal, orderedProposals } from "./proposal-order.ts";
import type { Busy, FactSpan, Notice, Published, ReviewState } from "./review-state.ts";
import type { Draft, DraftListing } from "./review-types.ts";
import { nudgeSpan, type SpanNudge } from "./span-edit.ts";

/** The interface language changes. */
export const setLang =
  (lang: Lang) =>
  (s: ReviewState): ReviewState =>
    s.lang === lang ? s : { ...s, lang };

/** The server accepted the curator's token. */
export const signedIn =
  (curator: string) =>
  (s: ReviewState): ReviewState => ({ ...s, signedIn: true, authProblem: null, curator, busy: null });

/** The token is missing or was refused: the sign-in form again (the draft and place are kept). */
export const signedOut =
  (problem: "wrong" | null) =>
  (s: ReviewState): ReviewState => ({ ...s, signedIn: false, authProblem: problem, busy: null });

/** The open drafts to resume. */
export const openDraftsLoaded =
  (drafts: readonly DraftListing[]) =>
  (s: ReviewState): ReviewState => ({ ...s, openDrafts: drafts });

/** Something starts running (null: it ended). */
export const setBusy =
  (busy: Busy) =>
  (s: ReviewState): ReviewState =>
    s.busy === busy ? s : { ...s, busy };

/** A notice about the last action (null clears it). */
export const notify =
  (notice: Notice | null) =>
  (s: ReviewState): ReviewState => ({ ...s, notice, busy: null });

/**
 * A draft (new, changed, or reloaded after a conflict) arrives: the focus stays on the same proposal
 * when it still exists (else the first one); a span edit or type picker of a proposal that is gone
 * is dropped.
 */
export const draftLoaded =
  (draft: Draft, notice: Notice | null = null) =>
  (s: ReviewState): ReviewState => {
    const keep = s.cursor !== null && findProposal(draft, s.cursor) !== undefined;
    const cursor = keep ? s.cursor : (orderedProposals(draft)[0]?.p.id ?? null);
    const pendingKept = s.pending !== null && s.pending.proposalId === cursor && notice?.kind === "conflict";
    return {
      ...s,
      draft,
      cursor,
      pending: pendingKept ? s.pending : null,
      retyping: false,
      fact: null,
      busy: null,
      notice,
      published: null,
    };
  };

/** Moves the focus `delta` proposals on (clamped), dropping an unsaved span edit. */
export const moveCursor =
  (delta: number) =>
  (s: ReviewState): ReviewState => {
    if (s.draft === null) return s;
    const ids = orderedProposals(s.draft).map((x) => x.p.id);
    if (ids.length === 0) return s;
    const at = s.cursor === null ? -1 : ids.indexOf(s.cursor);
    const next = ids[Math.max(0, Math.min(ids.length - 1, at === -1 && delta < 0 ? 0 : at + delta))]!;
    return next === s.cursor ? s : { ...s, cursor: next, pending: null, retyping: false };
  };

/** Puts the focus on a proposal (a click). */
export const focusProposal =
  (id: string) =>
  (s: ReviewState): ReviewState =>
    s.cursor === id ? s : { ...s, cursor: id, pending: null, retyping: false };

/** An arrow key edits the span of the proposal in focus (its first mention), unsaved until accepted. */
export const editSpan =
  (how: SpanNudge) =>
  (s: ReviewState): ReviewState => {
    if (s.draft === null || s.cursor === null) return s;
    const x = findProposal(s.draft, s.cursor);
    const first = x?.p.evidence[0];
    if (!x || !first) return s;
    const from = s.pending?.proposalId === s.cursor ? s.pending : first;
    const next = nudgeSpan(from, s.draft.source.text.length, how);
    if (next.start === from.start && next.end === from.end) return s;
    // Back where it was: nothing to save.
    if (next.start === first.start && next.end === first.end) return { ...s, pending: null };
    return { ...s, pending: { proposalId: s.cursor, ...next } };
  };

/** Drops an unsaved span edit and closes the type picker and the fact form. */
export const cancelEdits = (s: ReviewState): ReviewState =>
  s.pending === null && !s.retyping && s.fact === null
    ? s
    : { ...s, pending: null, retyping: false, fact: null };

/** Opens (or closes) the type picker of the proposal in focus. */
export const setRetyping =
  (on: boolean) =>
  (s: ReviewState): ReviewState =>
    s.retyping === on || (on && s.cursor === null) ? s : { ...s, retyping: on };

/** Opens the add-a-fact form on a span of the text (null closes it). */
export const openFact =
  (span: FactSpan | null) =>
  (s: ReviewState): ReviewState => ({ ...s, fact: span, retyping: false });

/** A publish went through. */
export const publishedDraft =
  (draft: Draft, published: Published) =>
  (s: ReviewState): ReviewState => ({
    ...s,
    draft,
    published,
    pending: null,
    retyping: false,
    fact: null,
    busy: null,
    notice: null,
  });

/** Back to an empty article form (after a publish, or to leave a draft for later). */
export const newArticle = (s: ReviewState): ReviewState => ({
  ...s,
  draft: null,
  cursor: null,
  pending: null,
  retyping: false,
  fact: null,
  published: null,
  notice: null,
});
