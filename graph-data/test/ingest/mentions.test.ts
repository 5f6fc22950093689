import { describe, expect, it } from "vitest";
import { entityNamed, proposeText } from "./ingest-helpers.ts";

describe("mention rules", () => {
  it("finds companies by suffix, including a bracketed place", () => {
    const doc = proposeText("近日,福融新材料(肇庆)有限公司与江苏恒达股份有限公司签约。");
    expect(entityNamed(doc, "福融新材料(肇庆)有限公司")?.type).toBe("COMPANY");
    expect(entityNamed(doc, "江苏恒达股份有限公司")?.type).toBe("COMPANY");
  });

  it("finds zones and drops full place names printed before them", () => {
    const doc = proposeText(
      "宁夏回族自治区银川市苏银产业园项目开工。新疆石河子开发区和石河子开发区是同一个园区。",
    );
    expect(entityNamed(doc, "苏银产业园")?.type).toBe("ZONE");
    expect(entityNamed(doc, "石河子开发区")?.aliases).toContain("新疆石河子开发区");
    expect(
      doc.relations.some(
        (r) =>
          r.type === "LOCATED_IN" &&
          r.from === entityNamed(doc, "苏银产业园")?.id &&
          r.to === entityNamed(doc, "银川市")?.id,
      ),
    ).toBe(true);
  });

  it("finds named platforms but not generic or level-only ones", () => {
    const doc = proposeText(
      "公司打造了磁性材料重点实验室。企业研发中心升级为国家级科技企业孵化器,另有各类研发平台。",
    );
    expect(entityNamed(doc, "磁性材料重点实验室")?.kind).toBe("KEY_LAB");
    expect(doc.entities.filter((e) => e.type === "PLATFORM").map((e) => e.name)).toEqual([
      "磁性材料重点实验室",
    ]);
  });

  it("finds government bodies and universities, not words ending in 局", () => {
    const doc = proposeText("滇池高新区科技局副局长钱立新说,将与昆明理工大学合作,形成新格局和产业布局。");
    expect(entityNamed(doc, "滇池高新区科技局")?.orgKind).toBe("GOVERNMENT");
    expect(entityNamed(doc, "昆明理工大学")?.orgKind).toBe("UNIVERSITY");
    expect(doc.entities.some((e) => e.name.endsWith("格局") || e.name.endsWith("布局"))).toBe(false);
  });

  it("finds regions from the gazetteer, short forms and XPCC divisions included", () => {
    const doc = proposeText("内蒙古包头市的企业来到八师石河子市(以下简称师市)。兵团支持师市发展。");
    expect(entityNamed(doc, "包头市")?.type).toBe("REGION");
    expect(entityNamed(doc, "内蒙古")?.name).toBe("内蒙古自治区");
    expect(entityNamed(doc, "师市")?.name).toBe("第八师石河子市");
    expect(entityNamed(doc, "兵团")?.name).toBe("新疆生产建设兵团");
  });

  it("finds people from title + name with a surname check, and leaves reporters out", () => {
    const doc = proposeText(
      "◎本报记者 张景阳 通讯员 贾婷婷\n\n天和磁材公司总经理王瑞玲表示,研究院院长表示同意。记者张景阳说。",
    );
    const people = doc.entities.filter((e) => e.type === "PERSON").map((e) => e.name);
    expect(people).toEqual(["王瑞玲"]);
    expect(doc.source.authors).toEqual(["张景阳", "贾婷婷"]);
  });

  it("resolves short names and 该公司 to the last full name", () => {
    const doc = proposeText(
      "湖南锐晶新材料股份有限公司(以下简称锐晶新材)发布新品。锐晶新材副总经理李明说。该公司已获得授权专利52项。",
    );
    const company = entityNamed(doc, "湖南锐晶新材料股份有限公司");
    expect(company?.aliases).toContain("锐晶新材");
    expect(doc.metrics.find((m) => m.value === 52)?.entity).toBe(company?.id);
    expect(
      doc.relations.some((r) => r.type === "ROLE_AT" && r.to === company?.id && r.title === "副总经理"),
    ).toBe(true);
  });

  it("finds funds, projects with their capacity phrase, and a place name jieba splits (闽江/口)", () => {
    const doc = proposeText(
      "位于福建省福州市的闽江口高新区,东岳新能源有限公司投资建设年产120万片功率芯片项目。东岳创业投资基金总规模20亿元。",
    );
    expect(entityNamed(doc, "闽江口高新区")?.type).toBe("ZONE");
    expect(entityNamed(doc, "年产120万片功率芯片项目")?.type).toBe("PROJECT");
    expect(entityNamed(doc, "东岳创业投资基金")?.type).toBe("INVESTOR");
    expect(doc.entities.map((e) => e.name)).not.toContain("投资建设年产120万片功率芯片项目");
  });

  it("names the host of a postdoctoral workstation and keeps academy institutes as organisations", () => {
    const doc = proposeText("南岭精密机械股份有限公司博士后科研工作站与中国科学院金属研究所合作。");
    expect(entityNamed(doc, "南岭精密机械股份有限公司")?.type).toBe("COMPANY");
    expect(entityNamed(doc, "中国科学院金属研究所")?.orgKind).toBe("RESEARCH_INSTITUTION");
    const workstation = entityNamed(doc, "南岭精密机械股份有限公司博士后科研工作站");
    expect(workstation?.kind).toBe("POSTDOC_WORKSTATION");
    expect(doc.relations.find((r) => r.type === "HOSTED_BY" && r.from === workstation?.id)?.inferred).toBe(
      true,
    );
  });

  it("matches traditional characters while quotes point at the text as given", () => {
    const doc = proposeText("位於廣西欽州市的青山灣經開區,新簽項目18個。");
    const zone = doc.entities.find((e) => e.type === "ZONE");
    expect(zone?.name).toBe("青山灣經開區");
    for (const e of doc.entities)
      for (const ev of e.evidence) expect(doc.source.text.slice(ev.start, ev.end)).toBe(ev.quote);
    expect(doc.metrics.find((m) => m.value === 18)?.entity).toBe(zone?.id);
  });
});
