/**
 * The producer of history navigation: Back or Forward restores the view a URL describes (language,
 * hidden types, zone, selection, path ends), through the same producers a user's actions use.
 */
import type { AppState } from "./app-state.ts";
import { toggleEntityType } from "./filter-producers.ts";
import { clearPath, requestPath, setPathEnd } from "./path-producers.ts";
import { selectEntity } from "./selection-producers.ts";
import { setLang } from "./set-lang.ts";
import type { UrlState } from "./url-state.ts";
import { focusOnZone } from "./zone-producers.ts";

/** Shows the view `url` describes. */
export const applyUrl =
  (url: UrlState) =>
  (s: AppState): AppState => {
    let next = setLang(url.lang)(s);
    for (const type of new Set([...next.filters.hiddenTypes, ...url.hiddenTypes]))
      if (next.filters.hiddenTypes.includes(type) !== url.hiddenTypes.includes(type))
        next = toggleEntityType(type)(next);
    next = selectEntity(url.entity)(focusOnZone(url.zone)(next));
    const { from, to } = next.pathTool;
    if (url.pathFrom === null || url.pathTo === null)
      return from === null && to === null ? next : clearPath(next);
    if (from === url.pathFrom && to === url.pathTo && next.pathTool.result !== null) return next;
    return requestPath(setPathEnd("to", url.pathTo)(setPathEnd("from", url.pathFrom)(next)));
  };
