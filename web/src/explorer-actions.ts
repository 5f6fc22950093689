/**
 * The named actions of the explorer: what panels, the toolbar and the canvas ask for. Each one is a
 * producer of `state/` given to the store, plus, where the state cannot say it, a call to the canvas
 * (camera, layout), the view loader (more, neighbourhoods) or the browser (clipboard, downloads).
 */
import type { EntityType, RelationType } from "@zonegraph/graph-data/ontology";
import type { SearchHitItem } from "./api/api-types.ts";
import type { EntityDirectory } from "./api/entity-directory.ts";
import type { Canvas } from "./render/canvas.ts";
import type { ExportEntity, ExportRelation } from "./api/export-data.ts";
import { downloadText, exportPng, visibleGexf, type PngFrame } from "./render/exports.ts";
import { isGroupNode } from "./render/zone-arrangement.ts";
import type { RelationKind } from "./state/filters.ts";
import * as A from "./state/producers.ts";
import { type AppState } from "./state/app-state.ts";
import { entityLabel } from "./state/labels.ts";
import type { Store } from "./state/store.ts";
import type { SearchBoxId } from "./state/suggestion-box.ts";
import type { TieRole } from "./state/zone-groups.ts";
import type { ViewLoader } from "./view-loader.ts";

/** Everything the user can ask the explorer to do. */
export interface ExplorerActions {
  /** Selects an entity chosen in a panel or search, makes it visible and moves the camera to it. */
  choose(id: string): void;
  /** Clears the selection. */
  unselect(): void;
  /** The pointer enters (id) or leaves (null) a node. */
  hover(id: string | null): void;
  /** The pointer enters (id) or leaves (null) an edge. */
  hoverEdge(id: string | null): void;
  /**
   * A click on a node (or the stage: null): on the overview a zone's node opens the zone; a
   * group's node opens the group.
   */
  clickNode(id: string | null): void;
  /** An entry of the list of visible nodes: a group opens, an entity is chosen. */
  clickOrChoose(id: string): void;
  /** A double-click on a node: its neighbourhood joins the view. */
  expand(id: string): void;
  /** Focuses a zone (null: none, or back to the overview). */
  pickZone(id: string | null): void;
  toggleType(type: EntityType): void;
  setMaxHops(hops: number | null): void;
  toggleRole(role: TieRole): void;
  toggleRelationType(type: RelationType): void;
  setRelationKind(kind: RelationKind): void;
  toggleLayout(): void;
  toggleLang(): void;
  zoom(direction: "in" | "out" | "reset"): void;
  /** Copies the link of the view; rejects without clipboard access. */
  share(): Promise<void>;
  exportPng(): void;
  exportGexf(): void;
  /** Loads the next entities of a truncated zone. */
  loadMore(): void;
  /** Loads everything again (after a failure). */
  retry(): void;
  setPathEnd(end: "from" | "to", id: string | null): void;
  findPath(): void;
  setPathCount(k: number): void;
  showPathNumber(i: number): void;
  clearPath(): void;
  /** Text typed in a search box (its suggestions load). */
  typeQuery(box: SearchBoxId, text: string): void;
  moveSuggestion(box: SearchBoxId, delta: number): void;
  closeSuggestions(box: SearchBoxId): void;
  /** Enter before a box's suggestions arrived: the first one is chosen when they do. */
  chooseFirstWhenLoaded(box: SearchBoxId): void;
  /** A suggestion chosen: the toolbar's opens the entity, the path tool's sets that end. */
  chooseSuggestion(box: SearchBoxId, hit: SearchHitItem): void;
}

/** What the actions act on. */
export interface ActionDeps {
  store: Store<AppState>;
  canvas: Canvas;
  loader: Pick<ViewLoader, "expand" | "loadMore">;
  entities: Pick<EntityDirectory, "entity" | "remember">;
  /** Runs start-up again. */
  boot(): Promise<void>;
  /** The title, legend, source and date around an exported image of the view. */
  pngFrame(): PngFrame;
  /** The API's attributes of entities (and their relations) for a GEXF export. */
  exportData(
    ids: readonly string[],
  ): Promise<{ entities: Map<string, ExportEntity>; relations: Map<string, ExportRelation> }>;
}

/** Creates the actions over their dependencies. */
export function createExplorerActions(deps: ActionDeps): ExplorerActions {
  const { store, canvas, loader, entities } = deps;
  const actions: ExplorerActions = {
    choose(id) {
      const type = entities.entity(id)?.type ?? null;
      store.update(A.revealAndSelect(id, type, canvas.graph()?.hasNode(id) ?? false));
      void canvas.view()?.focusNode(id);
    },
    unselect: () => store.update(A.selectEntity(null)),
    hover: (id) => store.update(A.hoverEntity(id)),
    hoverEdge: (id) => store.update(A.hoverRelation(id)),
    clickNode(id) {
      if (id !== null && isGroupNode(id)) {
        store.update(A.toggleZoneGroup(id));
        return;
      }
      store.update(A.selectEntity(id));
      const s = store.get();
      if (
        id !== null &&
        s.mode === "overview" &&
        s.filters.zoneId === null &&
        canvas.graph()?.getNodeAttribute(id, "entityType") === "ZONE"
      )
        store.update(A.focusOnZone(id));
    },
    clickOrChoose: (id) => (isGroupNode(id) ? store.update(A.toggleZoneGroup(id)) : actions.choose(id)),
    expand: (id) => void loader.expand(id).catch(() => undefined),
    pickZone: (id) => store.update(A.focusOnZone(id)),
    toggleType: (type) => store.update(A.toggleEntityType(type)),
    setMaxHops: (hops) => store.update(A.setMaxHops(hops)),
    toggleRole: (role) => store.update(A.toggleTieRole(role)),
    toggleRelationType: (type) => store.update(A.toggleRelation(type)),
    setRelationKind: (kind) => store.update(A.setRelationKind(kind)),
    toggleLayout: () => canvas.toggleLayout(),
    toggleLang: () => store.update(A.setLang(store.get().lang === "zh" ? "en" : "zh")),
    zoom: (direction) => canvas.view()?.zoom(direction),
    async share() {
      if (!navigator.clipboard) throw new Error("explorer-actions: no clipboard");
      await navigator.clipboard.writeText(location.href);
    },
    exportPng() {
      const view = canvas.view();
      if (view) void exportPng(view.sigma, view.overlay(), deps.pngFrame());
    },
    exportGexf() {
      const graph = canvas.graph();
      if (!graph) return;
      const ids = graph.filterNodes((_id, a) => !a.hidden && a.groupCount === 0);
      void deps
        .exportData(ids)
        .catch(() => ({ entities: new Map(), relations: new Map() }))
        .then((extra) => downloadText(visibleGexf(graph, extra), "zonegraph.gexf", "application/gexf+xml"));
    },
    loadMore: () => void loader.loadMore().catch(() => undefined),
    retry: () => void deps.boot(),
    setPathEnd: (end, id) => store.update(A.setPathEnd(end, id)),
    findPath: () => store.update(A.requestPath),
    setPathCount: (k) => store.update(A.setPathCount(k)),
    showPathNumber: (i) => store.update(A.showPathNumber(i)),
    clearPath: () => store.update(A.clearPath),
    typeQuery: (box, text) => store.update(A.typeQuery(box, text)),
    moveSuggestion: (box, delta) => store.update(A.moveSuggestion(box, delta)),
    closeSuggestions: (box) => store.update(A.closeSuggestions(box)),
    chooseFirstWhenLoaded: (box) => store.update(A.chooseFirstWhenLoaded(box)),
    chooseSuggestion(box, hit) {
      entities.remember([hit.entity]);
      store.update(A.suggestionChosen(box, entityLabel(hit.entity, store.get().lang)));
      const tied = store.get().tied;
      if (box === "path-from" || box === "path-to")
        actions.setPathEnd(box === "path-from" ? "from" : "to", hit.entity.id);
      // A suggestion for a zone a link named that does not exist opens that zone instead.
      else if (
        box === "lookup" &&
        hit.entity.type === "ZONE" &&
        typeof tied === "object" &&
        tied !== null &&
        "failed" in tied
      )
        actions.pickZone(hit.entity.id);
      else actions.choose(hit.entity.id);
    },
  };
  return actions;
}
