/**
 * Graph version: while the page is visible, `stats { graphVersion }` is asked every few seconds
 * (and at once when the page becomes visible again); when it changes (a curator published), what
 * is shown is refreshed keeping the user's view. A failed poll is left to the reconnection effect.
 * `refreshKeepingView` is the explorer's refresh: start-up again with the zone, selection, path,
 * filters and camera kept (the camera put back after the zone's tied answer has framed the zone),
 * the positions of the view kept, and the selected entity's details reloaded.
 */
import type { GraphQLRequest } from "../api/graphql-client.ts";
import type { Boot } from "../boot.ts";
import type { Canvas } from "../render/canvas.ts";
import type { AppState } from "../state/app-state.ts";
import type { Store } from "../state/store.ts";

/** Time between two polls while the page is visible. */
export const GRAPH_VERSION_POLL_MS = 4000;

/** The query that reads the graph version. */
export const GRAPH_VERSION_QUERY = "query GraphVersion { stats { graphVersion } }";

/** Whether the page is visible, and a way to hear when that changes. */
export interface PageVisibility {
  visible(): boolean;
  /** Calls `listener` on every change; returns the function that stops it. */
  onChange(listener: () => void): () => void;
}

/** The browser's page visibility. */
export const documentVisibility: PageVisibility = {
  visible: () => document.visibilityState === "visible",
  onChange(listener) {
    document.addEventListener("visibilitychange", listener);
    return () => document.removeEventListener("visibilitychange", listener);
  },
};

/** What the poll needs. */
export interface GraphVersionDeps {
  /** Reads the served graph version. */
  readVersion(): Promise<number>;
  /** Refreshes what is shown (called once per new version, never twice at a time). */
  refresh(): Promise<void>;
  page: PageVisibility;
  intervalMs?: number;
}

/** The running poll: `check` asks now; `stop` ends it. */
export interface GraphVersionPoll {
  check(): Promise<void>;
  stop(): void;
}

/** Reads `stats.graphVersion` through the explorer's client. */
export function graphVersionReader(request: GraphQLRequest): () => Promise<number> {
  return async () =>
    (await request<{ stats: { graphVersion: number } }>(GRAPH_VERSION_QUERY)).stats.graphVersion;
}

/** Follows the graph version from now on (the first answer is the version the page shows). */
export function followGraphVersion(deps: GraphVersionDeps): GraphVersionPoll {
  const interval = deps.intervalMs ?? GRAPH_VERSION_POLL_MS;
  let known: number | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let running: Promise<void> | null = null;
  let stopped = false;

  const schedule = () => {
    if (timer !== null) clearTimeout(timer);
    timer = stopped || !deps.page.visible() ? null : setTimeout(() => void check(), interval);
  };
  const check = (): Promise<void> => {
    // One check (and its refresh) at a time; a check asked meanwhile is that one.
    running ??= (async () => {
      try {
        const version = await deps.readVersion();
        if (known !== null && version !== known) {
          known = version;
          await deps.refresh();
        } else known = version;
      } catch {
        // Unreachable or failing: the next poll asks again.
      } finally {
        running = null;
        schedule();
      }
    })();
    return running;
  };
  const unlisten = deps.page.onChange(() => {
    if (deps.page.visible()) void check();
    else schedule();
  });
  void check();
  return {
    check,
    stop() {
      stopped = true;
      unlisten();
      if (timer !== null) clearTimeout(timer);
      timer = null;
    },
  };
}

/** What the explorer's refresh acts on. */
export interface RefreshDeps {
  store: Store<AppState>;
  canvas: Pick<Canvas, "remember" | "view">;
  boot: Pick<Boot, "run">;
  /** Longest wait for the zone's tied answer after start-up (default TIED_WAIT_MS). */
  tiedWaitMs?: number;
}

/** Longest time the refresh waits for the zone's tied answer before it puts the camera back. */
export const TIED_WAIT_MS = 10_000;

/** Resolves once the state's tied answer is no longer `before` (loaded or failed), or after `ms`. */
function tiedReplaced(store: Store<AppState>, before: AppState["tied"], ms: number): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      unsubscribe();
      resolve();
    };
    const timer = setTimeout(done, ms);
    const unsubscribe = store.subscribe((s) => {
      if (s.tied !== before && s.tied !== "loading") done();
    });
  });
}

/** The key the canvas keeps the current view's positions under (as boot and the loaders mount it). */
function currentViewKey(s: AppState): string {
  const zone = s.filters.zoneId;
  if (s.mode === "full") return zone === null ? "full" : `zone:${zone}`;
  return zone === null ? "overview" : `zone:${zone}`;
}

/** The explorer's refresh on a new graph version: everything loads again, the user's view kept. */
export function refreshKeepingView(deps: RefreshDeps): () => Promise<void> {
  return async () => {
    const { store, canvas } = deps;
    const before = store.get();
    canvas.remember(currentViewKey(before));
    const camera = canvas.view()?.sigma.getCamera().getState() ?? null;
    // Zone, selection, path and filters live in the state, which start-up reads again.
    await deps.boot.run();
    // With the whole graph drawn, the zone's tied answer loads after start-up, and its arrival frames
    // the zone: the user's camera goes back only after that.
    const after = store.get();
    if (after.status.kind === "ready" && after.filters.zoneId !== null && after.tied === before.tied)
      await tiedReplaced(store, before.tied, deps.tiedWaitMs ?? TIED_WAIT_MS);
    // Unless the user went to another zone meanwhile.
    const zoneKept = store.get().filters.zoneId === before.filters.zoneId;
    if (camera !== null && zoneKept) canvas.view()?.sigma.getCamera().setState(camera);
    const selected = store.get().selection.selected;
    if (selected !== null) store.update(reloadDetails(selected));
  };
}

/** The details of the selected entity load again (its relations may have changed). */
export const reloadDetails =
  (id: string) =>
  (s: AppState): AppState =>
    s.selection.selected === id ? { ...s, details: { id, loading: true } } : s;
