/**
 * Serialises writers of a curated folder: `SerialQueue` runs one task at a time within a process,
 * `withFolderLock` holds a lock file (created with O_EXCL, holding the owner's pid) across
 * processes. A lock left by a process that died (SIGKILL) is taken over; a live owner is waited for.
 */
import { openSync, closeSync, readFileSync, statSync, unlinkSync, writeSync } from "node:fs";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { CurationError } from "./curation-error.ts";

/** The lock file's folder-relative path. */
export const LOCK_FILE = ".publish.lock";

/** Runs tasks one after another, in the order they were queued. */
export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();

  /** Runs `task` once every task queued before it has settled. */
  run<T>(task: () => T | Promise<T>): Promise<T> {
    const result = this.tail.then(task, task);
    this.tail = result.catch(() => undefined);
    return result;
  }
}

/** Runs `task` holding the lock file of `dir`; LOCKED when a live process holds it past `timeoutMs`. */
export async function withFolderLock<T>(
  dir: string,
  timeoutMs: number,
  task: () => T | Promise<T>,
): Promise<T> {
  const path = join(dir, LOCK_FILE);
  const deadline = Date.now() + timeoutMs;
  for (let wait = 5; ; wait = Math.min(wait * 2, 100)) {
    if (tryLock(path)) break;
    const owner = lockOwner(path);
    if (owner === undefined ? olderThan(path, 2000) : !alive(owner)) {
      // The owner died holding it (killed mid-publish): recovery, not the lock, keeps data whole.
      unlinkQuietly(path);
      continue;
    }
    if (Date.now() > deadline)
      throw new CurationError(
        "LOCKED",
        `${path} is held by process ${owner ?? "?"}: another publish is running`,
      );
    await sleep(wait);
  }
  try {
    return await task();
  } finally {
    unlinkQuietly(path);
  }
}

function tryLock(path: string): boolean {
  try {
    const fd = openSync(path, "wx");
    writeSync(fd, `${process.pid}\n`);
    closeSync(fd);
    return true;
  } catch (error) {
    if (error instanceof Error && "code" in error && error.code === "EEXIST") return false;
    throw error;
  }
}

function lockOwner(path: string): number | undefined {
  try {
    const pid = Number.parseInt(readFileSync(path, "utf8"), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error instanceof Error && "code" in error && error.code === "EPERM";
  }
}

/** An ownerless lock (its writer died between creating and writing it) is stale after a while. */
function olderThan(path: string, ms: number): boolean {
  try {
    return Date.now() - statSync(path).mtimeMs > ms;
  } catch {
    return false;
  }
}

function unlinkQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // already gone
  }
}
