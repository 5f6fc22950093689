// sources.yaml: the page's four articles as Sources with metadata and their slice of the page.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CORPUS_DATA_DIR } from "../src/load/load-corpus.ts";
import { loadSources } from "../src/load/load-sources.ts";

const { page, sources } = loadSources(join(CORPUS_DATA_DIR, "sources.yaml"));
const byId = new Map(sources.map((s) => [s.id, s]));

describe("corpus sources", () => {
  it("are the four articles in page order, each its own slice of the page", () => {
    expect(sources.map((s) => s.id)).toEqual([
      "kjrb-2023-baotou",
      "kjrb-2023-luzhou",
      "kjrb-2023-shihezi",
      "kjrb-2023-suyin",
    ]);
    for (const s of sources) expect(page.text.slice(s.start, s.end)).toBe(s.text);
    expect(sources[0]?.start).toBe(0);
    expect(sources[3]?.end).toBe(page.text.length);
  });

  it("carry the printed metadata: publication, section, titles, authors, zone", () => {
    const baotou = byId.get("kjrb-2023-baotou");
    expect(baotou).toMatchObject({
      title: "企业创新有了不竭动力之源",
      subtitle: "包头稀土高新区形成158家研发平台",
      publication: "科技日报",
      section: "园区",
      authors: ["张景阳", "贾婷婷"],
      zoneId: "baotou-rare-earth-hi-tech-zone",
    });
    expect(byId.get("kjrb-2023-luzhou")).toMatchObject({
      title: "聚集科技资源,“转”出双创实力",
      subtitle: "四川泸州高新区:",
      authors: ["周静雯", "陈科"],
      zoneId: "luzhou-hi-tech-zone",
    });
    expect(byId.get("kjrb-2023-shihezi")).toMatchObject({
      authors: ["赵海忠", "晏瑞一", "泥天峰", "朱彤"],
      zoneId: "shihezi-development-zone",
    });
    expect(byId.get("kjrb-2023-suyin")).toMatchObject({
      title: "总投资4.1亿元项目开工 宁夏苏银产业园吹响建设“冲锋号”",
      authors: ["王迎霞", "马鹤仪"],
      zoneId: "suyin-industrial-park",
    });
  });

  it("start where their anchors are: the call-out, the kicker, 园镜头, the title", () => {
    expect(byId.get("kjrb-2023-baotou")?.text.startsWith("2.06亿元\n\n")).toBe(true);
    expect(byId.get("kjrb-2023-luzhou")?.text.startsWith("## 四川泸州高新区:\n\n# 聚集科技资源")).toBe(true);
    expect(byId.get("kjrb-2023-shihezi")?.text.startsWith("## 园镜头\n\n## 汇聚龙头链主")).toBe(true);
    expect(byId.get("kjrb-2023-suyin")?.text.startsWith("## 总投资4.1亿元项目开工")).toBe(true);
  });
});
