import { describe, expect, it } from "vitest";
import type { PathRelation } from "../api/api-types.ts";
import { pathChain } from "./path-chain.ts";

const e = (id: string) => ({ id, type: "COMPANY" as const, name: id, nameEn: null });
const rel = (id: string, from: string, to: string): PathRelation => ({
  id,
  type: "LOCATED_IN",
  title: null,
  inferred: false,
  inferenceReason: null,
  from: e(from),
  to: e(to),
});

describe("pathChain", () => {
  it("follows relations forward from the entity to the zone", () => {
    const steps = pathChain("platform", [rel("r1", "platform", "company"), rel("r2", "company", "zone")]);
    expect(steps.map((s) => [s.to.id, s.forward])).toEqual([
      ["company", true],
      ["zone", true],
    ]);
  });

  it("reads a relation backwards when it points the other way", () => {
    const steps = pathChain("investor", [rel("r1", "project", "investor"), rel("r2", "project", "zone")]);
    expect(steps.map((s) => [s.to.id, s.forward])).toEqual([
      ["project", false],
      ["zone", true],
    ]);
  });
});
