/**
 * Producers of the connection to the server: down when a request could not reach it (one banner
 * says so; what was loading stays loading), back when it answers again (effects then load again
 * what was waiting).
 */
import type { AppState } from "./app-state.ts";

/** A request could not reach the server. */
export const serverUnreachable = (s: AppState): AppState =>
  s.connection === "down" ? s : { ...s, connection: "down" };

/** The server answers again. */
export const serverBack = (s: AppState): AppState => (s.connection === "ok" ? s : { ...s, connection: "ok" });
