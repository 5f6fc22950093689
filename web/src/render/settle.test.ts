import { describe, expect, it } from "vitest";
import { isSettled, relativeMovement } from "./settle.ts";

const at = (entries: [string, number, number][]) => new Map(entries.map(([id, x, y]) => [id, { x, y }]));

describe("settle", () => {
  it("measures movement relative to the layout's size", () => {
    const before = at([
      ["a", 0, 0],
      ["b", 100, 0],
    ]);
    const after = at([
      ["a", 1, 0],
      ["b", 101, 0],
    ]);
    expect(relativeMovement(before, after)).toBeCloseTo(0.01);
  });

  it("counts a still layout as settled only after several calm samples", () => {
    expect(isSettled([0.1, 0.001, 0.001])).toBe(false);
    expect(isSettled([0.1, 0.001, 0.001, 0.001])).toBe(true);
    expect(isSettled([0.001])).toBe(false);
  });

  it("treats an empty or collapsed layout as not moving", () => {
    expect(relativeMovement(new Map(), new Map())).toBe(0);
    expect(relativeMovement(at([["a", 1, 1]]), at([["a", 1, 1]]))).toBe(0);
  });
});
