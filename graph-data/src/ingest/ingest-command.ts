/**
 * The `pnpm ingest` command: parses arguments, reads the article (file or stdin), runs the proposer
 * and prints JSON or writes a draft; `eval` prints precision/recall tables. Returns what to print.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { CORPUS_DATA_DIR, loadCorpusGraph } from "../index.ts";
import { writeDraft } from "./draft-facts.ts";
import { formatEvaluation } from "./format-evaluation.ts";
import { evaluate } from "./evaluate.ts";
import { curatedGoldSets, heldOutGoldSets } from "./gold-sets.ts";
import { IngestError } from "./ingest-error.ts";
import { graphNames } from "./link-entities.ts";
import { propose } from "./propose.ts";
import type { SourceMeta } from "./types.ts";

/** A usage problem (unknown flag, missing file argument). */
export class IngestUsageError extends IngestError {
  override name = "IngestUsageError";
}

/** The usage text. */
export const INGEST_USAGE = `usage: pnpm ingest <article.txt | -> [--json] [--no-graph] [--title T] [--publication P] [--date D] [--authors A,B] [--url U] [--source-id ID] [--out DIR]
       pnpm ingest eval [--graph] [--heldout DIR]`;

/** The held-out articles with their expected facts (test/ingest/heldout/). */
export const HELDOUT_DIR = fileURLToPath(new URL("../../test/ingest/heldout/", import.meta.url));
/** The second held-out set, written later to measure generalisation again (test/ingest/heldout-2/). */
export const HELDOUT_2_DIR = fileURLToPath(new URL("../../test/ingest/heldout-2/", import.meta.url));
const VALUE_FLAGS = new Set([
  "--title",
  "--publication",
  "--date",
  "--authors",
  "--url",
  "--source-id",
  "--out",
  "--heldout",
]);
const BOOLEAN_FLAGS = new Set(["--json", "--no-graph", "--graph"]);

/** Runs the command for `argv`; `cwd` resolves file arguments; `stdin` reads "-". */
export function runIngest(argv: readonly string[], cwd: string, stdin: () => Uint8Array): string {
  const flags = new Map<string, string>();
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (VALUE_FLAGS.has(arg)) {
      const value = argv[++i];
      if (value === undefined) throw new IngestUsageError(`ingest: ${arg} needs a value\n${INGEST_USAGE}`);
      flags.set(arg, value);
    } else if (BOOLEAN_FLAGS.has(arg)) flags.set(arg, "true");
    else if (arg.startsWith("--"))
      throw new IngestUsageError(`ingest: unknown option ${arg}\n${INGEST_USAGE}`);
    else positional.push(arg);
  }
  if (positional[0] === "eval")
    return runEval(
      flags.has("--graph"),
      flags.get("--heldout") ? [resolve(cwd, flags.get("--heldout") ?? "")] : [HELDOUT_DIR, HELDOUT_2_DIR],
    );
  const input = positional[0];
  if (input === undefined || positional.length > 1)
    throw new IngestUsageError(`ingest: give one article file (or - for stdin)\n${INGEST_USAGE}`);
  const path = input === "-" ? undefined : resolve(cwd, input);
  if (path !== undefined && (!existsSync(path) || !statSync(path).isFile()))
    throw new IngestError(`ingest: ${input}: no such file`);
  const bytes = path === undefined ? stdin() : readFileSync(path);
  const label = path === undefined ? "stdin" : input;
  const meta: Partial<SourceMeta> = { id: flags.get("--source-id") ?? sourceIdOf(path) };
  for (const [flag, key] of [
    ["--title", "title"],
    ["--publication", "publication"],
    ["--date", "date"],
    ["--url", "url"],
  ] as const) {
    const value = flags.get(flag);
    if (value !== undefined) meta[key] = value;
  }
  const authors = flags.get("--authors");
  if (authors !== undefined)
    meta.authors = authors
      .split(/[,，、]/u)
      .map((a) => a.trim())
      .filter((a) => a !== "");
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/u.test(meta.id ?? ""))
    throw new IngestUsageError(`ingest: --source-id "${meta.id ?? ""}" must be kebab-case`);
  const graph = flags.has("--no-graph") ? undefined : graphNames(loadCorpusGraph());
  const doc = propose(bytes, { label, meta, ...(graph ? { graph } : {}) });
  if (flags.has("--json")) return JSON.stringify(doc, null, 2);
  const dir = writeDraft(
    doc,
    flags.get("--out") ? resolve(cwd, flags.get("--out") ?? "") : join(CORPUS_DATA_DIR, "drafts"),
  );
  return `ingest: ${doc.entities.length} entities, ${doc.relations.length} relations, ${doc.metrics.length} metrics proposed; draft written to ${dir}`;
}

function runEval(withGraph: boolean, heldOutDirs: readonly string[]): string {
  const graph = withGraph ? graphNames(loadCorpusGraph()) : undefined;
  const run = (sets: ReturnType<typeof curatedGoldSets>) =>
    evaluate(
      sets,
      sets.map((s) => propose(s.text, { label: s.id, meta: { id: s.id }, ...(graph ? { graph } : {}) })),
    );
  const parts = [
    formatEvaluation(
      `curated page (${withGraph ? "with" : "--no-graph, without"} the existing graph)`,
      run(curatedGoldSets()),
    ),
  ];
  for (const dir of heldOutDirs)
    if (existsSync(dir))
      parts.push(formatEvaluation(`held-out articles (${dir})`, run(heldOutGoldSets(dir))));
  return parts.join("\n\n");
}

function sourceIdOf(path: string | undefined): string {
  if (path === undefined) return "stdin-article";
  const stem = basename(path)
    .replace(/\.[^.]*$/u, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, "-")
    .replace(/^-+|-+$/gu, "");
  return stem === "" ? "article" : stem;
}
