/**
 * Loads data/sources.yaml: reads the raw page it names, normalises it (src/normalise.ts) and splits
 * the normalised page into articles at their anchors. Each article becomes a Source whose `text` is
 * its own slice of the page, so evidence offsets are relative to the article.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { z } from "zod";
import { LoadError, LoadErrors, zodLoadErrors } from "./load-errors.ts";
import { normalise, type NormalisedPage } from "../normalise.ts";
import type { Source } from "../types.ts";
import { readYamlFile } from "./yaml-file.ts";

const SourcesFileSchema = z.strictObject({
  page: z.strictObject({
    id: z.string().min(1),
    file: z.string().min(1),
    publication: z.string().min(1),
    section: z.string().optional(),
    date: z.string().optional(),
  }),
  articles: z
    .array(
      z.strictObject({
        id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "ids are kebab-case"),
        title: z.string().min(1),
        subtitle: z.string().optional(),
        authors: z.array(z.string().min(1)),
        zoneId: z.string().min(1),
        zoneNames: z.array(z.string().min(1)).min(1),
        anchor: z.string().min(1),
      }),
    )
    .min(1),
});

/** The normalised page and its articles as Sources. */
export interface LoadedSources {
  page: { id: string; text: string; normalisation: NormalisedPage };
  sources: Source[];
}

/** Loads a sources.yaml and the page it names; throws LoadErrors naming sources.yaml:line. */
export function loadSources(sourcesFile: string, displayPath = "sources.yaml"): LoadedSources {
  const yaml = readYamlFile(sourcesFile, displayPath);
  const parsed = SourcesFileSchema.safeParse(yaml.data);
  if (!parsed.success) throw new LoadErrors(zodLoadErrors(yaml, [], undefined, parsed.error));
  const { page, articles } = parsed.data;
  let raw: string;
  try {
    raw = readFileSync(join(dirname(sourcesFile), page.file), "utf8");
  } catch (cause) {
    throw new LoadErrors([
      new LoadError(
        displayPath,
        yaml.lineOf(["page", "file"]),
        `page ${page.id}`,
        `cannot read ${page.file}: ${String(cause)}`,
      ),
    ]);
  }
  let normalisation: NormalisedPage;
  try {
    normalisation = normalise(raw, articles);
  } catch (cause) {
    const message = cause instanceof Error ? cause.message : String(cause);
    const at = articles.findIndex((a) => message.includes(` ${a.id} `));
    throw new LoadErrors([
      new LoadError(displayPath, yaml.lineOf(["articles", Math.max(at, 0), "anchor"]), undefined, message),
    ]);
  }
  const text = normalisation.text;
  const sources = articles.map((article): Source => {
    const own = normalisation.paragraphs.filter((p) => p.articleId === article.id);
    const start = own[0]?.start ?? 0;
    const end = own[own.length - 1]?.end ?? 0;
    const source: Source = {
      id: article.id,
      title: article.title,
      publication: page.publication,
      authors: article.authors,
      zoneId: article.zoneId,
      start,
      end,
      text: text.slice(start, end),
    };
    if (article.subtitle !== undefined) source.subtitle = article.subtitle;
    if (page.section !== undefined) source.section = page.section;
    if (page.date !== undefined) source.date = page.date;
    return source;
  });
  return { page: { id: page.id, text, normalisation }, sources };
}
