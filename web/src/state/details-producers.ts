/**
 * Producers of the selected entity's details: the answer, or why it failed; an answer for an
 * entity no longer selected is dropped.
 */
import type { EntityDetails } from "../api/api-types.ts";
import type { AppState } from "./app-state.ts";
import { typeQuery } from "./suggestion-producers.ts";

const awaits = (s: AppState, id: string): boolean =>
  s.details !== null && s.details.id === id && "loading" in s.details;

/**
 * Records the details of an entity (ignored if the selection moved on); when the server knows no
 * such entity, entities named like the id are looked up to suggest.
 */
export const receiveDetails =
  (id: string, entity: EntityDetails | null) =>
  (s: AppState): AppState => {
    if (!awaits(s, id)) return s;
    const next: AppState = { ...s, details: { id, entity } };
    return entity === null ? typeQuery("lookup", id)(next) : next;
  };

/** Records why the details of an entity could not be loaded (ignored if the selection moved on). */
export const detailsFailed =
  (id: string, reason: string) =>
  (s: AppState): AppState =>
    awaits(s, id) ? { ...s, details: { id, failed: reason } } : s;
