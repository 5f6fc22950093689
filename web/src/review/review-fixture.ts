/** A tiny hand-made draft for the review page's unit tests: a company, a zone, a relation, a figure. */
import type { Draft } from "./review-types.ts";

const TEXT = "恒达磁电科技有限公司位于包头稀土高新区,研发人员120人。";

/** The draft at version 1, every proposal undecided. */
export function sampleDraft(): Draft {
  return {
    id: "d1",
    version: 1,
    status: "OPEN",
    publishedSourceId: null,
    source: { id: "s1", title: "t", publication: "p", date: null, authors: [], url: null, text: TEXT },
    entities: [
      {
        id: "zone-2",
        name: "包头稀土高新区",
        type: "ZONE",
        aliases: [],
        decision: "PROPOSED",
        evidence: [{ start: 12, end: 19, quote: "包头稀土高新区" }],
        flags: [],
        rule: "zone-suffix",
        confidence: 0.9,
        linkTo: null,
        linksTo: [{ id: "baotou", name: "包头稀土高新区", type: "ZONE", reason: "same name" }],
      },
      {
        id: "company-1",
        name: "恒达磁电科技有限公司",
        type: "COMPANY",
        aliases: [],
        decision: "PROPOSED",
        evidence: [{ start: 0, end: 10, quote: "恒达磁电科技有限公司" }],
        flags: [],
        rule: "company-suffix",
        confidence: 0.9,
        linkTo: null,
        linksTo: [],
      },
    ],
    relations: [
      {
        id: "relation-1",
        type: "LOCATED_IN",
        from: "company-1",
        to: "zone-2",
        inferred: false,
        reason: null,
        title: null,
        decision: "PROPOSED",
        evidence: [{ start: 0, end: 19, quote: TEXT.slice(0, 19) }],
        rule: "located",
        confidence: 0.8,
      },
    ],
    metrics: [
      {
        id: "metric-1",
        entity: "company-1",
        key: "rd_staff",
        label: "研发人员",
        value: 120,
        unit: "person",
        period: null,
        decision: "PROPOSED",
        evidence: [{ start: 20, end: 28, quote: TEXT.slice(20, 28) }],
        rule: "figure",
        confidence: 0.8,
      },
    ],
  };
}
