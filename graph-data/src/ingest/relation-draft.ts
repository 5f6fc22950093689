/**
 * A relation as the rules find it, between entity keys (not yet ids), with the stretch of text that
 * states it; propose.ts turns keys into ids and stretches into quotes.
 */
import type { RelationType } from "../index.ts";

/** A relation between two entity keys. */
export interface RelationDraft {
  type: RelationType;
  from: string;
  to: string;
  title?: string;
  /** Why the text implies it, when it does not state it. */
  reason?: string;
  confidence: number;
  rule: string;
  start: number;
  end: number;
}

/** The key a mention stands for. */
export function keyOf(m: { key: string; refersTo?: string }): string {
  return m.refersTo ?? m.key;
}
