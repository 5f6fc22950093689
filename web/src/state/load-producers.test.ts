import { describe, expect, it } from "vitest";
import { initialAppState } from "./app-state.ts";
import { graphReady, loadFailed, setLayoutRunning, setMode, startLoading } from "./load-producers.ts";
import { DEFAULT_URL_STATE } from "./url-state.ts";

describe("load producers", () => {
  const start = initialAppState(DEFAULT_URL_STATE);

  it("says the server could not be reached, then loads again on retry", () => {
    const failed = loadFailed(true, "cannot reach /graphql")(start);
    expect(failed.status).toEqual({ kind: "error", network: true, message: "cannot reach /graphql" });
    expect(startLoading(failed).status).toEqual({ kind: "loading" });
    expect(startLoading(start)).toBe(start);
  });

  it("draws the overview with a zone focus that does not hide (the view holds only the zone's)", () => {
    const ready = graphReady("overview", false)(start);
    expect(ready.mode).toBe("overview");
    expect(ready.filters.zoneHides).toBe(false);
    expect(setMode("overview")(ready)).toBe(ready);
  });

  it("marks the layout running and stopped, unchanged when it already was", () => {
    const running = setLayoutRunning(true)(start);
    expect(running.layoutRunning).toBe(true);
    expect(setLayoutRunning(true)(running)).toBe(running);
  });
});
