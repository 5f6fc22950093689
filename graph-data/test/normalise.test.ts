// The normaliser on the corpus page's actual broken passages, and its rules on tiny pages.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CORPUS_DATA_DIR } from "../src/load/load-corpus.ts";
import { normalise } from "../src/normalise.ts";
import { loadSources } from "../src/load/load-sources.ts";

const corpus = loadSources(join(CORPUS_DATA_DIR, "sources.yaml"));
const page = corpus.page.normalisation;
const text = page.text;
const count = (needle: string): number => text.split(needle).length - 1;

describe("normalise on the corpus page", () => {
  it.each([
    ["威丰电磁 across lines 41/43", "(以下简称威丰电磁)生产车间"],
    ["加速形成 across lines 17/19", "四位一体工作机制,加速形成了158家各级各类研发平台"],
    ["以研发平台为依托 across lines 59/61", "以打造研发平台为依托,持续增强区域科技创新策源能力"],
    [
      "泸州先进技术研究院 across lines 87/89",
      "“成渝地区双城经济圈(泸州)先进技术研究院(以下简称泸州先进技术研究院)",
    ],
    ["泸州溪谷新经济产业孵化器 across lines 103/105", "位于泸州高新区的泸州溪谷新经济产业孵化器积极响应"],
    ["探索人才 across lines 93/95", "探索人才、资本、产业紧密结合的运营模式"],
    ["国家级、内蒙古自治区级 across lines 29/31", "普及国家级、内蒙古自治区级研发中心申报条件"],
    ["生产 / 一批 across lines 43/45", "正在加紧生产一批高磁感取向硅钢"],
  ])("rejoins %s", (_, joined) => {
    expect(count(joined)).toBe(1);
  });

  it("continues 提档 (line 51) with 升级 (line 65) after a whole section", () => {
    expect(text).toContain("全力帮助各级各类研发平台开展申报工作,提档升级,定期开展培训,实施专业辅导");
    expect(page.joins).toContainEqual(
      expect.objectContaining({ line: 51, continuationLine: 65, acrossBlocks: true }),
    );
    // The continuation is no longer a paragraph of its own after 下一步….
    expect(text).not.toMatch(/\n\n升级,/u);
  });

  it("joins without spaces or newlines", () => {
    for (const join of page.joins) {
      const [before = "", after = ""] = join.seam.split("|");
      expect(text).toContain(before + after);
    }
  });

  it("leaves no prose paragraph unfinished", () => {
    expect(page.unfinished).toEqual([]);
  });

  it("keeps the 苏银产业园 paragraphs once, in the 苏银 article", () => {
    expect(count("去年以来,苏银产业园把加快培育科技型企业")).toBe(1);
    expect(count("接下来,苏银产业园将积极发挥科创载体")).toBe(1);
    expect(page.drops.map((d) => [d.line, d.keptLine])).toEqual([
      [69, 139],
      [71, 141],
    ]);
    const suyin = corpus.sources.find((s) => s.id === "kjrb-2023-suyin");
    const baotou = corpus.sources.find((s) => s.id === "kjrb-2023-baotou");
    expect(suyin?.text).toContain("去年以来,苏银产业园");
    expect(baotou?.text).not.toContain("苏银产业园");
  });

  it("keeps the stray fragments: call-out, pull-quote, captions, column heading", () => {
    expect(text.startsWith("2.06亿元\n\n目前,包头稀土高新区企业研发中心集聚")).toBe(true);
    expect(count("目前,包头稀土高新区企业研发中心集聚专职研究与试验发展人员3228人")).toBe(2);
    expect(text).toContain("\n\n内蒙古威丰电磁取向硅钢隧道式高温退火生产线,受访者供图\n\n");
    expect(text).toContain("\n\n## 园镜头\n\n");
    expect(text.endsWith("\n\n视觉中国供图")).toBe(true);
  });

  it("keeps headings and bylines as paragraphs of their own", () => {
    expect(text).toContain("\n\n## 示范引领 打造创新标杆\n\n");
    expect(text).toContain("\n\n◎本报记者 张景阳 通讯员 贾婷婷\n\n近日,");
  });

  it("is deterministic", () => {
    const raw = readFileSync(join(CORPUS_DATA_DIR, "sources/kjrb-yuanqu-2023.txt"), "utf8");
    const again = loadSources(join(CORPUS_DATA_DIR, "sources.yaml")).page.normalisation;
    expect(again).toEqual(page);
    expect(normalise(raw).text).toBe(normalise(raw).text);
  });

  it("records paragraph offsets into the page text", () => {
    for (const p of page.paragraphs) expect(text.slice(p.start, p.end)).toBe(p.text);
  });
});

describe("normalise rules", () => {
  it("skips headings to find a continuation that begins with a word's tail", () => {
    const raw = "甲园区开展申报工作,提档\n\n## 小标题\n\n近日,甲园区开展培训。\n\n升级,定期开展培训。";
    expect(normalise(raw).text).toBe(
      "甲园区开展申报工作,提档升级,定期开展培训。\n\n## 小标题\n\n近日,甲园区开展培训。",
    );
  });

  it("does not take a short sentence opener (目前, 近日 …) as a continuation", () => {
    const raw = "甲园区开展申报工作,提档\n\n## 小标题\n\n目前,甲园区开展培训。";
    const page = normalise(raw);
    expect(page.text).toBe(raw);
    expect(page.unfinished).toEqual([1]);
  });

  it("treats 、 and , as unfinished but 。 and ” as finished", () => {
    expect(normalise("国家级、\n\n省级研发中心。").text).toBe("国家级、省级研发中心。");
    expect(normalise("他说:“好。”\n\n下一段。").text).toBe("他说:“好。”\n\n下一段。");
  });

  it("never joins bylines, captions or call-out figures", () => {
    const raw = "2.06亿元\n\n◎本报记者 张三\n\n生产线,受访者供图\n\n正文。";
    expect(normalise(raw).text).toBe(raw);
  });

  it("does not look for a continuation in another article", () => {
    const raw = "# 甲\n\n甲园区提档\n\n# 乙\n\n升级,定期开展培训。";
    const page = normalise(raw, [
      { id: "a", anchor: "# 甲", zoneNames: ["甲园区"] },
      { id: "b", anchor: "# 乙", zoneNames: ["乙园区"] },
    ]);
    expect(page.joins).toEqual([]);
    expect(page.paragraphs.map((p) => p.articleId)).toEqual(["a", "a", "b", "b"]);
  });

  it("keeps a duplicated paragraph in the article whose zone it names", () => {
    const dup = "乙园区共有科技型企业29家,乙园区发展良好。";
    const raw = `# 甲\n\n甲园区很好。\n\n${dup}\n\n# 乙\n\n乙园区开工。\n\n${dup}`;
    const page = normalise(raw, [
      { id: "a", anchor: "# 甲", zoneNames: ["甲园区"] },
      { id: "b", anchor: "# 乙", zoneNames: ["乙园区"] },
    ]);
    expect(page.text).toBe(`# 甲\n\n甲园区很好。\n\n# 乙\n\n乙园区开工。\n\n${dup}`);
    expect(page.drops).toEqual([expect.objectContaining({ line: 5, keptLine: 11 })]);
  });
});
