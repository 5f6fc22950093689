// The Chinese number reader that checks a metric's value against its quote.
import { describe, expect, it } from "vitest";
import { readNumbers, textHasNumber } from "../src/read-numbers.ts";

describe("readNumbers", () => {
  it.each([
    ["2.06亿元", 206_000_000],
    ["1036.23亿元", 103_623_000_000],
    ["1800万元", 18_000_000],
    ["4万多平方米", 40_000],
    ["直播成交额超百万", 1_000_000],
    ["104万元", 1_040_000],
    ["年产1.25万吨", 12_500],
    ["150余人", 150],
    ["占比达到54%以上", 54],
    ["生产总值比2020年翻一番", 2],
    ["2188倍", 2188],
    ["3228人", 3228],
    ["协议总投资560.8亿元", 56_080_000_000],
    ["百余家研发平台", 100],
  ])("reads %s as %d", (text, value) => {
    expect(readNumbers(text).map((n) => n.value)).toContain(value);
    expect(textHasNumber(text, value)).toBe(true);
  });

  it("reads every number of a sentence in order", () => {
    expect(readNumbers("分别占师市比重的80%、43.5%、87%").map((n) => n.value)).toEqual([80, 43.5, 87]);
  });

  it("does not read a value in other units", () => {
    expect(textHasNumber("获得了2.06亿元的资金支持", 2.06)).toBe(false);
    expect(textHasNumber("1800万元", 1800)).toBe(false);
  });
});
