/**
 * Generates a curated folder of N standalone articles (deterministic for a seed): synthetic text
 * with generic names, one facts file per article — a company in a zone with its R&D staff, its
 * project and investment, its manager — and zones shared by ten articles each. For the bench's
 * "publish → visible" on a large folder, and as the base folder of the crash test.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { stringify } from "yaml";
import { Rng } from "../synth/rng.ts";
import { articlesYaml, type ArticleEntry } from "./articles-file.ts";

/** How many articles, and the seed of their figures. */
export interface GenerateOptions {
  articles: number;
  seed?: number;
}

/** Articles that share one zone (the first of them introduces it). */
const ARTICLES_PER_ZONE = 10;

/** Writes a curated folder of `options.articles` articles into `dir` (created if missing). */
export function generateCuratedFolder(dir: string, options: GenerateOptions): void {
  const rng = new Rng(options.seed ?? 1);
  for (const sub of ["sources", "facts", "drafts"]) mkdirSync(join(dir, sub), { recursive: true });
  const entries: ArticleEntry[] = [];
  for (let k = 0; k < options.articles; k++) {
    const id = `generated-${k}`;
    const z = Math.floor(k / ARTICLES_PER_ZONE);
    const zone = { id: `generated-zone-${z}`, name: `示范第${z}高新区` };
    const company = `示范${k}号科技有限公司`;
    const project = `示范${k}号产线项目`;
    const person = `司马${k}号`;
    const staff = 20 + Math.floor(rng.next() * 500);
    const investment = (1 + Math.floor(rng.next() * 90)) / 10;
    const lines = [
      `## 示范${k}号企业落户${zone.name}`,
      "",
      ...(k % ARTICLES_PER_ZONE === 0 ? [`${zone.name}地处示范平原,是一家综合性园区。`] : []),
      `${company}位于${zone.name},现有专职研发人员${staff}人。`,
      `${company}投资${investment}亿元建设${project}。`,
      `${person}担任${company}总经理。`,
      "",
    ];
    const text = lines.join("\n");
    const entities: unknown[] = [];
    if (k % ARTICLES_PER_ZONE === 0)
      entities.push({
        id: zone.id,
        type: "ZONE",
        name: zone.name,
        nameEn: `Generated zone ${z}`,
        evidence: [`${zone.name}地处示范平原`],
      });
    entities.push(
      {
        id: `${id}-company`,
        type: "COMPANY",
        name: company,
        nameEn: `Generated company ${k}`,
        evidence: [`${company}位于${zone.name}`],
        metrics: [
          {
            key: "rd_staff",
            value: staff,
            unit: "person",
            period: "as of publication",
            evidence: [`现有专职研发人员${staff}人`],
          },
        ],
      },
      {
        id: `${id}-project`,
        type: "PROJECT",
        name: project,
        nameEn: `Generated project ${k}`,
        investmentYuan: Math.round(investment * 1e8),
        evidence: [`投资${investment}亿元建设${project}`],
      },
      {
        id: `${id}-person`,
        type: "PERSON",
        name: person,
        nameEn: `Generated person ${k}`,
        evidence: [`${person}担任`],
      },
    );
    const relations = [
      { type: "LOCATED_IN", from: `${id}-company`, to: zone.id, evidence: [`${company}位于${zone.name}`] },
      {
        type: "OWNED_BY",
        from: `${id}-project`,
        to: `${id}-company`,
        evidence: [`${company}投资${investment}亿元建设${project}`],
      },
      {
        type: "ROLE_AT",
        from: `${id}-person`,
        to: `${id}-company`,
        title: "总经理",
        evidence: [`${person}担任${company}总经理`],
      },
    ];
    writeFileSync(join(dir, "sources", `${id}.txt`), text);
    writeFileSync(
      join(dir, "facts", `${id}.yaml`),
      stringify({ source: id, entities, relations }, { lineWidth: 0 }),
    );
    entries.push({
      id,
      file: `sources/${id}.txt`,
      title: `示范${k}号企业落户${zone.name}`,
      publication: "示范日报",
      authors: [],
      zoneId: zone.id,
    });
  }
  writeFileSync(join(dir, "articles.yaml"), articlesYaml(entries));
}
