import { describe, expect, it } from "vitest";
import { hash01, placeAround, spiral } from "./placement.ts";

describe("placement", () => {
  it("places the same id at the same spot every time, near its anchor", () => {
    const a = placeAround({ x: 100, y: 50 }, "company-1", 10);
    expect(placeAround({ x: 100, y: 50 }, "company-1", 10)).toEqual(a);
    expect(Math.hypot(a.x - 100, a.y - 50)).toBeLessThanOrEqual(15);
    expect(Math.hypot(a.x - 100, a.y - 50)).toBeGreaterThanOrEqual(5);
  });

  it("spreads hashes over [0, 1) and spiral points outwards", () => {
    const values = Array.from({ length: 1000 }, (_, i) => hash01(`n${i}`));
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    expect(values.filter((v) => v < 0.5).length).toBeGreaterThan(400);
    expect(Math.hypot(spiral(100).x, spiral(100).y)).toBeGreaterThan(Math.hypot(spiral(1).x, spiral(1).y));
  });
});
