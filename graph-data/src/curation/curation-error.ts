/**
 * The one error type of curation, with a code the server maps to a GraphQL error: a stale
 * `expectedVersion` is CONFLICT, bad input names its field, a publish the loader refuses carries
 * the loader's message.
 */

/** What went wrong, for the server to map (CONFLICT → 409-like, BAD_INPUT → 400-like …). */
export type CurationErrorCode =
  "CONFLICT" | "BAD_INPUT" | "NOT_FOUND" | "NOT_OPEN" | "PUBLISH_REJECTED" | "LOCKED" | "CORRUPT";

/** A curation failure: `code` for the server, `field` naming the bad input when there is one. */
export class CurationError extends Error {
  /** The kind of failure. */
  readonly code: CurationErrorCode;
  /** The input field at fault, e.g. "decisions[2].edit.span", when the failure is about input. */
  readonly field: string | undefined;

  constructor(code: CurationErrorCode, message: string, field?: string) {
    super(field === undefined ? message : `${field}: ${message}`);
    this.name = "CurationError";
    this.code = code;
    this.field = field;
  }
}

/** A BAD_INPUT error naming `field`. */
export function badInput(field: string, message: string): CurationError {
  return new CurationError("BAD_INPUT", message, field);
}

/** What `checkChangeable` reads of a draft. */
interface DraftState {
  id: string;
  status: string;
  version: number;
}

/** Throws NOT_OPEN unless the draft is still open, then CONFLICT unless `expected` is its current version. */
export function checkChangeable(draft: DraftState, expected: number): void {
  if (draft.status !== "OPEN")
    throw new CurationError("NOT_OPEN", `draft ${draft.id} is ${draft.status}: it can no longer change`);
  if (expected !== draft.version)
    throw new CurationError(
      "CONFLICT",
      `draft ${draft.id} is at version ${draft.version}, not ${expected}: someone changed it; reload it and decide again`,
    );
}
