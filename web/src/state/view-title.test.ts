import { describe, expect, it } from "vitest";
import { initialAppState } from "./app-state.ts";
import { parseUrlState } from "./url-state.ts";
import { viewTitle } from "./view-title.ts";

const names: Record<string, string> = { z: "包头稀土高新区", c: "威丰电磁", a: "甲", b: "乙" };
const nameOf = (id: string) => names[id] ?? id;

describe("document title", () => {
  it("names the entity, zone or path on show, then the product", () => {
    expect(viewTitle(initialAppState(parseUrlState("?zone=z")), nameOf)).toBe("包头稀土高新区 · 园区图谱");
    expect(viewTitle(initialAppState(parseUrlState("?zone=z&entity=c")), nameOf)).toBe("威丰电磁 · 园区图谱");
    const path = initialAppState(parseUrlState("?from=a&to=b&lang=en"));
    expect(viewTitle({ ...path, pathTool: { ...path.pathTool, result: "loading" } }, nameOf)).toBe(
      "甲 → 乙 · ZoneGraph",
    );
    expect(viewTitle(initialAppState(parseUrlState("")), nameOf)).toBe("园区图谱");
  });
});
