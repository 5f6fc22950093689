/**
 * A tiny hand-made ZoneGraph as GraphParts: one source, a zone with a metric and a designation, a
 * company and a project with details, two relations (one with a title). Small enough to flip every bit of its
 * snapshot, rich enough to use every section and every kind of attribute.
 */
import type { GraphParts } from "../src/snapshot/graph-parts.ts";
import type { Evidence } from "../src/types.ts";

const TEXT =
  "甲高新区有国家级研发平台3个。甲乙科技有限公司位于甲高新区，储能项目总投资2亿元。甲高新区2020年获批国家级示范区。";

/** Evidence for the first occurrence of `quote` in the tiny graph's source. */
export function tinyEvidence(quote: string): Evidence {
  const start = TEXT.indexOf(quote);
  if (start < 0) throw new Error(`tiny-graph: "${quote}" is not in the text`);
  return { sourceId: "article-a", quote, start, end: start + quote.length };
}

/** A fresh copy of the tiny graph (tests may damage it). */
export function tinyGraph(): GraphParts {
  return {
    attributes: {
      name: "tiny",
      sources: [
        {
          id: "article-a",
          title: "甲高新区",
          publication: "科技日报",
          authors: ["记者"],
          zoneId: "jia-zone",
          start: 0,
          end: TEXT.length,
          text: TEXT,
        },
      ],
    },
    nodes: [
      {
        id: "jia-zone",
        type: "ZONE",
        name: "甲高新区",
        nameEn: "Jia High-tech Zone",
        aliases: ["甲区"],
        evidence: [tinyEvidence("甲高新区有")],
        metrics: [
          {
            key: "rd_platforms_national",
            label: { zh: "国家级研发平台数量", en: "national-level R&D platforms" },
            value: 3,
            unit: "count",
            evidence: [tinyEvidence("国家级研发平台3个")],
          },
        ],
        level: "NATIONAL",
        designations: [
          {
            name: "国家级示范区",
            level: "NATIONAL",
            year: 2020,
            evidence: [tinyEvidence("甲高新区2020年获批国家级示范区")],
          },
        ],
      },
      {
        id: "jiayi-tech",
        type: "COMPANY",
        name: "甲乙科技有限公司",
        nameEn: "Jiayi Technology",
        aliases: [],
        evidence: [tinyEvidence("甲乙科技有限公司")],
        metrics: [],
      },
      {
        id: "storage-project",
        type: "PROJECT",
        name: "储能项目",
        nameEn: "Storage project",
        aliases: [],
        evidence: [tinyEvidence("储能项目总投资2亿元")],
        metrics: [],
        investmentYuan: 200_000_000,
        status: "PLANNED",
      },
    ],
    edges: [
      {
        source: 1,
        target: 0,
        attributes: {
          id: "LOCATED_IN:jiayi-tech->jia-zone",
          type: "LOCATED_IN",
          evidence: [tinyEvidence("甲乙科技有限公司位于甲高新区")],
        },
      },
      {
        source: 2,
        target: 0,
        attributes: {
          id: "LOCATED_IN:storage-project->jia-zone",
          type: "LOCATED_IN",
          title: "在建",
          evidence: [tinyEvidence("储能项目")],
          inferred: { reason: "the article is about the zone" },
        },
      },
    ],
  };
}
