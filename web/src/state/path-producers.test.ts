import { describe, expect, it } from "vitest";
import { initialAppState, toUrlState } from "./app-state.ts";
import { clearPath, receivePath, requestPath, setPathEnd } from "./path-producers.ts";
import { DEFAULT_URL_STATE } from "./url-state.ts";

describe("path producers", () => {
  it("highlights a found path and says when there is none", () => {
    const state = initialAppState(DEFAULT_URL_STATE);
    const found = receivePath({
      entities: [{ id: "a", type: "ZONE", name: "a", nameEn: null }],
      relations: [],
    })(state);
    expect(found.selection.path?.nodes).toEqual(["a"]);
    expect(receivePath(null)(state).pathTool.result).toBe("none");
  });

  it("asks for a path only once both ends are chosen, and puts it in the link once found", () => {
    let state = setPathEnd("from", "a")(initialAppState(DEFAULT_URL_STATE));
    expect(requestPath(state)).toBe(state);
    state = requestPath(setPathEnd("to", "b")(state));
    expect(state.pathTool.result).toBe("loading");
    expect(toUrlState(state).pathFrom).toBeNull();
    state = receivePath({ entities: [], relations: [] })(state);
    expect(toUrlState(state)).toMatchObject({ pathFrom: "a", pathTo: "b" });
    const cleared = clearPath(state);
    expect(cleared.pathTool).toEqual({ from: null, to: null, result: null });
    expect(clearPath(cleared)).toBe(cleared);
  });
});
