import { describe, expect, it } from "vitest";
import { findFigures } from "../../src/ingest/find-figures.ts";
import { entityNamed, proposeText } from "./ingest-helpers.ts";

describe("figure rules", () => {
  it("reads scales, units, qualifiers and ranges", () => {
    const figures = findFigures(
      "成交额达2.06亿元,厂房4万多平方米,技术人员150余人,占比54%以上,融资两三千万元,年产1.25万吨。",
    );
    expect(figures.map((f) => [f.value, f.unit, f.qualifier ?? ""])).toEqual([
      [206000000, "yuan", ""],
      [40000, "m2", "MORE_THAN"],
      [150, "person", "MORE_THAN"],
      [54, "percent", "AT_LEAST"],
      [20000000, "yuan", ""],
      [12500, "tonne/year", ""],
    ]);
    expect(figures[4]?.valueMax).toBe(30000000);
  });

  it("does not read dates, ordinals, thresholds or the start of a change as figures", () => {
    const figures = findFigures(
      "2022年5月,第一批对500万元以上项目给予支持;企业数量从成立之初的10家,增长到现在的3588家。",
    );
    expect(figures.map((f) => f.value)).toEqual([3588]);
  });

  it("gives the period the sentence states", () => {
    const [figure] = findFigures("2022年1月至11月实现营业收入1036.23亿元。");
    expect(figure?.period).toBe("2022-01..2022-11");
    expect(figure?.value).toBe(103623000000);
  });

  it("attaches figures to the entity the sentence is about and aligns parallel lists", () => {
    const doc = proposeText(
      "位于合丰科技城的湖南锐晶新材料股份有限公司现有员工300人。合丰科技城工业增加值、税收分别占全市比重的80%、43.5%。",
    );
    const zone = entityNamed(doc, "合丰科技城");
    expect(doc.metrics.find((m) => m.value === 300)?.entity).toBe(
      entityNamed(doc, "湖南锐晶新材料股份有限公司")?.id,
    );
    expect(doc.metrics.find((m) => m.value === 80)?.entity).toBe(zone?.id);
    expect(doc.metrics.find((m) => m.value === 80)?.key).toBe("industrial_value_added_share");
    expect(doc.metrics.find((m) => m.value === 43.5)?.key).toBe("tax_revenue_share");
  });

  it("reads a range with the unit on both ends as one figure, and counts of things as no money", () => {
    const figures = findFigures("新增产值150亿元至200亿元。投资建设年产120万片功率芯片项目。");
    expect(figures.map((f) => [f.value, f.valueMax, f.unit])).toEqual([[15000000000, 20000000000, "yuan"]]);
  });

  it("gives a project the investment its sentence states and resolves 该项目 / 项目", () => {
    const doc = proposeText(
      "其中,东岳储能科技有限公司投资建设年产8吉瓦时储能电池项目,总投资32亿元。项目投产后预计年产值可达60亿元。",
    );
    const project = entityNamed(doc, "年产8吉瓦时储能电池项目");
    const own = doc.metrics.filter((m) => m.entity === project?.id).map((m) => [m.value, m.unit]);
    expect(own).toEqual([
      [8000, "MWh"],
      [3200000000, "yuan"],
      [6000000000, "yuan"],
    ]);
  });

  it("puts capacity and investment on the project", () => {
    const doc = proposeText(
      "苏银产业园总投资4.1亿元的锦洋储能电站项目开工,额定装机容量为100兆瓦/200兆瓦时。",
    );
    const project = entityNamed(doc, "锦洋储能电站项目");
    const own = doc.metrics
      .filter((m) => m.entity === project?.id)
      .map((m) => [m.value, m.unit, m.attribute]);
    expect(own).toEqual([
      [410000000, "yuan", "investmentYuan"],
      [100, "MW", "capacity"],
      [200, "MWh", "capacity"],
    ]);
  });
});
