// Highlighting: segments cut at every proposal boundary, a segment coloured by its narrowest
// entity (a rejected one gives way), the span being edited marked.
import { describe, expect, it } from "vitest";
import { sampleDraft } from "./review-fixture.ts";
import { leadMark, textSegments } from "./text-segments.ts";

describe("textSegments", () => {
  it("covers the whole text, cut at every span boundary", () => {
    const d = sampleDraft();
    const segs = textSegments(d, null);
    expect(segs.map((s) => s.text).join("")).toBe(d.source.text);
    expect(segs.map((s) => s.start)).toEqual([0, 10, 12, 19, 20, 28]);
  });

  it("colours a segment by its narrowest entity, and the relation where no entity is", () => {
    const segs = textSegments(sampleDraft(), null);
    expect(leadMark(segs[0]!)).toMatchObject({ id: "company-1", type: "COMPANY" });
    expect(leadMark(segs[1]!)).toMatchObject({ id: "relation-1", kind: "relation" });
    expect(leadMark(segs[2]!)).toMatchObject({ id: "zone-2", type: "ZONE" });
    expect(segs[3]!.marks).toEqual([]);
  });

  it("lets a rejected entity give the colour to what else covers it", () => {
    const d = sampleDraft();
    d.entities[1] = { ...d.entities[1]!, decision: "REJECTED" };
    expect(leadMark(textSegments(d, null)[0]!)?.id).toBe("relation-1");
  });

  it("marks the span being edited", () => {
    const segs = textSegments(sampleDraft(), { start: 2, end: 4 });
    expect(segs.filter((s) => s.pending).map((s) => s.text)).toEqual(["磁电"]);
  });
});
