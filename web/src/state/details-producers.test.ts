import { describe, expect, it } from "vitest";
import { initialAppState } from "./app-state.ts";
import { detailsFailed, receiveDetails } from "./details-producers.ts";
import { selectEntity } from "./selection-producers.ts";
import { DEFAULT_URL_STATE } from "./url-state.ts";

describe("details producers", () => {
  it("keeps the details of the entity still selected and drops a late answer for another", () => {
    const details = { id: "b", type: "COMPANY" as const, name: "b", nameEn: null, aliases: [] };
    const entity = { ...details, description: null, evidence: [], metrics: [], relations: [] };
    const state = selectEntity("b")(selectEntity("a")(initialAppState(DEFAULT_URL_STATE)));
    expect(receiveDetails("a", null)(state)).toBe(state);
    expect(detailsFailed("a", "down")(state)).toBe(state);
    expect(receiveDetails("b", entity)(state).details).toEqual({ id: "b", entity });
    expect(detailsFailed("b", "server down")(state).details).toEqual({ id: "b", failed: "server down" });
  });
});
