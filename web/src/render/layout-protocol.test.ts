import { describe, expect, it } from "vitest";
import { iterationBudget, movementXY } from "./layout-protocol.ts";

describe("movementXY", () => {
  it("is 0 when nothing moved", () => {
    const xy = new Float32Array([0, 0, 10, 0, 0, 10]);
    expect(movementXY(xy, xy.slice())).toBe(0);
  });

  it("is the mean distance moved over the layout's extent", () => {
    const before = new Float32Array([0, 0, 10, 0]);
    const after = new Float32Array([0, 0, 10, 2]);
    // One node of two moved 2 in a layout 10 wide.
    expect(movementXY(before, after)).toBeCloseTo(0.1);
  });
});

describe("iterationBudget", () => {
  it("gives small graphs more iterations than large ones, within bounds", () => {
    expect(iterationBudget(50)).toBe(2000);
    expect(iterationBudget(200_000)).toBe(300);
    expect(iterationBudget(5000)).toBeLessThan(iterationBudget(500));
  });
});
