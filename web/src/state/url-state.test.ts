import { describe, expect, it } from "vitest";
import { DEFAULT_URL_STATE, parseUrlState, serializeUrlState } from "./url-state.ts";

describe("url state", () => {
  it("reads the default view from an empty query", () => {
    expect(parseUrlState("")).toEqual(DEFAULT_URL_STATE);
    expect(serializeUrlState(DEFAULT_URL_STATE)).toBe("");
  });

  it("round-trips a selected entity, a zone, English and hidden types", () => {
    const state = {
      ...DEFAULT_URL_STATE,
      entity: "weifeng",
      zone: "shihezi",
      lang: "en" as const,
      hiddenTypes: ["REGION" as const],
    };
    expect(parseUrlState(serializeUrlState(state))).toEqual(state);
  });

  it("writes links a person can read", () => {
    expect(serializeUrlState({ ...DEFAULT_URL_STATE, entity: "a b", lang: "en" })).toBe(
      "?entity=a+b&lang=en",
    );
  });

  it("ignores unknown languages, types and empty values", () => {
    const state = parseUrlState("?lang=fr&hide=PERSON,MARTIAN&entity=");
    expect(state.lang).toBe("zh");
    expect(state.hiddenTypes).toEqual(["PERSON"]);
    expect(state.entity).toBeNull();
  });

  it("keeps a path only when both ends are given", () => {
    expect(serializeUrlState({ ...DEFAULT_URL_STATE, pathFrom: "a", pathTo: null })).toBe("");
    expect(parseUrlState("?from=a&to=b")).toMatchObject({ pathFrom: "a", pathTo: "b" });
  });
});
