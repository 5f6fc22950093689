// Every loader error names the file, the line and the fact, and says what is wrong.
import { describe, expect, it } from "vitest";
import { loadErrorsOf } from "./load-helpers.ts";

describe("loading facts reports", () => {
  it("an unknown entity type", () => {
    expect(loadErrorsOf("unknown-entity-type")).toEqual([
      expect.stringMatching(
        /^facts\/unknown-entity-type\.yaml:4: entity jia-zone: unknown entity type "FACTORY" \(one of ZONE, REGION, /,
      ),
    ]);
  });

  it("an unknown relation type", () => {
    expect(loadErrorsOf("unknown-relation-type")).toEqual([
      expect.stringMatching(
        /^facts\/unknown-relation-type\.yaml:15: relation NEAR jiayi-tech->jia-zone: unknown relation type "NEAR" \(one of LOCATED_IN, /,
      ),
    ]);
  });

  it("an unknown metric key", () => {
    expect(loadErrorsOf("unknown-metric-key")).toEqual([
      expect.stringMatching(
        /^facts\/unknown-metric-key\.yaml:9: metric platform_count of jia-zone: unknown metric key "platform_count" \(one of rd_platforms, /,
      ),
    ]);
  });

  it("an unknown unit", () => {
    expect(loadErrorsOf("unknown-unit")).toEqual([
      expect.stringMatching(
        /^facts\/unknown-unit\.yaml:11: metric rd_platforms of jia-zone: unknown unit "家" \(one of yuan, count, /,
      ),
    ]);
  });

  it("an unknown level", () => {
    expect(loadErrorsOf("unknown-level")).toEqual([
      expect.stringMatching(
        /^facts\/unknown-level\.yaml:7: entity jia-zone: unknown level "COUNTY" \(one of NATIONAL, /,
      ),
    ]);
  });

  it("an unknown designation level, at its line", () => {
    expect(loadErrorsOf("designation-unknown-level")).toEqual([
      expect.stringMatching(
        /^facts\/designation-unknown-level\.yaml:9: entity bing-park: unknown level "PROVINCE" \(one of NATIONAL, /,
      ),
    ]);
  });

  it("a designation whose name or year is not printed in its quotes", () => {
    expect(loadErrorsOf("designation-not-in-quote")).toEqual([
      'facts/designation-not-in-quote.yaml:8: entity bing-park: designation "国家级绿色园区" is not printed in any of its quotes',
      'facts/designation-not-in-quote.yaml:10: entity bing-park: designation "国家级绿色园区": year 2022 is not printed in any of its quotes',
    ]);
  });

  it("designations on an entity that is not a zone", () => {
    expect(loadErrorsOf("designation-on-platform")).toEqual([
      'facts/designation-on-platform.yaml:9: entity jiayi-rd-center: "designations" applies to ZONE, not PLATFORM',
    ]);
  });

  it("an unknown platform kind", () => {
    expect(loadErrorsOf("unknown-kind")).toEqual([
      expect.stringMatching(
        /^facts\/unknown-kind\.yaml:7: entity jiayi-rd-center: unknown platform kind "LAB" \(one of RD_CENTER, /,
      ),
    ]);
  });

  it("an unknown project status", () => {
    expect(loadErrorsOf("unknown-status")).toEqual([
      expect.stringMatching(
        /^facts\/unknown-status\.yaml:7: entity ding-storage-project: unknown project status "BUILDING" \(one of PLANNED, /,
      ),
    ]);
  });

  it("an unknown qualifier", () => {
    expect(loadErrorsOf("unknown-qualifier")).toEqual([
      expect.stringMatching(
        /^facts\/unknown-qualifier\.yaml:12: metric rd_platforms of jia-zone: unknown qualifier "ROUGHLY" \(one of EXACT, /,
      ),
    ]);
  });

  it("a relation to a missing entity", () => {
    expect(loadErrorsOf("missing-entity")).toEqual([
      'facts/missing-entity.yaml:12: relation LOCATED_IN jiayi-tech->nowhere: "to" names no entity "nowhere"',
    ]);
  });

  it("a relation whose end is of a type the relation does not allow", () => {
    expect(loadErrorsOf("disallowed-endpoint")).toEqual([
      'facts/disallowed-endpoint.yaml:15: relation LOCATED_IN li-si->jia-zone: "from" is li-si, a PERSON; LOCATED_IN goes from COMPANY, PLATFORM, PROJECT, ORGANIZATION, INVESTOR, ZONE',
    ]);
  });

  it("a duplicate id, with where it was first defined", () => {
    expect(loadErrorsOf("duplicate-id")).toEqual([
      'facts/duplicate-id.yaml:8: entity jia-zone: duplicate id "jia-zone" (first defined at facts/duplicate-id.yaml:3)',
    ]);
  });

  it("a quote that is not in its source", () => {
    expect(loadErrorsOf("quote-not-found")).toEqual([
      expect.stringMatching(
        /^facts\/quote-not-found\.yaml:7: entity jia-zone: evidence 1: quote "位于甲高新区的甲乙科技股份有限公司" is not in article-a/,
      ),
    ]);
  });

  it("a quote printed several times without an occurrence, saying how many and what to add", () => {
    expect(loadErrorsOf("ambiguous-quote")).toEqual([
      'facts/ambiguous-quote.yaml:7: entity jia-zone: evidence 1: quote "甲高新区" occurs 3 times in article-a; add "occurrence: N" (1–3) to say which',
    ]);
  });

  it("an occurrence out of range", () => {
    expect(loadErrorsOf("occurrence-out-of-range")).toEqual([
      'facts/occurrence-out-of-range.yaml:7: entity jia-zone: evidence 1: occurrence 4 is out of range: quote "甲高新区" occurs 3 times in article-a',
    ]);
  });

  it("an alias claimed by two entities", () => {
    expect(loadErrorsOf("alias-claimed-twice")).toEqual([
      'facts/alias-claimed-twice.yaml:13: entity jiayi-rd-center: alias "甲乙科技" is already claimed by entity jiayi-tech (facts/alias-claimed-twice.yaml:3)',
    ]);
  });

  it("a name claimed by two entities", () => {
    expect(loadErrorsOf("name-claimed-twice")).toEqual([
      'facts/name-claimed-twice.yaml:11: entity jiayi-tech-2: name "甲乙科技有限公司" is already claimed by entity jiayi-tech (facts/name-claimed-twice.yaml:3)',
    ]);
  });

  it("a metric without a unit", () => {
    expect(loadErrorsOf("metric-without-unit")).toEqual([
      'facts/metric-without-unit.yaml:9: metric rd_platforms of jia-zone: no unit: rd_platforms is measured in "count"',
    ]);
  });

  it("a unit other than the metric key's", () => {
    expect(loadErrorsOf("unit-not-key-unit")).toEqual([
      'facts/unit-not-key-unit.yaml:11: metric rd_platforms of jia-zone: unit "person" is not the unit of rd_platforms, which is "count"',
    ]);
  });

  it("a non-numeric value", () => {
    expect(loadErrorsOf("non-numeric-value")).toEqual([
      'facts/non-numeric-value.yaml:11: metric innovation_funding of jiayi-tech: value must be a number in base units (yuan, not 亿元), got "2.06亿元"',
    ]);
  });

  it("a value that cannot be read in its own quote", () => {
    expect(loadErrorsOf("value-not-in-quote")).toEqual([
      "facts/value-not-in-quote.yaml:11: metric innovation_funding of jiayi-tech: value 2.06 cannot be read in its quote (numbers read there: 2.06亿 = 206000000)",
    ]);
  });

  it("an entity without evidence", () => {
    expect(loadErrorsOf("entity-without-evidence")).toEqual([
      "facts/entity-without-evidence.yaml:7: entity jia-zone: needs at least one evidence quote",
    ]);
  });

  it("a field the format does not know, on its own line", () => {
    expect(loadErrorsOf("unknown-field")).toEqual([
      'facts/unknown-field.yaml:7: entity jia-zone: Unrecognized key: "lvl"',
    ]);
  });

  it("a YAML syntax error with its line", () => {
    expect(loadErrorsOf("yaml-syntax-error")).toEqual([
      expect.stringMatching(/^facts\/yaml-syntax-error\.yaml:7: YAML: /),
    ]);
  });

  it("all the errors of a file together, in line order", () => {
    expect(loadErrorsOf("several-errors")).toEqual([
      expect.stringMatching(/^facts\/several-errors\.yaml:4: entity jia-zone: unknown entity type "FACTORY"/),
      expect.stringMatching(
        /^facts\/several-errors\.yaml:13: entity jiayi-tech: evidence 1: quote "甲乙科技有限责任公司" is not in article-a/,
      ),
      'facts/several-errors.yaml:17: relation LOCATED_IN jiayi-tech->nowhere: "to" names no entity "nowhere"',
    ]);
  });

  it.each([["empty-file"], ["comments-only"], ["tilde-only"]])(
    "a facts file with no facts (%s), instead of dropping its article's facts",
    (name) => {
      expect(loadErrorsOf(name)).toEqual([
        expect.stringMatching(new RegExp(`^facts/${name}\\.yaml:1: the file holds no facts`)),
      ]);
    },
  );

  it("an alias bomb, with its file and the line of its first alias, without expanding it", () => {
    expect(loadErrorsOf("alias-bomb")).toEqual([
      expect.stringMatching(
        /^facts\/alias-bomb\.yaml:3: YAML: aliases expand more than 100 times \(an alias bomb\?\), starting with \*a/,
      ),
    ]);
  });
});
