import { describe, expect, it } from "vitest";
import { initialAppState } from "../state/app-state.ts";
import * as A from "../state/producers.ts";
import { createStore } from "../state/store.ts";
import { DEFAULT_URL_STATE } from "../state/url-state.ts";
import { followConnection } from "./reconnect.ts";

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("reconnection", () => {
  it("asks the server again while it is down, and says it is back once it answers", async () => {
    const store = createStore(A.graphReady("full", false)(initialAppState(DEFAULT_URL_STATE)));
    const answers = [false, false, true];
    let asked = 0;
    let restarts = 0;
    followConnection(
      store,
      async () => answers[asked++] ?? true,
      () => restarts++,
      5,
    );
    store.update(A.serverUnreachable);
    expect(store.get().connection).toBe("down");
    await wait(60);
    expect(asked).toBe(3);
    expect(store.get().connection).toBe("ok");
    // Start-up had not failed: nothing to run again.
    expect(restarts).toBe(0);
  });

  it("runs start-up again when it had failed to reach the server, at once on retry", async () => {
    const store = createStore(A.loadFailed(true, "cannot reach")(initialAppState(DEFAULT_URL_STATE)));
    let restarts = 0;
    const reconnect = followConnection(
      store,
      async () => true,
      () => restarts++,
      60_000,
    );
    reconnect.check();
    await wait(5);
    expect(restarts).toBe(1);
    reconnect.stop();
  });
});
