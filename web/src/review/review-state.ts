/**
 * The review page's whole state: language, whether a curator is signed in (and why not), the open
 * drafts, the draft under review with the proposal in focus, a span being edited, a fact being
 * added, what is running, the last notice, and what a publish did. Changes go through the named
 * producers of `review-producers.ts`.
 */
import type { Lang } from "../state/i18n.ts";
import type { Draft, DraftListing } from "./review-types.ts";

/** A short message about the last action (shown in one status line, never a whole panel). */
export interface Notice {
  kind: "ok" | "conflict" | "error" | "rejected";
  message: string;
}

/** A span being edited with the arrow keys, not yet saved. */
export interface PendingSpan {
  proposalId: string;
  start: number;
  end: number;
}

/** The add-a-fact form, open on a selected span of the text. */
export interface FactSpan {
  start: number;
  end: number;
  quote: string;
}

/** What a publish did, and where to see it in the explorer. */
export interface Published {
  graphVersion: number;
  added: { entities: number; relations: number; metrics: number };
  zoneId: string | null;
  entityId: string | null;
}

/** What is running (the controls wait for it). */
export type Busy = "sign-in" | "ingest" | "decide" | "publish" | "load" | null;

/** Everything the review page shows. */
export interface ReviewState {
  lang: Lang;
  signedIn: boolean;
  /** Why the sign-in form is shown again: the token was refused. */
  authProblem: "wrong" | null;
  curator: string;
  openDrafts: readonly DraftListing[];
  draft: Draft | null;
  /** The proposal in focus. */
  cursor: string | null;
  pending: PendingSpan | null;
  /** The type picker of the proposal in focus is open. */
  retyping: boolean;
  fact: FactSpan | null;
  busy: Busy;
  notice: Notice | null;
  published: Published | null;
}

/** Which screen the state shows. */
export type Phase = "sign-in" | "compose" | "review" | "published";

/** The screen of a state. */
export function phaseOf(s: ReviewState): Phase {
  if (!s.signedIn) return "sign-in";
  if (s.published !== null) return "published";
  return s.draft !== null ? "review" : "compose";
}

/** The state a page opens on. */
export function initialReviewState(lang: Lang, curator: string, signedIn: boolean): ReviewState {
  return {
    lang,
    signedIn,
    authProblem: null,
    curator,
    openDrafts: [],
    draft: null,
    cursor: null,
    pending: null,
    retyping: false,
    fact: null,
    busy: null,
    notice: null,
    published: null,
  };
}
