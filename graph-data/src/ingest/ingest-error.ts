/**
 * The proposer's one error type: bad input (empty, binary, undecodable) or bad arguments. The CLI
 * prints its message and exits non-zero; the message names what was wrong and where.
 */

/** An input or usage problem the user can fix. */
export class IngestError extends Error {
  override name = "IngestError";
}
