/**
 * The name of a curated folder's graph (`stats.name`), from its own data: a folder with a page in
 * sources.yaml is named after it as the corpus always was ("ZoneGraph corpus: 科技日报 园区 2023",
 * from the page's publication, section and date); a folder of standalone articles is "ZoneGraph".
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { z } from "zod";

const PageSchema = z.object({
  page: z.object({
    publication: z.string().optional(),
    section: z.string().optional(),
    date: z.union([z.string(), z.number()]).optional(),
  }),
});

/** The graph name of curated folder `dir`. */
export function folderGraphName(dir: string): string {
  const file = join(dir, "sources.yaml");
  if (!existsSync(file)) return "ZoneGraph";
  // The loader reports a bad sources.yaml; here an unreadable page just gives the plain name.
  const parsed = PageSchema.safeParse(parse(readFileSync(file, "utf8")));
  if (!parsed.success) return "ZoneGraph";
  const { publication, section, date } = parsed.data.page;
  const words = [publication, section, date === undefined ? undefined : String(date)].filter(
    (w): w is string => w !== undefined && w.trim() !== "",
  );
  return words.length > 0 ? `ZoneGraph corpus: ${words.join(" ")}` : "ZoneGraph";
}
