/**
 * Durable file writes: a temporary file beside the target (hidden, ending in .tmp so no loader
 * picks it up), fsync, rename over the target, fsync of the directory — a crash leaves the old
 * file or the new one, never a torn one.
 */
import { createHash, randomBytes } from "node:crypto";
import { closeSync, fsyncSync, openSync, renameSync, writeSync } from "node:fs";
import { basename, dirname, join } from "node:path";

/** Writes `data` to `path` and fsyncs it (no rename: for files nobody reads until renamed). */
export function writeDurable(path: string, data: string): void {
  const fd = openSync(path, "w");
  try {
    writeSync(fd, data);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Flushes a directory's entries (a rename or a new file in it) to disk. */
export function fsyncDir(dir: string): void {
  const fd = openSync(dir, "r");
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Replaces `path` with `data` atomically and durably. */
export function writeFileAtomic(path: string, data: string): void {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  writeDurable(tmp, data);
  renameSync(tmp, path);
  fsyncDir(dirname(path));
}

/** Is `name` a temporary file of writeFileAtomic (left behind by a crash)? */
export function isTempFile(name: string): boolean {
  return name.startsWith(".") && name.endsWith(".tmp");
}

/** The hex SHA-256 of `data` (UTF-8). */
export function sha256(data: string | Buffer): string {
  return createHash("sha256").update(data).digest("hex");
}
