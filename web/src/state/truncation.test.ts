import { describe, expect, it } from "vitest";
import { clearTruncations, noteTruncation } from "./truncation.ts";

describe("truncation", () => {
  it("says N of M for a cut view and replaces it as more loads", () => {
    const first = noteTruncation([], "tied", 1000, 6682);
    expect(first).toEqual([{ kind: "tied", shown: 1000, total: 6682 }]);
    expect(noteTruncation(first, "tied", 5000, 6682)).toEqual([{ kind: "tied", shown: 5000, total: 6682 }]);
  });

  it("drops the notice once everything is shown", () => {
    const cut = noteTruncation(noteTruncation([], "zones", 500, 2500), "tied", 10, 20);
    expect(noteTruncation(cut, "tied", 20, 20)).toEqual([{ kind: "zones", shown: 500, total: 2500 }]);
    expect(clearTruncations(cut, ["tied", "neighbors"])).toEqual([
      { kind: "zones", shown: 500, total: 2500 },
    ]);
    const none: readonly never[] = [];
    expect(noteTruncation(none, "links", 3, 3)).toBe(none);
  });
});
