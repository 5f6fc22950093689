/**
 * The folder's append-only journal (journal.jsonl): one JSON record per line for every draft
 * created, decision, fact added and publish (intent, then commit), with who, when and the
 * proposer's version. Appends are fsynced; a line torn by a crash is cut off on recovery.
 */
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, truncateSync, writeSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { fsyncDir } from "./atomic-write.ts";
import { CurationError } from "./curation-error.ts";

/** The journal's folder-relative path. */
export const JOURNAL_FILE = "journal.jsonl";

const Common = {
  at: z.string(),
  curator: z.string(),
  draftId: z.string(),
};

/** A file a publish writes: where, its staged copy, and the SHA-256 of its new content. */
export const PublishFileSchema = z.strictObject({ path: z.string(), staged: z.string(), sha256: z.string() });

/** One journal record. */
export const JournalRecordSchema = z.discriminatedUnion("kind", [
  z.strictObject({
    kind: z.literal("draft-created"),
    ...Common,
    version: z.number(),
    proposerVersion: z.string(),
    sourceId: z.string(),
  }),
  z.strictObject({
    kind: z.literal("decision"),
    ...Common,
    version: z.number(),
    proposerVersion: z.string(),
    decisions: z.unknown(),
  }),
  z.strictObject({
    kind: z.literal("fact-added"),
    ...Common,
    version: z.number(),
    proposerVersion: z.string(),
    fact: z.unknown(),
  }),
  z.strictObject({
    kind: z.literal("publish-intent"),
    ...Common,
    publishId: z.string(),
    graphVersion: z.number().int(),
    proposerVersion: z.string(),
    sourceId: z.string(),
    files: z.array(PublishFileSchema),
    added: z.strictObject({ entities: z.number(), relations: z.number(), metrics: z.number() }),
  }),
  z.strictObject({
    kind: z.literal("publish-commit"),
    ...Common,
    publishId: z.string(),
    graphVersion: z.number().int(),
    /** True when start-up recovery completed the publish after a crash. */
    recovered: z.boolean(),
  }),
]);
/** A journal record. */
export type JournalRecord = z.infer<typeof JournalRecordSchema>;

/** Appends `record` to the journal of `dir` and fsyncs it. */
export function appendJournal(dir: string, record: JournalRecord): void {
  const path = join(dir, JOURNAL_FILE);
  const created = !existsSync(path);
  const fd = openSync(path, "a");
  try {
    writeSync(fd, `${JSON.stringify(record)}\n`);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  if (created) fsyncDir(dir);
}

/** Every record of the journal of `dir`; CORRUPT naming the line when one does not parse. */
export function readJournal(dir: string): JournalRecord[] {
  const path = join(dir, JOURNAL_FILE);
  if (!existsSync(path)) return [];
  const lines = readFileSync(path, "utf8").split("\n");
  if (lines.at(-1) === "") lines.pop();
  return lines.map((line, i) => {
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      throw new CurationError("CORRUPT", `${JOURNAL_FILE}:${i + 1}: not a JSON record`);
    }
    const parsed = JournalRecordSchema.safeParse(json);
    if (!parsed.success)
      throw new CurationError(
        "CORRUPT",
        `${JOURNAL_FILE}:${i + 1}: ${parsed.error.issues[0]?.message ?? "bad record"}`,
      );
    return parsed.data;
  });
}

/** Cuts a last line torn by a crash mid-append (it was never acknowledged); returns bytes cut. */
export function repairJournalTail(dir: string): number {
  const path = join(dir, JOURNAL_FILE);
  if (!existsSync(path)) return 0;
  const bytes = readFileSync(path);
  if (bytes.length === 0 || bytes[bytes.length - 1] === 0x0a) return 0;
  const keep = bytes.lastIndexOf(0x0a) + 1;
  truncateSync(path, keep);
  const fd = openSync(path, "r+");
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  return bytes.length - keep;
}
