import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CORPUS_DATA_DIR } from "../../src/index.ts";
import { HELDOUT_2_DIR, HELDOUT_DIR } from "../../src/ingest/ingest-command.ts";
import { heldOutGoldSets } from "../../src/ingest/gold-sets.ts";
import { regionGazetteer } from "../../src/ingest/region-gazetteer.ts";
import { segmenter, tokenize } from "../../src/ingest/segmenter.ts";
import { simplifiedView } from "../../src/ingest/simplified-view.ts";

/** What the proposer read before the tag table: jieba.tag's words, gazetteer names re-tagged ns. */
function jiebaTagged(text: string): { word: string; tag: string; start: number }[] {
  const forms = regionGazetteer().forms;
  const out: { word: string; tag: string; start: number }[] = [];
  let at = 0;
  for (const { word, tag } of segmenter().tag(text, true)) {
    const start = text.startsWith(word, at) ? at : text.indexOf(word, at);
    if (start < 0) continue;
    at = start + word.length;
    out.push({ word, tag: tag !== "ns" && word.length > 1 && forms.has(word) ? "ns" : tag, start });
  }
  return out;
}

function tokenized(text: string): { word: string; tag: string; start: number }[] {
  const tokens = tokenize(text);
  return Array.from({ length: tokens.length }, (_, k) => {
    const token = tokens.at(k);
    return { word: token?.word ?? "", tag: token?.tag ?? "", start: token?.start ?? -1 };
  });
}

describe("word tags", () => {
  it("gives every word of the corpus page and the held-out articles jieba.tag's tag", () => {
    const texts = [
      readFileSync(`${CORPUS_DATA_DIR}sources/kjrb-yuanqu-2023.txt`, "utf8"),
      ...heldOutGoldSets(HELDOUT_DIR).map((s) => s.text),
      ...heldOutGoldSets(HELDOUT_2_DIR).map((s) => s.text),
    ];
    for (const text of texts)
      expect(tokenized(simplifiedView(text))).toEqual(jiebaTagged(simplifiedView(text)));
  });

  it("tags unknown words as jieba does: ASCII digits m, other ASCII eng, the rest x", () => {
    const text = "型号X9000与2025及αβγ、ＡＢＣ和iPhone15,还有𠀋𠀌以及Ünïcödé";
    expect(tokenized(text)).toEqual(jiebaTagged(text));
    const tags = new Set(tokenized(text).map((t) => t.tag));
    expect(tags.has("m") && tags.has("eng") && tags.has("x")).toBe(true);
  });

  it("tags gazetteer names as places, also where jieba's dictionary says otherwise", () => {
    const tagOf = (text: string, word: string) => tokenized(text).find((t) => t.word === word)?.tag;
    // jieba's dictionary has 包头 as a verb and 石家庄 as a person's name.
    expect(segmenter().tag("包头稀土高新区", true)[0]).toEqual({ word: "包头", tag: "v" });
    expect(tagOf("包头稀土高新区", "包头")).toBe("ns");
    expect(tagOf("我在石家庄工作", "石家庄")).toBe("ns");
  });
});
