import { describe, expect, it } from "vitest";
import type { EvidenceItem } from "../api/api-types.ts";
import { evidenceSentences, stripMarkup } from "./evidence-items.ts";

const SOURCE = { id: "s1", title: "文章", authors: [], date: null, publication: null };
const TEXT = "## 包头稀土高新区\n威丰电磁位于包头稀土高新区，技术合同成交额2.06亿元。另一句。";
const ev = (quote: string, sentence: string): EvidenceItem => {
  const contextStart = TEXT.indexOf(sentence);
  const start = TEXT.indexOf(quote, contextStart);
  return { quote, start, end: start + quote.length, context: sentence, contextStart, source: SOURCE };
};
const SENTENCE = "## 包头稀土高新区\n威丰电磁位于包头稀土高新区，技术合同成交额2.06亿元。";

describe("evidence sentences", () => {
  it("shows a sentence once with every quote in it marked, and the facts it supports", () => {
    const sentences = evidenceSentences({
      evidence: [ev("威丰电磁", SENTENCE)],
      relations: [{ id: "r1", evidence: [ev("威丰电磁位于包头稀土高新区", SENTENCE)] }],
      metrics: [{ key: "tech_contracts", evidence: [ev("技术合同成交额2.06亿元", SENTENCE)] }],
    });
    expect(sentences).toHaveLength(1);
    const s = sentences[0]!;
    expect(s.facts).toEqual([
      { kind: "entity" },
      { kind: "relation", id: "r1" },
      { kind: "metric", key: "tech_contracts" },
    ]);
    expect(s.parts.filter((p) => p.marked).map((p) => p.text)).toEqual([
      "威丰电磁位于包头稀土高新区",
      "技术合同成交额2.06亿元",
    ]);
  });

  it("strips heading markup so that no quote reads '## '", () => {
    const [s] = evidenceSentences({ evidence: [ev("威丰电磁", SENTENCE)], relations: [], metrics: [] });
    const text = s?.parts.map((p) => p.text).join("") ?? "";
    expect(text).not.toContain("#");
    expect(text.startsWith("包头稀土高新区")).toBe(true);
    expect(stripMarkup("> **重点**项目")).toBe("重点项目");
  });
});
