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

/** Throws CONFLICT unless `expected` is the draft's current version. */
export function checkVersion(draftId: string, current: number, expected: number): void {
  if (expected !== current)
    throw new CurationError(
      "CONFLICT",
      `draft ${draftId} is at version ${current}, not ${expected}: someone changed it; reload it and decide again`,
    );
}
