/**
 * Reading the drafts of a curated folder (drafts/<id>.json, parsed with DraftSchema): what a server
 * answers `draft`/`drafts` with, without opening the folder for writing (drafts are replaced
 * atomically, so a reader never sees half a file).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { CurationError } from "./curation-error.ts";
import { DraftSchema, type Draft, type DraftStatus } from "./draft.ts";

/** The draft `id` of folder `dir`; NOT_FOUND when there is none, CORRUPT when its file does not parse. */
export function readDraft(dir: string, id: string): Draft {
  const path = join(dir, "drafts", `${id}.json`);
  if (!/^[a-z0-9-]+$/.test(id) || !existsSync(path))
    throw new CurationError("NOT_FOUND", `no draft "${id}"`, "draftId");
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new CurationError("CORRUPT", `drafts/${id}.json: ${String(error)}`);
  }
  const parsed = DraftSchema.safeParse(json);
  if (!parsed.success)
    throw new CurationError("CORRUPT", `drafts/${id}.json: ${parsed.error.issues[0]?.message ?? ""}`);
  return parsed.data;
}

/** Every draft of folder `dir` (with `status`: those only), newest first. */
export function listDrafts(dir: string, status?: DraftStatus): Draft[] {
  const drafts = join(dir, "drafts");
  if (!existsSync(drafts)) return [];
  return readdirSync(drafts)
    .filter((f) => /^[a-z0-9-]+\.json$/.test(f))
    .map((f) => readDraft(dir, f.slice(0, -5)))
    .filter((d) => status === undefined || d.status === status)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id));
}
