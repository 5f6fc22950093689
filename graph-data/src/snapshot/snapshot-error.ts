/**
 * SnapshotError: what went wrong reading or writing a snapshot, naming the file and the problem
 * (bad magic, truncated, version mismatch, a section out of bounds or unreadable).
 */

/** An error about one snapshot file; the message starts with the module path and the file. */
export class SnapshotError extends Error {
  override readonly name = "SnapshotError";

  /** `file` is the path (or label) of the snapshot, `problem` what is wrong with it. */
  constructor(
    readonly file: string,
    readonly problem: string,
  ) {
    super(`graph-data/snapshot: ${file}: ${problem}`);
  }
}
