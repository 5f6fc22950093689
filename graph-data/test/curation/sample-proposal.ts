/**
 * A small proposer answer for tests, about article `k` of a generated folder: a new company in
 * 示范第0高新区 (generated-zone-0), its LOCATED_IN relation and its R&D staff, with exact offsets.
 */
import type { ProposalDocument, Span } from "../../src/ingest/types.ts";

/** The proposal document of sample article `k` (source id `sample-<k>`). */
export function sampleProposal(k: number): ProposalDocument {
  const company = `新星${k}号材料有限公司`;
  const zone = "示范第0高新区";
  const text = `## 新星${k}号落户园区\n\n${company}位于${zone},现有专职研发人员${100 + k}人。${zone}管委会表示欢迎。\n`;
  const span = (quote: string, from = 0): Span => {
    const start = text.indexOf(quote, from);
    if (start < 0) throw new Error(`sample-proposal: "${quote}" is not in the text`);
    return { quote, start, end: start + quote.length };
  };
  return {
    source: { id: `sample-${k}`, title: `新星${k}号落户园区`, publication: "示范日报", authors: [], text },
    entities: [
      {
        id: "company-1",
        name: company,
        type: "COMPANY",
        aliases: [],
        confidence: 0.9,
        rule: "company-suffix",
        evidence: [span(company)],
        linksTo: [],
        flags: [],
      },
      {
        id: "zone-2",
        name: zone,
        type: "ZONE",
        aliases: [],
        confidence: 0.9,
        rule: "zone-suffix",
        evidence: [span(zone), span(zone, text.indexOf(zone) + 1)],
        linksTo: [{ id: "generated-zone-0", name: zone, type: "ZONE", reason: `same name "${zone}"` }],
        flags: [],
      },
    ],
    relations: [
      {
        type: "LOCATED_IN",
        from: "company-1",
        to: "zone-2",
        inferred: false,
        confidence: 0.9,
        rule: "located-in-verb",
        evidence: [span(`${company}位于${zone}`)],
      },
    ],
    metrics: [
      {
        entity: "company-1",
        key: "rd_staff",
        label: "专职研发人员",
        value: 100 + k,
        unit: "person",
        confidence: 0.8,
        rule: "figure",
        evidence: [span(`现有专职研发人员${100 + k}人`)],
      },
    ],
  };
}

/** The decisions that publish sample article: accept the company, link the zone, accept the rest. */
export const SAMPLE_DECISIONS = [
  { proposalId: "company-1", action: "ACCEPT" },
  { proposalId: "zone-2", action: "LINK", linkTo: "generated-zone-0" },
  { proposalId: "relation-1", action: "ACCEPT" },
  { proposalId: "metric-1", action: "ACCEPT" },
] as const;
