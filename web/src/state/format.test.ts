import { describe, expect, it } from "vitest";
import { formatCapacity, formatPeriod, formatValue, formatYuan, withQualifier } from "./format.ts";

describe("format", () => {
  it("shows investment in 亿元 beside the exact yuan", () => {
    expect(formatYuan(410_000_000, "zh")).toBe("4.1亿元（410,000,000 元）");
    expect(formatYuan(206_000_000, "en")).toBe("206 million yuan (206,000,000 yuan)");
    expect(formatYuan(1_010_000_000, "en")).toBe("1.01 billion yuan (1,010,000,000 yuan)");
  });

  it("uses 万元 below one 亿", () => {
    expect(formatYuan(3_000_000, "zh")).toBe("300万元（3,000,000 元）");
  });

  it("shows capacity with its unit, several at once", () => {
    expect(
      formatCapacity(
        [
          { value: 100, unit: "MW" },
          { value: 200, unit: "MWh" },
        ],
        "en",
      ),
    ).toBe("100 MW / 200 MWh");
    expect(formatCapacity({ value: 12500, unit: "tonne/year" }, "zh")).toBe("12,500吨/年");
  });

  it("shows counts and shares with their unit", () => {
    expect(formatValue(3228, "person", "zh")).toBe("3,228人");
    expect(formatValue(3228, "person", "en")).toBe("3,228 people");
    expect(formatValue(62.5, "percent", "en")).toBe("62.5%");
  });

  it("says how a figure relates to the true value", () => {
    expect(withQualifier("54%", "AT_LEAST", "zh")).toBe("54% 以上");
    expect(withQualifier("500个", "MORE_THAN", "zh")).toBe("超过 500个");
    expect(withQualifier("500", "MORE_THAN", "en")).toBe("more than 500");
    expect(withQualifier("3", "EXACT", "en")).toBe("3");
    expect(withQualifier("3", null, "en")).toBe("3");
  });

  it("writes periods in the interface language", () => {
    expect(formatPeriod("2022-01..2022-11", "zh")).toBe("2022-01 至 2022-11");
    expect(formatPeriod("2022-01..2022-11", "en")).toBe("2022-01 to 2022-11");
    expect(formatPeriod("..2022-12", "zh")).toBe("截至 2022-12");
    expect(formatPeriod("as of publication", "zh")).toBe("截至发稿");
    expect(formatPeriod("2022", "en")).toBe("2022");
    expect(formatPeriod(null, "en")).toBe("—");
  });
});
