import { describe, expect, it } from "vitest";
import type { ProposalDocument } from "../../src/ingest/types.ts";
import { entityNamed, proposeText } from "./ingest-helpers.ts";

function has(doc: ProposalDocument, type: string, from: string, to: string, inferred?: boolean): boolean {
  const f = entityNamed(doc, from)?.id;
  const t = entityNamed(doc, to)?.id;
  return doc.relations.some(
    (r) =>
      r.type === type && r.from === f && r.to === t && (inferred === undefined || r.inferred === inferred),
  );
}

describe("relation rules", () => {
  it("states LOCATED_IN from 位于, ROLE_AT from titles and ADMINISTERS from a body named after its zone", () => {
    const doc = proposeText(
      "位于合丰科技城的株洲恒拓电子科技有限公司投产。合丰科技城管委会主任邓海涛介绍了情况。",
    );
    expect(has(doc, "LOCATED_IN", "株洲恒拓电子科技有限公司", "合丰科技城", false)).toBe(true);
    expect(has(doc, "ROLE_AT", "邓海涛", "合丰科技城管委会")).toBe(true);
    expect(has(doc, "ADMINISTERS", "合丰科技城管委会", "合丰科技城")).toBe(true);
  });

  it("finds RELIES_ON, ESTABLISHED_BY, OWNED_BY and cooperation lists", () => {
    const doc = proposeText(
      "青山湾经开区成立青山湾先进材料研究院。青山湾先进材料研究院以海蓝储能院士工作站为依托,与广西大学、桂林电子科技大学等高校开展合作。钦州明泰港口物流集团有限公司年产20万吨冷链仓储、广西北辰生物医药有限公司年产300吨原料药等项目签约。",
    );
    expect(has(doc, "ESTABLISHED_BY", "青山湾先进材料研究院", "青山湾经开区")).toBe(true);
    expect(has(doc, "RELIES_ON", "青山湾先进材料研究院", "海蓝储能院士工作站")).toBe(true);
    expect(has(doc, "PARTNERS_WITH", "青山湾先进材料研究院", "广西大学")).toBe(true);
    expect(has(doc, "OWNED_BY", "年产20万吨冷链仓储项目", "钦州明泰港口物流集团有限公司")).toBe(true);
    expect(entityNamed(doc, "年产300吨原料药项目")?.status).toBe("SIGNED");
  });

  it("finds FUNDED_BY from 出资 and OWNED_BY from a company right before its project", () => {
    const doc = proposeText(
      "东岳储能科技有限公司年产8吉瓦时储能电池项目开工。东岳创业投资基金为该项目出资5亿元。",
    );
    expect(has(doc, "OWNED_BY", "年产8吉瓦时储能电池项目", "东岳储能科技有限公司", false)).toBe(true);
    expect(has(doc, "FUNDED_BY", "年产8吉瓦时储能电池项目", "东岳创业投资基金", false)).toBe(true);
  });

  it("finds HOSTED_BY from 依托X建设的Y and from a company that builds a platform", () => {
    const doc = proposeText(
      "依托南岭理工大学建设的南岭复合材料工程研究中心已落户南岭科技城。南岭精密机械股份有限公司打造了精密传动重点实验室。",
    );
    expect(has(doc, "HOSTED_BY", "南岭复合材料工程研究中心", "南岭理工大学", false)).toBe(true);
    expect(has(doc, "LOCATED_IN", "南岭复合材料工程研究中心", "南岭科技城", false)).toBe(true);
    expect(has(doc, "HOSTED_BY", "精密传动重点实验室", "南岭精密机械股份有限公司", false)).toBe(true);
  });

  it("locates a zone in the last of the places printed before it, and a zone cooperates with a university", () => {
    const doc = proposeText("位于福建省福州市的闽江口高新区与福州海峡大学签署合作协议。");
    expect(has(doc, "LOCATED_IN", "闽江口高新区", "福州市", false)).toBe(true);
    expect(has(doc, "PART_OF", "福州市", "福建省")).toBe(true);
    expect(has(doc, "COOPERATES_WITH", "闽江口高新区", "福州海峡大学", false)).toBe(true);
  });

  it("proposes implied links as inferred, with a reason", () => {
    const doc = proposeText(
      "包头稀土高新区组织包头天工电机有限公司开展座谈。占包头市的76%,内蒙古自治区级平台。",
    );
    const located = doc.relations.find(
      (r) => r.type === "LOCATED_IN" && r.from === entityNamed(doc, "包头天工电机有限公司")?.id,
    );
    expect(located?.inferred).toBe(true);
    expect(located?.reason).toContain("包头稀土高新区");
    expect(has(doc, "PART_OF", "包头市", "内蒙古自治区", true)).toBe(true);
  });

  it("keeps a zone's own titles as designations, not platforms", () => {
    const doc = proposeText("泸州高新区自2022年成功创建省级科技成果转化示范区以来,发展迅速。");
    const zone = entityNamed(doc, "泸州高新区");
    expect(zone?.designations?.[0]).toMatchObject({
      name: "省级科技成果转化示范区",
      level: "PROVINCIAL",
      year: 2022,
    });
    expect(doc.entities.some((e) => e.type === "PLATFORM")).toBe(false);
  });
});
