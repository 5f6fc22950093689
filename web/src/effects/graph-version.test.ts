// The graph-version poll: a new version refreshes once (never at the first answer, never twice at a
// time), a hidden page is not polled and is checked as soon as it is visible again, failures wait
// for the next poll; the explorer's refresh keeps the view (positions, camera) and reloads details.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { initialAppState, type AppState } from "../state/app-state.ts";
import { createStore } from "../state/store.ts";
import { receiveTied } from "../state/zone-producers.ts";
import { DEFAULT_URL_STATE } from "../state/url-state.ts";
import { followGraphVersion, refreshKeepingView, type PageVisibility } from "./graph-version.ts";

function fakePage(visible = true): PageVisibility & { set(v: boolean): void } {
  let on = visible;
  const listeners = new Set<() => void>();
  return {
    visible: () => on,
    onChange(l) {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    set(v) {
      on = v;
      listeners.forEach((l) => l());
    },
  };
}

describe("followGraphVersion", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("refreshes once when a publish changes the version, not for the version the page opened on", async () => {
    const versions = [3, 3, 4, 4];
    const refresh = vi.fn(() => Promise.resolve());
    const poll = followGraphVersion({
      readVersion: () => Promise.resolve(versions.shift() ?? 4),
      refresh,
      page: fakePage(),
    });
    await poll.check();
    await poll.check();
    expect(refresh).not.toHaveBeenCalled();
    await poll.check();
    expect(refresh).toHaveBeenCalledTimes(1);
    await poll.check();
    expect(refresh).toHaveBeenCalledTimes(1);
    poll.stop();
  });

  it("polls by itself every interval while the page is visible", async () => {
    let version = 1;
    const refresh = vi.fn(() => Promise.resolve());
    const poll = followGraphVersion({
      readVersion: () => Promise.resolve(version),
      refresh,
      page: fakePage(),
      intervalMs: 1000,
    });
    await vi.advanceTimersByTimeAsync(0);
    version = 2;
    await vi.advanceTimersByTimeAsync(1000);
    expect(refresh).toHaveBeenCalledTimes(1);
    poll.stop();
  });

  it("does not poll a hidden page, and checks at once when it is shown again", async () => {
    let version = 1;
    const read = vi.fn(() => Promise.resolve(version));
    const refresh = vi.fn(() => Promise.resolve());
    const page = fakePage();
    const poll = followGraphVersion({ readVersion: read, refresh, page, intervalMs: 1000 });
    await vi.advanceTimersByTimeAsync(0);
    page.set(false);
    await vi.advanceTimersByTimeAsync(1000);
    const asked = read.mock.calls.length;
    version = 2;
    await vi.advanceTimersByTimeAsync(10_000);
    expect(read.mock.calls.length).toBe(asked);
    expect(refresh).not.toHaveBeenCalled();
    page.set(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(refresh).toHaveBeenCalledTimes(1);
    poll.stop();
  });

  it("never runs two refreshes at a time, and a failed read waits for the next poll", async () => {
    const answers: (number | Error)[] = [1, new Error("down"), 2, 3];
    let release: () => void = () => undefined;
    const refresh = vi.fn(() => new Promise<void>((r) => (release = r)));
    const poll = followGraphVersion({
      readVersion: () => {
        const a = answers.shift() ?? 3;
        return a instanceof Error ? Promise.reject(a) : Promise.resolve(a);
      },
      refresh,
      page: fakePage(),
      intervalMs: 60_000,
    });
    await poll.check();
    await poll.check(); // the failure
    expect(refresh).not.toHaveBeenCalled();
    const first = poll.check(); // version 2: refresh starts and hangs
    await vi.advanceTimersByTimeAsync(0);
    const second = poll.check(); // the same check, not a second refresh
    expect(refresh).toHaveBeenCalledTimes(1);
    release();
    await Promise.all([first, second]);
    poll.stop();
  });
});

describe("refreshKeepingView", () => {
  it("keeps the view's positions and camera, runs start-up again, and reloads the selected entity's details", async () => {
    const url = { ...DEFAULT_URL_STATE, zone: "baotou", entity: "company-a" };
    const store = createStore<AppState>({
      ...initialAppState(url),
      mode: "overview",
      details: { id: "company-a", entity: null },
    });
    const camera = { x: 0.3, y: 0.6, ratio: 0.5, angle: 0 };
    const setState = vi.fn();
    const sigma = { getCamera: () => ({ getState: () => camera, setState }) };
    const remember = vi.fn();
    const order: string[] = [];
    const canvas = {
      remember: (key: string) => {
        order.push(`remember ${key}`);
        remember(key);
      },
      view: () => ({ sigma }) as never,
    };
    const boot = { run: () => (order.push("boot"), Promise.resolve()) };
    await refreshKeepingView({ store, canvas, boot })();
    expect(order).toEqual(["remember zone:baotou", "boot"]);
    expect(setState).toHaveBeenCalledWith(camera);
    expect(store.get().details).toEqual({ id: "company-a", loading: true });
    expect(store.get().filters.zoneId).toBe("baotou");
  });

  it("with the whole graph drawn, puts the camera back only after the zone's tied answer has framed the zone", async () => {
    vi.useFakeTimers();
    const answer = () => ({ zoneId: "baotou", totalCount: 0, items: [] });
    const store = createStore<AppState>(
      receiveTied(answer())({
        ...initialAppState({ ...DEFAULT_URL_STATE, zone: "baotou" }),
        mode: "full",
        status: { kind: "ready", empty: false },
      }),
    );
    const user = { x: 0.3, y: 0.6, ratio: 0.5, angle: 0 };
    let camera = user;
    const sigma = {
      getCamera: () => ({ getState: () => camera, setState: (c: typeof user) => (camera = c) }),
    };
    // As the zone arrangement does: the tied answer's arrival frames the zone.
    store.subscribe((s, prev) => {
      if (s.tied !== prev.tied) camera = { x: 0.5, y: 0.5, ratio: 1.05, angle: 0 };
    });
    // As start-up does with the whole graph: it resolves, and the tied answer arrives a moment later.
    const boot = {
      run: () => {
        setTimeout(() => store.update(receiveTied(answer())), 300);
        return Promise.resolve();
      },
    };
    const canvas = { remember: vi.fn(), view: () => ({ sigma }) as never };
    const refreshed = refreshKeepingView({ store, canvas, boot })();
    await vi.advanceTimersByTimeAsync(1000);
    await refreshed;
    expect(camera).toEqual(user);
    vi.useRealTimers();
  });
});
