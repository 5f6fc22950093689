/**
 * The name of the view on show — the selected entity, the zone, the path's two ends, or the
 * overview — then the product, in the interface language ("包头稀土高新区 · 园区图谱"): the
 * document's title and the title of an exported image.
 */
import type { AppState } from "./app-state.ts";
import { t } from "./i18n.ts";
import { entityLabel } from "./labels.ts";

/** The title of a view; `nameOf` names an entity id in the interface language (the id when unknown). */
export function viewTitle(s: AppState, nameOf: (id: string) => string): string {
  const app = t(s.lang, "appTitle");
  // The selected entity's loaded details name it even where the canvas has not drawn it.
  const d = s.details;
  const named = (id: string) =>
    d !== null && "entity" in d && d.entity !== null && d.id === id
      ? entityLabel(d.entity, s.lang)
      : nameOf(id);
  const { from, to, result } = s.pathTool;
  let view: string | null = null;
  if (s.selection.selected !== null) view = named(s.selection.selected);
  else if (s.filters.zoneId !== null) view = named(s.filters.zoneId);
  else if (from !== null && to !== null && result !== null) view = `${named(from)} → ${named(to)}`;
  else if (s.mode === "overview") view = t(s.lang, "zoneOverview");
  return view === null ? app : `${view} · ${app}`;
}
