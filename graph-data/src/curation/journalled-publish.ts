/**
 * Writes the several files of one publish so that a crash at any point leaves all of them or none:
 * each new content is staged (fsynced) under .staging/, an intent record listing the files and
 * their hashes is journalled, the staged files are renamed into place, then a commit record is
 * journalled. `recoverFolder` runs before anything is served: it cuts a torn journal line, rolls
 * an intent without a commit forward (its staged copies are durable), and clears leftovers.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fsyncDir, isTempFile, sha256, writeDurable } from "./atomic-write.ts";
import { CurationError } from "./curation-error.ts";
import { appendJournal, readJournal, repairJournalTail, type JournalRecord } from "./journal.ts";

/** The staging directory's folder-relative path. */
export const STAGING_DIR = ".staging";

/** An intent record without its files (filled in by `commitFiles`). */
export type PublishIntent = Omit<Extract<JournalRecord, { kind: "publish-intent" }>, "kind" | "files">;

/** Writes `files` (folder-relative path → content, in rename order) to `dir` as one journalled publish. */
export function commitFiles(
  dir: string,
  intent: PublishIntent,
  files: readonly (readonly [string, string])[],
): void {
  const staging = join(dir, STAGING_DIR, intent.publishId);
  mkdirSync(staging, { recursive: true });
  const listed = files.map(([path, content], i) => {
    const staged = `${STAGING_DIR}/${intent.publishId}/${i}`;
    writeDurable(join(dir, staged), content);
    return { path, staged, sha256: sha256(content) };
  });
  fsyncDir(staging);
  fsyncDir(join(dir, STAGING_DIR));
  appendJournal(dir, { kind: "publish-intent", ...intent, files: listed });
  applyIntent(dir, listed);
  appendJournal(dir, {
    kind: "publish-commit",
    at: intent.at,
    curator: intent.curator,
    draftId: intent.draftId,
    publishId: intent.publishId,
    graphVersion: intent.graphVersion,
    recovered: false,
  });
  // Publishes hold the folder's lock, so no other publish is staging beside this one.
  rmSync(join(dir, STAGING_DIR), { recursive: true, force: true });
}

/** Renames each staged file into place (those already renamed are checked by hash). */
function applyIntent(dir: string, files: readonly { path: string; staged: string; sha256: string }[]): void {
  const dirs = new Set<string>();
  for (const f of files) {
    const target = join(dir, f.path);
    const staged = join(dir, f.staged);
    mkdirSync(dirname(target), { recursive: true });
    if (existsSync(staged)) renameSync(staged, target);
    else if (!existsSync(target) || sha256(readFileSync(target)) !== f.sha256)
      throw new CurationError(
        "CORRUPT",
        `${f.path}: its staged copy is gone and it does not hold the published content`,
      );
    dirs.add(dirname(target));
  }
  for (const d of dirs) fsyncDir(d);
}

/** What recovery did. */
export interface Recovery {
  /** Bytes of a torn last journal line that were cut. */
  tornBytes: number;
  /** Publish ids completed after a crash. */
  completed: string[];
  /** Publish ids rolled back: staged, but their intent never reached the journal. */
  rolledBack: string[];
  /** Leftover staging directories and temporary files removed. */
  removed: string[];
}

/** Brings `dir` back to a whole state after a crash (see the module header). */
export function recoverFolder(dir: string): Recovery {
  const tornBytes = repairJournalTail(dir);
  const records = readJournal(dir);
  const committed = new Set(records.flatMap((r) => (r.kind === "publish-commit" ? [r.publishId] : [])));
  const completed: string[] = [];
  for (const r of records) {
    if (r.kind !== "publish-intent" || committed.has(r.publishId)) continue;
    applyIntent(dir, r.files);
    appendJournal(dir, {
      kind: "publish-commit",
      at: new Date().toISOString(),
      curator: r.curator,
      draftId: r.draftId,
      publishId: r.publishId,
      graphVersion: r.graphVersion,
      recovered: true,
    });
    completed.push(r.publishId);
  }
  const removed: string[] = [];
  const rolledBack: string[] = [];
  if (existsSync(join(dir, STAGING_DIR))) {
    const intents = new Set(records.flatMap((r) => (r.kind === "publish-intent" ? [r.publishId] : [])));
    for (const id of readdirSync(join(dir, STAGING_DIR))) {
      removed.push(`${STAGING_DIR}/${id}`);
      if (!intents.has(id)) rolledBack.push(id);
    }
    rmSync(join(dir, STAGING_DIR), { recursive: true, force: true });
  }
  for (const sub of ["", "facts", "sources", "drafts"]) {
    const d = join(dir, sub);
    if (!existsSync(d)) continue;
    for (const name of readdirSync(d).filter(isTempFile)) {
      rmSync(join(d, name), { force: true });
      removed.push(sub === "" ? name : `${sub}/${name}`);
    }
  }
  return { tornBytes, completed, rolledBack, removed };
}
