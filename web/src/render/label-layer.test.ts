import { describe, expect, it } from "vitest";
import { placeLabels, shorten, type LabelCandidate } from "./label-layer.ts";

const at = (x: number, y: number, text: string, rank = 3): LabelCandidate => ({
  x,
  y,
  radius: 4,
  text,
  rank,
  bold: false,
});
const measure = (text: string) => text.length * 8;
const bounds = { width: 400, height: 300 };

describe("label placement", () => {
  it("never draws one label over another: the second goes left of its node, or is dropped", () => {
    const placed = placeLabels(
      [at(100, 100, "aaaaaa"), at(110, 102, "bbbbbb"), at(105, 101, "cccccc")],
      measure,
      13,
      bounds,
      [],
    );
    const boxes = placed.map((p) => p.box);
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i];
        const b = boxes[j];
        if (!a || !b) continue;
        const overlap = a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
        expect(overlap).toBe(false);
      }
    expect(placed.map((p) => p.candidate.text)).toEqual(["aaaaaa", "bbbbbb"]);
  });

  it("places zones before others, whatever their order", () => {
    const placed = placeLabels([at(100, 100, "company"), at(100, 100, "zone", 1)], measure, 13, bounds, []);
    expect(placed.map((p) => p.candidate.text)).toEqual(["zone", "company"]);
    // The zone took the right side of the shared spot; the company's label went left.
    expect(placed[0]?.box.x).toBeGreaterThan(100);
    expect(placed[1]?.box.x).toBeLessThan(100);
  });

  it("puts no label under a panel laid over the canvas, nor outside it", () => {
    const panel = { x: 0, y: 200, w: 200, h: 100 };
    const placed = placeLabels(
      [at(50, 250, "under"), at(390, 50, "edge"), at(50, 50, "free")],
      measure,
      13,
      bounds,
      [panel],
    );
    expect(placed.map((p) => p.candidate.text).sort()).toEqual(["edge", "free"]);
    expect(placed.find((p) => p.candidate.text === "edge")?.box.x).toBeLessThan(390);
  });

  it("shortens long names, Latin ones at a word", () => {
    expect(shorten("包头稀土高新区")).toBe("包头稀土高新区");
    expect(shorten("内蒙古包头稀土高新技术产业开发区管理委员会科技创新局")).toMatch(/^内蒙古.{14}…$/);
    const en = shorten("Baotou Rare Earth High-tech Industrial Development Zone Administration");
    expect(en.endsWith("…")).toBe(true);
    expect(en.length).toBeLessThanOrEqual(31);
    // Cut at a word: what is kept is followed by a space in the full name.
    expect(
      "Baotou Rare Earth High-tech Industrial Development Zone Administration".startsWith(
        `${en.slice(0, -1)} `,
      ),
    ).toBe(true);
  });
});
