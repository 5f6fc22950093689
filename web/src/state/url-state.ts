/**
 * The view as a URL: `?entity=…` (selected), `?zone=…` (focus), `?lang=en`, `?hide=PERSON,REGION`,
 * `?from=…&to=…` (path tool). Parsing ignores what it does not know so old links still open.
 */
import { ENTITY_TYPE_IDS, type EntityType } from "@zonegraph/graph-data/ontology";
import type { Lang } from "./i18n.ts";

/** The shareable part of the view. */
export interface UrlState {
  entity: string | null;
  zone: string | null;
  lang: Lang;
  hiddenTypes: readonly EntityType[];
  pathFrom: string | null;
  pathTo: string | null;
}

/** The default view: nothing selected, Chinese. */
export const DEFAULT_URL_STATE: UrlState = {
  entity: null,
  zone: null,
  lang: "zh",
  hiddenTypes: [],
  pathFrom: null,
  pathTo: null,
};

function nonEmpty(value: string | null): string | null {
  return value !== null && value.trim() !== "" ? value : null;
}

/** Reads the view from a query string ("?entity=…" or "entity=…"). */
export function parseUrlState(search: string): UrlState {
  const params = new URLSearchParams(search);
  const hide = new Set((params.get("hide") ?? "").split(","));
  return {
    entity: nonEmpty(params.get("entity")),
    zone: nonEmpty(params.get("zone")),
    lang: params.get("lang") === "en" ? "en" : "zh",
    hiddenTypes: ENTITY_TYPE_IDS.filter((t) => hide.has(t)),
    pathFrom: nonEmpty(params.get("from")),
    pathTo: nonEmpty(params.get("to")),
  };
}

/** Writes the view as a query string, leaving defaults out ("" for the default view). */
export function serializeUrlState(state: UrlState): string {
  const params = new URLSearchParams();
  if (state.entity !== null) params.set("entity", state.entity);
  if (state.zone !== null) params.set("zone", state.zone);
  if (state.lang !== "zh") params.set("lang", state.lang);
  if (state.hiddenTypes.length > 0) params.set("hide", state.hiddenTypes.join(","));
  if (state.pathFrom !== null && state.pathTo !== null) {
    params.set("from", state.pathFrom);
    params.set("to", state.pathTo);
  }
  const query = params.toString();
  return query === "" ? "" : `?${query}`;
}
