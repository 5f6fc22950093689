/**
 * articles.yaml of a curated folder: the standalone articles published through curation, each a
 * whole text file under sources/ (not a slice of a page, as sources.yaml describes). Read with
 * file:line errors as LoadErrors, like every other data file; written by `articlesYaml`.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { stringify } from "yaml";
import { z } from "zod";
import { LoadError, LoadErrors, zodLoadErrors } from "../load/load-errors.ts";
import { readYamlFile } from "../load/yaml-file.ts";
import type { Source } from "../types.ts";

/** The folder-relative path of the standalone articles file. */
export const ARTICLES_FILE = "articles.yaml";

/** One standalone article. */
export const ArticleEntrySchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "ids are kebab-case"),
  file: z.string().regex(/^sources\/[^/]+\.txt$/, "a file under sources/"),
  title: z.string().min(1),
  publication: z.string().min(1),
  date: z.string().optional(),
  authors: z.array(z.string().min(1)),
  url: z.string().optional(),
  /** The zone the article is about ("" when none). */
  zoneId: z.string(),
});
/** An entry of articles.yaml. */
export type ArticleEntry = z.infer<typeof ArticleEntrySchema>;

const ArticlesFileSchema = z.strictObject({ articles: z.array(ArticleEntrySchema) });

const HEADER =
  "# Standalone articles published through curation (src/curation): each is one normalised text\n" +
  "# file under sources/; evidence offsets refer to the whole file.\n";

/** The entries of `path` (missing file: none); LoadErrors naming articles.yaml:line. */
export function readArticleEntries(path: string): ArticleEntry[] {
  let yaml;
  try {
    yaml = readYamlFile(path, ARTICLES_FILE);
  } catch (error) {
    if (error instanceof Error && "code" in error && error.code === "ENOENT") return [];
    throw error;
  }
  const parsed = ArticlesFileSchema.safeParse(yaml.data);
  if (!parsed.success) throw new LoadErrors(zodLoadErrors(yaml, [], undefined, parsed.error));
  const seen = new Set<string>();
  parsed.data.articles.forEach((a, i) => {
    if (seen.has(a.id))
      throw new LoadErrors([
        new LoadError(ARTICLES_FILE, yaml.lineOf(["articles", i, "id"]), `article ${a.id}`, "duplicate id"),
      ]);
    seen.add(a.id);
  });
  return parsed.data.articles;
}

/** The text of articles.yaml holding `entries`. */
export function articlesYaml(entries: readonly ArticleEntry[]): string {
  return HEADER + stringify({ articles: entries }, { lineWidth: 0 });
}

/** The Sources of `entries`, each text read by `readText` (folder-relative path → text). */
export function articleSources(
  entries: readonly ArticleEntry[],
  readText: (file: string) => string,
): Source[] {
  return entries.map((a, i) => {
    let text: string;
    try {
      text = readText(a.file);
    } catch (cause) {
      throw new LoadErrors([
        new LoadError(
          ARTICLES_FILE,
          0,
          `article ${a.id} (#${i + 1})`,
          `cannot read ${a.file}: ${String(cause)}`,
        ),
      ]);
    }
    const source: Source = {
      id: a.id,
      title: a.title,
      publication: a.publication,
      authors: a.authors,
      zoneId: a.zoneId,
      start: 0,
      end: text.length,
      text,
    };
    if (a.date !== undefined) source.date = a.date;
    return source;
  });
}

/** Reads a folder-relative file of `dir`. */
export function readFolderFile(dir: string, file: string): string {
  return readFileSync(join(dir, file), "utf8");
}
