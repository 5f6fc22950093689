/**
 * Turns the proposer's answer for one article into a new draft: every proposal PROPOSED, version 1,
 * status OPEN, stamped with who ingested it and the proposer's version, its lists cut to the
 * draft limits (draft-limits.ts).
 */
import type { ProposalDocument } from "../ingest/types.ts";
import { checkDraftLimits, trimmedDraft } from "./draft-limits.ts";
import { DraftSchema, type Actor, type Draft } from "./draft.ts";

/** A new OPEN draft `id` holding `doc`'s proposals, all undecided. */
export function createDraft(id: string, doc: ProposalDocument, actor: Actor, proposerVersion: string): Draft {
  const draft: Draft = {
    id,
    version: 1,
    status: "OPEN",
    proposerVersion,
    source: doc.source,
    entities: doc.entities.map((e) => ({ ...e, decision: "PROPOSED", origin: "PROPOSER" })),
    // The proposer numbers entities only; relations and metrics get ids in its order.
    relations: doc.relations.map((r, i) => ({
      ...r,
      id: `relation-${i + 1}`,
      decision: "PROPOSED",
      origin: "PROPOSER",
    })),
    metrics: doc.metrics.map((m, i) => ({
      ...m,
      id: `metric-${i + 1}`,
      decision: "PROPOSED",
      origin: "PROPOSER",
    })),
    createdBy: actor.curator,
    createdAt: actor.at,
    updatedBy: actor.curator,
    updatedAt: actor.at,
  };
  // The proposer's output is checked here once, so a draft file always parses back.
  const trimmed = trimmedDraft(DraftSchema.parse(draft));
  checkDraftLimits(trimmed, "input.text");
  return trimmed;
}
