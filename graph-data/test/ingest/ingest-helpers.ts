/**
 * Helpers for the proposer's tests: propose on a short text without the existing graph and look
 * entities up by name.
 */
import { propose } from "../../src/ingest/propose.ts";
import type { ProposalDocument, ProposedEntity } from "../../src/ingest/types.ts";

/** Proposes for `text` (no graph). */
export function proposeText(text: string): ProposalDocument {
  return propose(text, { label: "test", meta: { id: "test-article" } });
}

/** The proposed entity named (or aliased) `name`, if any. */
export function entityNamed(doc: ProposalDocument, name: string): ProposedEntity | undefined {
  return doc.entities.find((e) => e.name === name || e.aliases.includes(name));
}
