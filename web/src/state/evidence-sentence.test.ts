import { describe, expect, it } from "vitest";
import { quoteInSentence } from "./evidence-sentence.ts";

const sentence = "位于包头稀土高新区的威丰电磁，建成了研发中心。";
const ev = (quote: string, contextStart = 100) => {
  const start = contextStart + sentence.indexOf(quote);
  return { quote, start, end: start + quote.length, context: sentence, contextStart };
};

describe("quoteInSentence", () => {
  it("shows the quote inside its own sentence", () => {
    expect(quoteInSentence(ev("威丰电磁"))).toEqual({
      before: "位于包头稀土高新区的",
      quote: "威丰电磁",
      after: "，建成了研发中心。",
    });
  });

  it("falls back to the bare quote without context or with offsets that miss it", () => {
    expect(quoteInSentence({ ...ev("威丰电磁"), context: null })).toEqual({
      before: "",
      quote: "威丰电磁",
      after: "",
    });
    expect(quoteInSentence({ ...ev("威丰电磁"), contextStart: 90 })).toEqual({
      before: "",
      quote: "威丰电磁",
      after: "",
    });
  });

  it("cuts a very long sentence with an ellipsis", () => {
    const context = "甲".repeat(500) + "引语" + "乙".repeat(500);
    const r = quoteInSentence({ quote: "引语", start: 500, end: 502, context, contextStart: 0 });
    expect(r.before.startsWith("…")).toBe(true);
    expect(r.after.endsWith("…")).toBe(true);
    expect(r.before.length).toBeLessThan(200);
  });
});
