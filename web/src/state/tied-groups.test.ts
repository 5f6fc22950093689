import { describe, expect, it } from "vitest";
import type { TiedItem } from "../api/api-types.ts";
import { groupTied } from "./tied-groups.ts";

function tied(id: string, type: TiedItem["entity"]["type"], role: TiedItem["role"], hops: number): TiedItem {
  return { role, hops, entity: { id, type, name: id, nameEn: null }, path: [] };
}

describe("groupTied", () => {
  it("lists members apart from counterparties, members first", () => {
    const groups = groupTied([
      tied("fund", "INVESTOR", "COUNTERPARTY", 2),
      tied("co", "COMPANY", "MEMBER", 1),
    ]);
    expect(groups.map((g) => g.role)).toEqual(["MEMBER", "COUNTERPARTY"]);
  });

  it("groups by entity type in ontology order, nearest first", () => {
    const [members] = groupTied([
      tied("proj", "PROJECT", "MEMBER", 2),
      tied("co-far", "COMPANY", "MEMBER", 3),
      tied("co-near", "COMPANY", "MEMBER", 1),
    ]);
    expect(members?.types.map((g) => g.type)).toEqual(["COMPANY", "PROJECT"]);
    expect(members?.types[0]?.items.map((i) => i.entity.id)).toEqual(["co-near", "co-far"]);
    expect(members?.count).toBe(3);
  });

  it("leaves out a role with no entity", () => {
    expect(groupTied([tied("co", "COMPANY", "MEMBER", 1)]).map((g) => g.role)).toEqual(["MEMBER"]);
    expect(groupTied([])).toEqual([]);
  });
});
