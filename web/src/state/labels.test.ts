import { describe, expect, it } from "vitest";
import { entityLabel, nodeSize, showTitle, typeColor } from "./labels.ts";

describe("labels", () => {
  const weifeng = {
    name: "包头威丰稀土电磁材料股份有限公司",
    nameEn: "Baotou Weifeng Rare Earth Electromagnetic Materials Co., Ltd.",
  };

  it("labels nodes in Chinese by default", () => {
    expect(entityLabel(weifeng, "zh")).toBe("包头威丰稀土电磁材料股份有限公司");
  });

  it("labels nodes in English in English mode", () => {
    expect(entityLabel(weifeng, "en")).toBe("Baotou Weifeng Rare Earth Electromagnetic Materials Co., Ltd.");
  });

  it("falls back to the Chinese name when there is no English one", () => {
    expect(entityLabel({ name: "董义", nameEn: null }, "en")).toBe("董义");
    expect(entityLabel({ name: "董义", nameEn: "" }, "en")).toBe("董义");
  });

  it("colours nodes by the ontology's type colour", () => {
    expect(typeColor("ZONE")).toBe("#d94841");
  });

  it("draws better-connected nodes larger", () => {
    expect(nodeSize(0)).toBe(4);
    expect(nodeSize(9)).toBeGreaterThan(nodeSize(1));
  });

  it("shows Chinese relation titles in both languages and English notes in English only", () => {
    expect(showTitle("zh", { title: "局长" })).toBe(true);
    expect(showTitle("zh", { title: "the zone's own designation" })).toBe(false);
    expect(showTitle("en", { title: "the zone's own designation" })).toBe(true);
    expect(showTitle("en", { title: null })).toBe(false);
    expect(showTitle("en", { title: "局长" })).toBe(false);
  });
});
