/**
 * Producers of the selected entity's details: the answer, or why it failed; an answer for an
 * entity no longer selected is dropped.
 */
import type { EntityDetails } from "../api/api-types.ts";
import type { AppState } from "./app-state.ts";

const awaits = (s: AppState, id: string): boolean =>
  s.details !== null && s.details.id === id && "loading" in s.details;

/** Records the details of an entity (ignored if the selection moved on). */
export const receiveDetails =
  (id: string, entity: EntityDetails | null) =>
  (s: AppState): AppState =>
    awaits(s, id) ? { ...s, details: { id, entity } } : s;

/** Records why the details of an entity could not be loaded (ignored if the selection moved on). */
export const detailsFailed =
  (id: string, reason: string) =>
  (s: AppState): AppState =>
    awaits(s, id) ? { ...s, details: { id, failed: reason } } : s;
