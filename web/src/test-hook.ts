/**
 * The hook the browser tests and the scale bench read on `window.__zonegraph`: a read-only window
 * onto the running explorer (readiness, renderer, graph, store, layout, draw timing). It holds
 * nothing itself; every field reads the runtime.
 */
import type { Canvas } from "./render/canvas.ts";
import type { ViewGraph } from "./render/graph-model.ts";
import type { LayoutController } from "./render/layout-supervisor.ts";
import type { SigmaView } from "./render/sigma-view.ts";
import type { AppState } from "./state/app-state.ts";
import type { Store } from "./state/store.ts";

/** The test hook on `window.__zonegraph`: the live renderer, graph and store. */
export interface TestHook {
  readonly ready: boolean;
  readonly view: SigmaView | null;
  readonly graph: ViewGraph | null;
  readonly store: Store<AppState>;
  readonly layout: LayoutController | null;
  /** Resolves with `performance.now()` once the latest view (overview, zone, more) is drawn and the page responds. */
  whenDrawn(): Promise<number>;
}

declare global {
  interface Window {
    __zonegraph?: TestHook;
  }
}

/** What the hook reads. */
export interface HookSources {
  store: Store<AppState>;
  canvas: Pick<Canvas, "graph" | "view" | "layout">;
  isReady(): boolean;
  whenDrawn(): Promise<number>;
}

/** Puts the hook on `window.__zonegraph`. */
export function exposeTestHook(sources: HookSources): void {
  const { store, canvas } = sources;
  window.__zonegraph = {
    get ready() {
      return sources.isReady();
    },
    get view() {
      return canvas.view();
    },
    get graph() {
      return canvas.graph();
    },
    store,
    get layout() {
      return canvas.layout();
    },
    whenDrawn: () => sources.whenDrawn(),
  };
}
