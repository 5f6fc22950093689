import { describe, expect, it } from "vitest";
import type { PathResult } from "../api/api-types.ts";
import { initialAppState, toUrlState } from "./app-state.ts";
import {
  clearPath,
  pathFailed,
  receivePaths,
  requestPath,
  setPathCount,
  setPathEnd,
  showPathNumber,
} from "./path-producers.ts";
import { DEFAULT_URL_STATE } from "./url-state.ts";

const entity = (id: string) => ({ id, type: "ZONE" as const, name: id, nameEn: null });
const path = (...ids: string[]): PathResult => ({ entities: ids.map(entity), relations: [] });

describe("path producers", () => {
  it("highlights the shortest path found, shows another on demand, and says when there is none", () => {
    const state = initialAppState(DEFAULT_URL_STATE);
    const found = receivePaths({
      from: entity("a"),
      to: entity("c"),
      paths: [path("a", "c"), path("a", "b", "c")],
    })(state);
    expect(found.selection.path?.nodes).toEqual(["a", "c"]);
    expect(showPathNumber(1)(found).selection.path?.nodes).toEqual(["a", "b", "c"]);
    expect(showPathNumber(5)(found)).toBe(found);
    expect(receivePaths({ from: entity("a"), to: entity("c"), paths: [] })(state).pathTool.result).toBe(
      "none",
    );
  });

  it("says which end was not found rather than 'no path'", () => {
    const state = initialAppState(DEFAULT_URL_STATE);
    expect(receivePaths({ from: null, to: entity("c"), paths: [] })(state).pathTool.result).toEqual({
      missing: ["from"],
    });
  });

  it("asks for paths only once both ends are chosen, and puts them in the link once asked", () => {
    let state = setPathEnd("from", "a")(initialAppState(DEFAULT_URL_STATE));
    expect(requestPath(state)).toBe(state);
    expect(toUrlState(state).pathFrom).toBeNull();
    state = requestPath(setPathEnd("to", "b")(state));
    expect(state.pathTool.result).toBe("loading");
    expect(toUrlState(state)).toMatchObject({ pathFrom: "a", pathTo: "b" });
    expect(pathFailed(state).pathTool.result).toBeNull();
    const cleared = clearPath(receivePaths({ from: entity("a"), to: entity("b"), paths: [] })(state));
    expect(cleared.pathTool).toMatchObject({ from: null, to: null, result: null });
    expect(clearPath(cleared)).toBe(cleared);
  });

  it("asks again with a new count of paths, between 1 and 5", () => {
    const asked = requestPath(
      setPathEnd("to", "b")(setPathEnd("from", "a")(initialAppState(DEFAULT_URL_STATE))),
    );
    const answered = receivePaths({ from: entity("a"), to: entity("b"), paths: [path("a", "b")] })(asked);
    const more = setPathCount(9)(answered);
    expect(more.pathTool).toMatchObject({ k: 5, result: "loading" });
    expect(setPathCount(0)(initialAppState(DEFAULT_URL_STATE)).pathTool.k).toBe(1);
  });
});
