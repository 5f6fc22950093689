import { describe, expect, it } from "vitest";
import { createStore } from "./store.ts";

describe("store", () => {
  it("tells listeners the new state and the one before", () => {
    const store = createStore(1);
    const heard: [number, number][] = [];
    store.subscribe((s, prev) => heard.push([s, prev]));
    store.update((n) => n + 1);
    store.update((n) => n * 10);
    expect(heard).toEqual([
      [2, 1],
      [20, 2],
    ]);
  });

  it("stays quiet when an update changes nothing", () => {
    const store = createStore({ n: 1 });
    let calls = 0;
    store.subscribe(() => calls++);
    store.update((s) => s);
    expect(calls).toBe(0);
  });

  it("leaves no listener on a state that a listener's own update replaced", () => {
    const store = createStore({ zone: "a", loaded: false });
    // An effect that answers a zone change at once, and a view that renders whatever it hears.
    store.subscribe((s, prev) => {
      if (s.zone !== prev.zone) store.update((x) => ({ ...x, loaded: true }));
    });
    const rendered: { zone: string; loaded: boolean }[] = [];
    store.subscribe((s) => rendered.push(s));
    store.update(() => ({ zone: "b", loaded: false }));
    expect(rendered.at(-1)).toEqual({ zone: "b", loaded: true });
    expect(store.get()).toEqual({ zone: "b", loaded: true });
  });

  it("stops calling a listener once it unsubscribes", () => {
    const store = createStore(0);
    let calls = 0;
    const off = store.subscribe(() => calls++);
    store.update((n) => n + 1);
    off();
    store.update((n) => n + 1);
    expect(calls).toBe(1);
  });
});
