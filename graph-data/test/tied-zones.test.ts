// The tied-zones test helper on the fixture graph, so the corpus invariant rests on checked rules.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadGraph } from "../src/load/load-corpus.ts";
import { FIXTURES } from "./load-helpers.ts";
import { memberZones, tiedZones } from "./tied-zones.ts";

const graph = loadGraph({
  sourcesFile: join(FIXTURES, "sources.yaml"),
  factsDir: join(FIXTURES, "happy/facts"),
});

describe("tiedZones", () => {
  it("follows chains of belonging forward into the zone", () => {
    expect([...memberZones(graph, "jiayi-rd-center")]).toEqual(["jia-zone"]);
    expect([...memberZones(graph, "li-si")]).toEqual(["jia-zone"]);
  });

  it("ties a company the zone cooperates with as a counterparty", () => {
    expect(tiedZones(graph, "jiayi-tech")).toEqual(
      new Map([
        ["jia-zone", "MEMBER"],
        ["bing-park", "COUNTERPARTY"],
      ]),
    );
  });

  it("stops at other zones", () => {
    expect([...memberZones(graph, "bing-park")]).toEqual(["bing-park"]);
  });
});
